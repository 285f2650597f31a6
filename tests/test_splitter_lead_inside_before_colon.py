"""Prose that names a reference after a lead word, goes on with another sentence and ends in a lead word and its
colon (`… siehe Name, Titel, Ort 2001. Zur Geschichte … siehe: …`): the reference is cut out and cited, the prose
around it stays commentary."""

from histkit.citations.splitter import split_citations


def test_a_reference_after_a_lead_word_inside_the_prose_before_a_lead_colon_is_cited():
    note = ("Für einen ersten Überblick siehe Karl Weber, Die Zünfte der Stadt, Leipzig 1921. Zur Zeit danach siehe: "
            "Anna Roth, Handwerk im Wandel, Berlin 1990.")
    cut = [(s.role, s.raw.strip()) for s in split_citations(note)]
    assert ("citation", "Karl Weber, Die Zünfte der Stadt, Leipzig 1921.") in cut
    assert ("citation", "Anna Roth, Handwerk im Wandel, Berlin 1990.") in cut
