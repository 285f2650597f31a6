"""After a lead word, an author–date short form citing several pages after its colon (`Usp. Vuković 1989: 25, 30`)
is one citation: the colon is the author's, not the lead-in's."""

from histkit.citations import split_citations


def test_lead_word_then_author_year_colon_two_pages():
    assert [(s.role, s.raw) for s in split_citations("Usp. Vuković 1989: 25, 30.")] == [
        ("lead-in", "Usp. "), ("citation", "Vuković 1989: 25, 30.")]


def test_lead_word_then_author_year_colon_range_and_page():
    assert [(s.role, s.raw) for s in split_citations("Usp. Vuković i Horvat 1989: 25–30, 42.")] == [
        ("lead-in", "Usp. "), ("citation", "Vuković i Horvat 1989: 25–30, 42.")]
