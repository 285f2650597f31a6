"""After a lead word, an author–date short form with its page after a colon (`Usp. Vuković 1989: 25`) is the citation:
its colon is the author's, not the lead-in's."""

from histkit.citations import split_citations


def test_lead_word_then_author_year_colon_page_is_lead_in_and_citation():
    pieces = [(s.role, s.raw) for s in split_citations("Usp. Vuković 1989: 25; Kos i Novak 2001: 5-7.")]
    assert pieces == [("lead-in", "Usp. "), ("citation", "Vuković 1989: 25"), ("citation", "Kos i Novak 2001: 5-7.")]


def test_a_lead_in_ending_in_a_colon_is_still_cut():
    pieces = [(s.role, s.raw) for s in split_citations("See also the minutes: TNA, FO 371/1.")]
    assert pieces == [("lead-in", "See also the minutes: "), ("citation", "TNA, FO 371/1.")]
