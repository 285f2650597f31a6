"""A book's bracketed imprint as real articles print it (issue 11's held-out PDFs): a town of several words
(`Frankfurt am Main`, `Frankfurt/Main`) and a reprint's first-edition year in square brackets after its own
(`(Paris: Gallimard, 2005 [1966])`), two towns (`Cambridge and New York`), a chapter cited after the bracket
(`chap. 1`) and a page word after a publisher's bracket (`(OUP 2008) p. 626`). Before, each of these notes gave no
row at all: the whole note was read as a remark."""

from conftest import cite, one_citation


def test_a_town_with_a_joining_word_in_a_bracketed_imprint_is_a_place():
    row = one_citation("H. Weber, Die Stadt (Frankfurt am Main, 1990), 12.")
    assert (row["kind"], row["title"]) == ("literature", "Die Stadt")


def test_a_town_written_with_a_slash_in_a_bracketed_imprint_is_a_place():
    row = one_citation("U. Lindner, Koloniale Begegnungen: Deutschland und Großbritannien (Frankfurt/Main, 2011), "
                       "pp. 10–11.")
    assert row["kind"] == "literature"


def test_a_reprint_with_its_first_edition_year_in_square_brackets_is_a_book():
    reference = cite("Foucault, Les mots et les choses: Une archéologie des sciences humaines "
                     "(Paris: Gallimard, 2005 [1966]), 333.").references.iloc[0]
    assert (reference["authors"], reference["place"], reference["publisher"], reference["year"], reference["pages"]) \
        == ("Foucault", "Paris", "Gallimard", "2005", "333")


def test_two_towns_joined_by_and_in_a_bracketed_imprint_are_its_place():
    reference = cite("K. Allan and K. Burridge, Forbidden Words (Cambridge and New York, 2006), p. 1.").references.iloc[0]
    assert (reference["place"], reference["year"]) == ("Cambridge and New York", "2006")


def test_a_chapter_cited_after_a_bracketed_imprint_keeps_the_book():
    row = one_citation("K. Allan and K. Burridge, Forbidden Words (Cambridge, 2006), chap. 1.")
    assert (row["kind"], row["title"]) == ("literature", "Forbidden Words")


def test_a_page_word_after_a_publishers_bracket_keeps_the_book():
    reference = cite("P.P. Craig and G. de Búrca, EU Law: Text, Cases, and Materials (Oxford University Press 2008) "
                     "p. 626.").references.iloc[0]
    assert (reference["title"], reference["year"], reference["pages"]) == \
        ("EU Law: Text, Cases, and Materials", "2008", "p. 626")


def test_several_editors_with_commas_between_them_are_the_names_before_the_title():
    reference = cite("B. Dahlke, M. Langermann and T. Taterka (eds), LiteraturGesellschaft DDR (Stuttgart, 2000), "
                     "p. 12.").references.iloc[0]
    assert (reference["authors"], reference["title"]) == ("B. Dahlke, M. Langermann and T. Taterka",
                                                          "LiteraturGesellschaft DDR")
