"""Author–date references in the orders other houses print them (issue 15, found reading the held-out PDFs of issue
11, where such notes gave no citation row and the learned reader read them alone): the forenames before the surname
(`E. Campbell (2015). Title.`, a comma after the date), Taylor & Francis's "cite this article" (no stop after the
date, `…, Journal, 49:2, 165-175`), Vancouver's initials without stops (`Meyer G, Hayer T (2009) Title.`), the
Chicago author–date house (`Campbell, Elaine. 2015. Title.`), and a chapter's book after `In`. A name and a year in
brackets in a sentence of prose stays prose."""

from conftest import cite


def _reference(note: str, *names: str) -> tuple:
    refs = cite(note).references
    assert len(refs) == 1, refs
    return tuple(refs.iloc[0][name] for name in names)


def test_initials_before_the_surname_then_the_date_in_brackets_open_a_reference():
    assert _reference("A. Lindqvist (2011). Ports and power. Scandinavian Economic Review, 59(3), 211-230.",
                      "authors", "title", "container", "volume", "issue", "year", "pages") \
        == ("A. Lindqvist", "Ports and power", "Scandinavian Economic Review", "59", "3", "2011", "211-230")


def test_several_persons_forenames_first_and_a_comma_after_the_date():
    assert _reference("K. Obi, T. Mensah and R. Adu (2019), Markets in the colony, Accra: Sub-Saharan.", "authors", "title", "year") \
        == ("K. Obi, T. Mensah and R. Adu", "Markets in the colony", "2019")


def test_taylor_and_francis_cite_this_article_reads_title_journal_volume_issue_and_pages():
    assert _reference("Maria Ekholm (2018) Who teaches the law? Clinics in the Nordic countries, Legal Education "
                      "Review, 31:4, 401-419.", "authors", "title", "container", "volume", "issue", "pages") \
        == ("Maria Ekholm", "Who teaches the law? Clinics in the Nordic countries", "Legal Education Review", "31", "4",
            "401-419")


def test_vancouver_initials_without_stops_and_no_stop_after_the_date():
    assert _reference("Okafor C, Bello A (2016) Courts and custom in Lagos. J Afr Law 60(2):155-170.",
                      "authors", "title", "year") == ("Okafor C, Bello A", "Courts and custom in Lagos", "2016")


def test_the_chicago_author_date_house_forename_after_surname_and_a_bare_year():
    assert _reference("Halvorsen, Ingrid. 2007. The fjord parishes. Nordic Historical Review 12 (1): 33-58.",
                      "authors", "title", "year") == ("Halvorsen, Ingrid", "The fjord parishes", "2007")


def test_a_chapter_after_in_names_its_book_and_pages():
    assert _reference("P. Ruiz (2014), Gaming and youth. In THE HANDBOOK OF LEISURE STUDIES, 327–346 (2014).",
                      "container", "pages") == ("THE HANDBOOK OF LEISURE STUDIES", "327–346")


def test_a_name_and_a_year_in_brackets_opening_a_sentence_of_prose_are_no_citation():
    assert cite("Maria Ekholm (2018) argues that clinics matter to students and to the courts alike.").citations.empty


def test_a_second_reference_by_initials_and_a_comma_after_the_date_opens_a_sentence_of_a_note():
    refs = cite("A. Holm, Lotteries and the state, 44–61 (2011). K. Obi and T. Mensah (2019), Markets in the colony, "
                "Accra: Sub-Saharan.").references
    assert refs.iloc[-1][["authors", "title", "year"]].tolist() == ["K. Obi and T. Mensah", "Markets in the colony", "2019"]
