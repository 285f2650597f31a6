"""A name, its full stop, then a bare repeat word (`J. Bērzkalns. Op. cit., 60. lpp.`) is one repeat whose author
is the name: the splitter does not cut the name off as commentary before the repeat word."""

from histkit.citations import split_citations


def _pieces(note: str) -> list[tuple[str, str]]:
    return [(s.raw, s.role) for s in split_citations(note)]


def test_a_name_before_a_bare_op_cit_stays_with_it():
    assert _pieces("K. Ozols. Op. cit., 14. lpp.") == [("K. Ozols. Op. cit., 14. lpp.", "citation")]


def test_a_surname_alone_before_a_bare_op_cit_stays_with_it():
    assert _pieces("Ozols. Op. cit., 14. lpp.") == [("Ozols. Op. cit., 14. lpp.", "citation")]


def test_a_sentence_before_an_ibid_is_still_commentary():
    assert _pieces("So he wrote. Ibid., p. 4.") == [("So he wrote.", "commentary"), ("Ibid., p. 4.", "citation")]


def test_a_short_lead_word_and_its_colon_before_the_name_stay_with_the_repeat():
    assert _pieces("Sal.: Ozols. Op. cit., 14. lpp.") == [("Sal.: Ozols. Op. cit., 14. lpp.", "citation")]
