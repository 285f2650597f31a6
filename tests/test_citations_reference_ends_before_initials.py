"""A full stop after a reference's pages ends it when the next sentence opens with a name's initials and surname
(`…, pp. 319–26. P. Ther, Title (Göttingen, 1998)`): two references, each with its own imprint."""

from histkit.citations.splitter import split_citations


def test_pages_full_stop_then_initials_and_surname_start_another_reference():
    text = ("H. Schultz, ‘Geschichtsbilder’, Studia Historiae Oeconomicae, 27 (2009), pp. 319–26. P. Ther, Deutsche und "
            "polnische Vertriebene (Göttingen, 1998), p. 50.")
    raws = [seg.raw for seg in split_citations(text) if seg.role == "citation"]
    assert len(raws) == 2 and raws[1].startswith("P. Ther")


def test_an_abbreviated_part_after_the_pages_does_not_start_one():
    text = "H. Schultz, Geschichtsbilder, Bd. 2, S. 319. T. 2 enthält die Quellen."
    assert [seg.raw for seg in split_citations(text)] == [text]


def test_a_sentence_naming_a_person_after_the_pages_is_commentary():
    text = "H. Schultz, Geschichtsbilder (Berlin, 1990), p. 319. J. Smith agrees."
    assert [(seg.role, seg.raw) for seg in split_citations(text)] == [
        ("citation", "H. Schultz, Geschichtsbilder (Berlin, 1990), p. 319."), ("commentary", "J. Smith agrees.")]
