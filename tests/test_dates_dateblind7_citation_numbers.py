"""Numbers of a note's citations that read as years are no dates in the dates table (date round 7's rules 60-64):
pages, articles and notes after their word, a law journal's page, a signature's number, a book's imprint year, a
gazette's or law report's volume year, an edition's year. A law's, judgment's or issue's day stays."""

from histkit import Document, analyse_layout, dates_table


def _dates(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return list(zip(table["surface"], table["date_start"]))


def test_a_page_article_section_or_note_number_after_its_word_is_no_date():
    assert _dates("Die Sitzung vom 4. Mai 1950, S. 1934; Art. 1918 und § 1931 des Entwurfs; vgl. Anm. 1917–1919.") \
        == [("4. Mai 1950", "1950-05-04")]


def test_a_law_journals_year_and_page_are_no_dates():
    assert _dates("Urteil vom 2.6.1999, NJW 1999, 1921 (1922).") == [("2.6.1999", "1999-06-02")]


def test_a_signatures_number_after_its_capitals_and_a_hyphen_is_no_date():
    assert _dates("Letter of 4 May 1950, HR-HDA-1561.") == [("4 May 1950", "1950-05-04")]


def test_a_books_imprint_year_before_its_page_is_no_date():
    assert _dates("On the strike of 1936 see A. Bauer, Der Streik, Wien 1962, S. 45, and B. Cole, Paris, Plon, 1970, "
                  "p. 12.") == [("1936", "1936-01-01")]


def test_a_gazettes_volume_year_before_its_number_is_no_date():
    assert _dates("Ustawa z dnia 3 maja 1950 r., Dz. U. 1950 nr 12 poz. 45.") == [("3 maja 1950 r.", "1950-05-03")]


def test_a_law_reports_bracketed_year_before_its_abbreviation_is_no_date():
    assert _dates("Smith v Jones [1950] AC 12, decided on 3 March 1950.") == [("3 March 1950", "1950-03-03")]


def test_an_editions_year_is_no_date():
    assert _dates("The rule of 1934 is in 12 U.S.C. § 45 (1950 ed.).") == [("1934", "1934-01-01")]


def test_a_year_followed_by_a_count_in_prose_stays_a_year():
    assert _dates("In 1933, 1,200 men struck.") == [("1933", "1933-01-01")]


def test_a_day_without_its_year_is_not_dated_by_a_box_number_before_it():
    assert _dates("Letter of April 3, 1937, box 1921; reply of April 10.") \
        == [("April 3, 1937", "1937-04-03"), ("April 10", "1937-04-10")]


def test_a_number_after_a_word_for_more_than_is_a_count():
    assert _dates("W 1951 r. sąd wydał ponad 1948 wyroków.") == [("1951 r.", "1951-01-01")]


def test_a_number_before_a_word_for_thousand_is_a_count():
    assert _dates("В 1951 г. суды рассмотрели 1948 тыс. дел.") == [("1951 г.", "1951-01-01")]


def test_a_day_with_a_slashed_roman_month_and_a_spaced_year_is_a_day():
    assert _dates("Письмо от 5/VI 1951 г.") == [("5/VI 1951 г.", "1951-06-05")]


def test_a_command_papers_year_in_its_bracket_is_no_date():
    assert _dates("Report of the Committee (Cmd. 4512, 1950), on the strike of 1949.") == [("1949", "1949-01-01")]


def test_an_editions_imprint_year_in_its_bracket_is_no_date():
    assert _dates("On 1949 see A. Smith, The Law (3rd edn, OUP 1970).") == [("1949", "1949-01-01")]


def test_a_french_reports_year_part_and_page_are_no_date():
    assert _dates("Cass. civ., 4 mai 1950, D. 1950. 1. 433; S. 1951. 1. 17.") == [("4 mai 1950", "1950-05-04")]


def test_an_american_reviews_bracketed_year_is_no_date_and_a_cases_is_its_decisions():
    assert _dates("Smith v. Jones, 300 U.S. 12 (1951); A. Roe, Courts, 60 Yale L.J. 1, 14 (1987).") \
        == [("1951", "1951-01-01")]


def test_the_page_after_a_books_bracketed_edition_is_no_date():
    assert _dates("On 1949 see A. Smith, The Law (3rd edn, OUP 1970) 1921.") == [("1949", "1949-01-01")]
