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


def test_a_family_name_its_comma_and_given_names_before_a_full_stop_are_the_authors():
    # Chicago's bibliography form, which Spanish and Latin American notes follow: `Family, Given. Title. Imprint.`
    notes = {"Galindo Vega, Juan Carlos. Derecho europeo de sociedades. Bogotá, Temis, 2002, pp. 565-571.":
                 ("Galindo Vega, Juan Carlos", "Derecho europeo de sociedades", "Bogotá", "2002"),
             "Smith, John, and Mary Jones. The Wool Trade. London: Penguin, 2002.":
                 ("Smith, John, and Mary Jones", "The Wool Trade", "London", "2002")}
    for note, fields in notes.items():
        row = reference(note)
        assert (row.authors, row.title, row.place, row.year) == fields


def test_an_article_in_the_bibliography_form_is_literature():
    rows = build_tables([Document.from_text("Body text.1\n\n1 Smith, John. “The Wool Trade.” Journal of History 12, "
                                             "no. 3 (2002): 45–67.\n", doc_id="d")])
    assert rows["citations"].kind.tolist() == ["literature"]
    assert (rows["references"].iloc[0].authors, rows["references"].iloc[0].container) == ("Smith, John",
                                                                                            "Journal of History")


def test_a_title_then_a_place_alone_is_no_given_name():
    # `Kennan, Memoirs. Boston: …`: one word after the comma and a place after its full stop, the short title's
    row = reference("Kennan, Memoirs. Boston: Little, Brown, 1967.")
    assert row.authors == "Kennan"


def test_a_law_review_article_to_come_keeps_its_bracket_and_needs_no_page():
    # the Bluebook's `(forthcoming 1998)`: the year of an article to come, no cited page's bracket, its first page
    # maybe not known yet
    notes = {"George A. Martin, Latinos and the Law, 19 UCLA L. REV. 101 (forthcoming 1998).": "101",
             "George A. Martin, Latinos and the Law, 19 UCLA L. REV. (forthcoming 1998).": ""}
    for note, pages in notes.items():
        row = reference(note)
        assert (row.title, row.container, row.volume, row.year, row.pages) == ("Latinos and the Law", "UCLA L. REV.",
                                                                               "19", "1998", pages)


def test_refer_also_to_after_a_sentence_opens_the_reference():
    row = reference("It was held otherwise. Refer also to J. Pauls, ‘Indirect Expropriation’, in N. Horn (ed.), "
                    "Arbitrating Investment Disputes (Kluwer 2004) 145.")
    assert (row.authors, row.title, row.container) == ("J. Pauls", "Indirect Expropriation",
                                                       "Arbitrating Investment Disputes")


def test_a_bodys_report_with_its_year_in_square_brackets_is_literature():
    # OSCOLA's report: `Body, Title [2010]`; a body's name may join two words by "and" before its head word
    rows = build_tables([Document.from_text("Body text.1\n\n1 Equality and Human Rights Commission, Stop and think: "
                                             "A critical review of stop and search [2010].\n", doc_id="d")])
    assert rows["citations"].kind.tolist() == ["literature"]
    row = rows["references"].iloc[0]
    assert (row.authors, row.title, row.year) == ("Equality and Human Rights Commission",
                                                  "Stop and think: A critical review of stop and search", "2010")


def test_the_part_before_a_publishers_towns_joined_by_dashes_is_the_publisher():
    # the Italian house, `Editore, Luogo Anno`: towns joined by dashes are one publisher's, the part before them its name
    notes = {"V. Ferri, Lezioni illuministiche, Laterza, Roma-Bari 2010.": ("Laterza", "Roma-Bari"),
             "A. Hahn, Dialektik der Aufklärung, Campus Verlag, Frankfurt-New York 1989, pp. 88-99.":
                 ("Campus Verlag", "Frankfurt-New York")}
    for note, (publisher, place) in notes.items():
        row = reference(note)
        assert (row.publisher, row.place) == (publisher, place)


def test_a_commentary_named_by_its_title_in_words_keeps_it_as_the_title():
    # `Editors/Author, Urheberrechtsgesetz`: a word, no law's abbreviation (`GG`, `BGB`), names the commentary itself
    row = reference("Dreier/Schulz, Urheberrechtsgesetz, 6. Aufl. 2018, § 27 UrhG Rn. 15.")
    assert (row.authors, row.title, row.year) == ("Schulz", "Urheberrechtsgesetz", "2018")


def test_a_century_after_its_ordinal_goes_on_with_the_same_title():
    # `des 18.–20. Jahrhunderts`: the number's full stop is an ordinal's, no reference ends there
    rows = build_tables([Document.from_text(
        "Body text.1\n\n1 Dazu Stefan Roth, Die Gesetzblätter; in: Juristische Zeitschriften. Die neuen Medien des "
        "18.–20. Jahrhunderts, hg. von Michael Stoll, Frankfurt a. M. 1999, 67–105.\n", doc_id="d")])
    assert rows["citations"].kind.tolist() == ["literature"]
