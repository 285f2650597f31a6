"""A sentence of prose, then a sentence that opens with a reference by a person's full name (no lead word, no
colon): the prose is commentary, the reference a citation. A list of persons after a sentence opens none."""

from histkit.citations import split_citations


def test_a_reference_opening_the_sentence_after_prose_is_cut_from_it():
    note = ("It may be that the judge came to this method through his reading of “natural law.” Mary Jones, "
            "The Lawyer's Faith, 12 LAW & HIST. REV. 33, 41 (1994).")
    pieces = [(s.role, s.raw) for s in split_citations(note)]
    assert pieces[-1] == ("citation", "Mary Jones, The Lawyer's Faith, 12 LAW & HIST. REV. 33, 41 (1994).")
    assert pieces[0][0] == "commentary"


def test_names_listed_after_a_sentence_of_thanks_are_no_reference():
    note = ("I thank the editors for their comments. Anna Weber, Karl Roth, Jan Kos and Eva Lind read the drafts "
            "of 1995.")
    assert [s.role for s in split_citations(note)] == ["commentary"]


def test_a_reference_after_a_clause_of_prose_and_its_comma_is_cut_from_it():
    note = ("Dies ist eine Verallgemeinerung der These, die Umdeutung habe die Wissenschaft erst möglich gemacht, "
            "Hans Blumenberg, Die Legitimität der Neuzeit (1965), 68 ff.")
    pieces = [(s.role, s.raw) for s in split_citations(note)]
    assert pieces[-1] == ("citation", "Hans Blumenberg, Die Legitimität der Neuzeit (1965), 68 ff.")


def test_a_publisher_after_a_title_with_small_words_is_no_persons_name():
    note = "Louis Vidal, Sète, port du Midi. Commerce et société, Montpellier, Presses du Languedoc, 1984, 2 vol."
    assert [s.raw for s in split_citations(note)] == [note]
