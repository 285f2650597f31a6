"""A book's publisher before the place and year that end it (`Title, Harvard University Press, Cambridge (MA) 2004`,
the Italian and French order) is its publisher, not the end of its title; a town may carry its state in brackets."""

from conftest import cite


def test_a_publisher_between_title_and_place_is_the_publisher():
    ref = cite("P. Fritzsche, Stranded in the Present: Modern Time and the Melancholy of History, Harvard University "
               "Press, Cambridge (MA) 2004.").references.iloc[0]
    assert (ref.authors, ref.title, ref.publisher, ref.place, ref.year) == (
        "P. Fritzsche", "Stranded in the Present: Modern Time and the Melancholy of History",
        "Harvard University Press", "Cambridge (MA)", "2004")


def test_a_title_word_like_a_publishers_stays_in_the_title_without_a_part_of_its_own():
    ref = cite("Hans Müller, Geschichte der Presse, Berlin 1990.").references.iloc[0]
    assert (ref.title, ref.publisher) == ("Geschichte der Presse", "")


def test_an_imprint_bracket_with_the_first_editions_year_before_it_gives_the_edition_cited():
    ref = cite("P. R. Eldershaw, Public Records of Tasmania (1965; Hobart: Archives Office of Tasmania, 2003), "
               "p. 6.").references.iloc[0]
    assert (ref.title, ref.place, ref.publisher, ref.year) == (
        "Public Records of Tasmania", "Hobart", "Archives Office of Tasmania", "2003")


def test_an_imprint_bracket_with_words_on_the_edition_after_its_year_is_still_the_imprint():
    ref = cite("Alison Alexander, Tasmania’s Convicts (Crows Nest, NSW: Allen & Unwin, 2010, enlarged edition), "
               "p. 30.").references.iloc[0]
    assert (ref.title, ref.publisher, ref.year) == ("Tasmania’s Convicts", "Allen & Unwin", "2010")


def test_a_book_whose_imprint_bracket_holds_place_publisher_and_year_then_a_page_mark_is_literature():
    cited = cite("Caleb H Wheeler, The Right To Be Present At Trial (Leiden, Brill, 2018), p. 234.").citations
    assert cited.kind.tolist() == ["literature"]


def test_a_biography_titled_by_its_subjects_name_before_its_volume_keeps_the_name_in_its_title():
    ref = cite("Jean-Claude Allain, Joseph Caillaux, t. 1 : Le défi victorieux, 1863–1914 (Paris, Imprimerie "
               "nationale, 1978), 302.").references.iloc[0]
    assert (ref.authors, ref.title.split(",")[0]) == ("Jean-Claude Allain", "Joseph Caillaux")


def test_a_publisher_before_a_place_and_year_set_off_by_commas_is_the_publisher():
    ref = cite("J. Pérez, Historia de Castilla, Alianza Editorial, Madrid, 1990, pp. 3-5.").references.iloc[0]
    assert (ref.authors, ref.title, ref.publisher, ref.place, ref.year) == (
        "J. Pérez", "Historia de Castilla", "Alianza Editorial", "Madrid", "1990")
