"""Shapes of references read in the held-out articles' notes (stop 63): what follows a title in brackets, as British,
European and American law and history journals print it, on invented notes."""

from histkit import Document, build_tables


def reference(note: str):
    rows = build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])["references"]
    return rows[rows.source == "rules"].iloc[0]


def test_a_chapters_book_bracket_with_a_comma_before_its_year_and_pp_ff_after_it_gives_year_and_publisher():
    row = reference("R. Carbone, ‘On Discretion’, in S. Paulsen and B. van Dijk (eds), The Unity of EU Law "
                    "(Cambridge University Press, 2008) pp. 191 ff.")
    assert (row.container, row.year, row.publisher, row.pages) == (
        "The Unity of EU Law", "2008", "Cambridge University Press", "191")


def test_an_oscola_article_whose_first_page_is_followed_by_ff_keeps_its_journal():
    row = reference("R. Carbone, ‘On Discretion’ (2008) 12 Modern Law Review 191 ff.")
    assert (row.container, row.volume, row.year, row.pages) == ("Modern Law Review", "12", "2008", "191")


def test_a_ministry_as_author_before_a_title_and_its_year_bracket_keeps_its_whole_name():
    # `Ministry of Justice, Title (2019)`: a body's name, not a person `Justice` with words before it
    row = reference("Ministry of Justice, “Reforming Legal Aid: A Consultation” (2019).")
    assert (row.authors, row.title, row.year) == ("Ministry of Justice", "Reforming Legal Aid: A Consultation", "2019")


def test_a_bodys_title_with_a_colon_keeps_the_part_before_it():
    # `Body, Part: Rest (Year)`: the part before the colon is the title's, not a person's name
    row = reference("Financial Services Authority, Private Equity: A Discussion of Risk (Discussion Paper 06/6, 2006).")
    assert (row.authors, row.title, row.year) == ("Financial Services Authority", "Private Equity: A Discussion of Risk",
                                                  "2006")


def test_a_newspaper_with_its_town_and_day_in_brackets_is_the_container_and_gives_the_year():
    row = reference("Li Wen, ‘The Regulator Returns’ Shanghai Business Daily (Shanghai, 30 May 2013).")
    assert (row.container, row.year) == ("Shanghai Business Daily", "2013")


def test_a_year_bracket_straight_after_a_quoted_title_gives_the_year_and_what_follows_it():
    row = reference("R. Cole, “Reforming the Second Chamber” (1999), Constitution Unit, pp 6-9.")
    assert (row.title, row.container, row.year) == ("Reforming the Second Chamber", "Constitution Unit", "1999")
    row = reference("Tom Binder, “The Rule of Law” (Penguin 2010)Pp 37")
    assert (row.container, row.publisher, row.year, row.pages) == ("", "Penguin", "2010", "37")


def test_a_year_bracket_before_a_journals_volume_and_name_keeps_the_journal():
    row = reference("C. Gatti, “Diritto e politica nella crisi”, (2013) 31 Rivista critica del diritto privato, 343-367")
    assert (row.container, row.volume, row.year, row.pages) == ("Rivista critica del diritto privato", "31", "2013",
                                                                "343-367")


def test_a_dated_bracket_after_a_quoted_title_gives_the_year_and_no_publisher():
    row = reference("A. Gore, ‘What Is Risk Management’ (Riskview, 2 March 2022) <https://www.example.org/risk> "
                    "accessed 24 May 2022.")
    assert (row.title, row.container, row.year, row.publisher) == ("What Is Risk Management", "", "2022", "")


def test_a_papers_day_after_a_title_whose_comma_stands_inside_its_quotes_gives_the_paper_and_year():
    # Chicago's house: `“Title,” Paper, June 2, 2020`
    row = reference("K. Brand, “Languages Should Form Part of the Solution,” New York Times, June 2, 2020.")
    assert (row.title, row.container, row.year) == ("Languages Should Form Part of the Solution", "New York Times",
                                                    "2020")


def test_a_theses_bracket_of_several_parts_gives_its_year_but_no_place_or_publisher():
    row = reference("Ana Petrović, “Politička delatnost” (doktorska disertacija, Univerzitet u Beogradu, Filozofski "
                    "fakultet, 2017), 654–790.")
    assert (row.year, row.place, row.publisher) == ("2017", "", "")


def test_a_council_or_a_bank_as_author_keeps_its_whole_name():
    # (reference_words.csv, kind `corporate`: a body's head word, first with a small word after it or last)
    notes = {"Council of Europe, “Knowledge for Democratic Citizenship” (Council of Europe 2018) 12.": "Council of Europe",
             "Bank of England, “Financial Stability Report” (2019).": "Bank of England"}
    for note, authors in notes.items():
        assert reference(note).authors == authors
