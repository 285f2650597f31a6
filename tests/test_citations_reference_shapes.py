"""References as real articles print them, each read whole by the rules (issue 11's held-out PDFs, issue 15): a
journal's volume, issue and bracketed year after commas (`History Review, 9, 1–2 (1997)`), an article cited by its
quoted title alone, a lead-in of two words before a quote (`See, for example, "…"`), the publisher before its town
in a bracketed imprint (`(Oxford University Press, Oxford, 2003)`), a town on its river before a comma and the year,
an edition's statement before a bracketed year, an editor's clause after a title with years in it, and a bracketed
`[w:]` with no comma before it. Before, the rules read each of these with a field lost (the year, the title) or not
at all, and the model's reading stood in."""

from conftest import cite


def _reference(note: str) -> dict:
    return cite(note).references.iloc[0].to_dict()


def test_a_journals_volume_issue_and_bracketed_year_after_commas_are_read():
    ref = _reference("P. Marlow, ‘Political Faith. The Uses of a Concept’, History and Society, 9, 1–2 (1997), "
                     "pp. 321–49.")
    assert (ref["title"], ref["container"], ref["volume"], ref["issue"], ref["year"], ref["pages"]) \
        == ("Political Faith. The Uses of a Concept", "History and Society", "9", "1–2", "1997", "pp. 321–49")


def test_an_article_cited_by_its_quoted_title_alone_is_a_reference():
    ref = _reference('"Notes on Parish Life in the Old Colony", Colonial Quarterly 22 (1965), 264-286.')
    assert (ref["authors"], ref["title"], ref["container"], ref["year"]) \
        == ("", "Notes on Parish Life in the Old Colony", "Colonial Quarterly", "1965")


def test_a_lead_in_of_two_words_before_a_quoted_title_is_no_author():
    ref = _reference('See, for example, "Recent Work on Village Demography", Annual Review of Rural Studies 4, '
                     "(1978), 603-627.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("", "Recent Work on Village Demography", "1978")


def test_the_publisher_before_its_town_in_a_bracketed_imprint():
    ref = _reference("Anna Castell, Criminal Procedure (Oxford University Press, Oxford, 2012), p. 400.")
    assert (ref["title"], ref["publisher"], ref["place"], ref["year"], ref["pages"]) \
        == ("Criminal Procedure", "Oxford University Press", "Oxford", "2012", "p. 400")


def test_a_town_on_its_river_before_a_comma_and_the_year_is_the_place():
    ref = _reference("H. I. Brenner, Marktordnung im Kartellrecht, Frankfurt am Main, 2011.")
    assert (ref["title"], ref["place"], ref["year"], ref["source"]) \
        == ("Marktordnung im Kartellrecht", "Frankfurt am Main", "2011", "rules")


def test_an_editions_statement_before_a_bracketed_year_keeps_the_book():
    ref = _reference("M. Sorensen, The Law on Foreign Trade, 2nd ed. (2004), p. 12.")
    assert (ref["authors"], ref["title"], ref["year"], ref["source"]) \
        == ("M. Sorensen", "The Law on Foreign Trade", "2004", "rules")


def test_an_editors_clause_after_a_title_with_years_is_no_prose():
    ref = _reference("A. Molteni, La crisi agraria in Lombardia 1918-1932, a cura di L. Arnaldi, Il Ponte, "
                     "Firenze, 1990, p. 36.")
    assert (ref["title"], ref["place"], ref["year"]) == ("La crisi agraria in Lombardia 1918-1932", "Firenze", "1990")


def test_a_bracketed_in_word_with_no_comma_before_it_opens_the_container():
    ref = _reference("J. Kowalik, Komisja Nadzoru [w:] System prawa skarbowego, t. 4, red. J. Nowacki, Warszawa 2010, "
                     "s. 145.")
    assert (ref["title"], ref["container"], ref["year"]) == ("Komisja Nadzoru", "System prawa skarbowego", "2010")
