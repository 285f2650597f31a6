"""Shapes of references read in the held-out articles' notes (stop 62): each a rule of a citation house, on invented
notes."""

from histkit import Document, build_tables


def tables(note: str):
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])


def test_an_abnt_author_with_one_initial_keeps_it_and_the_title_starts_after_it():
    # `SURNAME, A.` then a title in capitals: the initial with its stop is the name's, not the title's first word
    row = tables("MOREIRA, A. Ciência da história. Porto Alegre: Livraria Sulina, 2010, p. 13-24.")["references"].iloc[0]
    assert (row.source, row.authors, row.title, row.publisher) == ("rules", "MOREIRA, A.", "Ciência da história",
                                                                   "Livraria Sulina")


def test_a_phrase_for_in_this_sense_after_a_sentence_opens_the_reference():
    # `Neste sentido,`, `En ce sens,`, `In this sense,`: the sentence before it is the author's own, no title
    notes = {"A ciência descreve o direito vigente. Neste sentido, MOREIRA, Ana. Ciência da história. Porto Alegre: "
             "Sulina, 2010, p. 13.": ("MOREIRA, Ana", "Ciência da história"),
             "Le juge crée ici du droit. En ce sens, Jean Dumont, Le juge et la loi, Paris, Dalloz, 1990, p. 4.":
                 ("Jean Dumont", "Le juge et la loi")}
    for note, (authors, title) in notes.items():
        row = tables(note)["references"].iloc[0]
        assert (row.authors, row.title) == (authors, title)


def test_an_oscola_article_in_straight_quotes_before_its_year_in_square_brackets_is_literature():
    # a journal numbered by year: `[1988] CLJ 402`, the first page and no page cited after it
    row = tables("E Fairbairn, 'Contract and the Modern State' [1988] CLJ 402.")["references"].iloc[0]
    assert (row.authors, row.title, row.container, row.year, row.pages) == (
        "E Fairbairn", "Contract and the Modern State", "CLJ", "1988", "402")


def test_a_newspapers_section_page_after_at_belongs_to_the_article():
    # the Bluebook's `, at A1` is the page cited, no second document joined by a short word
    rows = tables("Robert Pearl, Health Chief Sets Out Plans, N.Y. TIMES, June 12, 1981, at A1.")
    assert rows["citations"].kind.tolist() == ["literature"]
    row = rows["references"].iloc[0]
    assert (row.authors, row.title, row.container, row.year) == ("Robert Pearl", "Health Chief Sets Out Plans",
                                                                 "N.Y. TIMES", "1981")


def test_an_abnt_thesis_may_put_a_full_stop_between_its_university_and_place():
    note = ("BRAGA, Adelina. O comércio no Brasil: a empresa e o lucro. Dissertação (Mestrado em Direito) – "
            "Universidade Nove de Julho. São Paulo, 2017.")
    row = tables(note)["references"].iloc[0]
    assert (row.title, row.publisher, row.place, row.year) == ("O comércio no Brasil: a empresa e o lucro",
                                                               "Universidade Nove de Julho", "São Paulo", "2017")


def test_a_title_opening_with_a_preposition_and_an_article_is_no_persons_name():
    # `Nach der Endlichkeit` has a name's shape (a capital, a particle-like `der`, a capital): the colon style's
    # author is the person before the colon, the title runs on past its full stop
    row = tables("Quentin Marchal: Nach der Endlichkeit. Versuch über die Kontingenz, Berlin 2014.")["references"].iloc[0]
    assert (row.authors, row.title) == ("Quentin Marchal", "Nach der Endlichkeit. Versuch über die Kontingenz")


def test_a_publisher_in_small_letters_after_the_place_keeps_the_colon_style_author():
    # `Berlin: de Gruyter 2014`, `Bielefeld: transcript 2014`: an imprint's colon, not a list's
    for imprint in ("Berlin: de Gruyter 2014", "Bielefeld: transcript 2014", "Zürich: diaphanes, 2014"):
        row = tables(f"Hans Meier: Die Stadt am Fluss, {imprint}, S. 165.")["references"].iloc[0]
        assert (row.authors, row.title, row.year) == ("Hans Meier", "Die Stadt am Fluss", "2014")


def test_the_authors_own_sentence_before_a_reference_with_no_lead_word_is_no_part_of_its_authors():
    for sentence in ("This point is contested.", "Hereinafter referred to as ‘GMG’."):
        row = tables(f"{sentence} Joseph A. Carey and Erik P. Vermeer, Private Equity Rules, 16 J. Mgmt. & Gov. 197, "
                     "222 (2012).")["references"].iloc[0]
        assert (row.authors, row.year) == ("Joseph A. Carey and Erik P. Vermeer", "2012")


def test_a_newspapers_issue_may_print_its_weekday_before_the_day():
    rows = tables("«Le Patriote», No. 63, Mercredi 7 octobre 1789, p. 3.")["citations"]
    assert rows.kind.tolist() == ["press"]
