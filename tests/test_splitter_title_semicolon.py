"""A semicolon inside a title, its second half in small letters before the container (`… Coughs and Colds; with
some Observations …, in: Transactions 18 (1694) 105`), cuts no citation; a lead word or `ders.` after a
semicolon still opens a new one."""

from histkit.citations.splitter import split_citations


def test_a_title_going_on_after_a_semicolon_stays_one_piece():
    note = "An Account of the late Coughs and Colds; with some Observations on Distempers, in: Transactions 18 (1694) 105."
    assert len(split_citations(note)) == 1


def test_a_lead_word_after_a_semicolon_still_opens_a_new_citation():
    note = "Die Akten der Stadt; vgl. Anna Roth, Titel, in: Buch, Berlin 1990"
    assert [s.raw for s in split_citations(note)][-1] == "Anna Roth, Titel, in: Buch, Berlin 1990"
