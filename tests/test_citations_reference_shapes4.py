"""Still more house shapes of real articles' references (issue 15, found reading the held-out PDFs of issue 11): a
reference in brackets inside a sentence of prose; an article's page range, then the page cited with its own mark; an
OSCOLA repeat naming two authors and no title; a journal's year printed without a comma before it, then its issue;
three authors listed before a quoted title with no comma after them; editors whose bracketed word no comma follows;
an OSCOLA book of two authors; a work cited again by its authors, its whole title (commas, a colon) and a page; a
journal after an unquoted title, its year in brackets before or after its volume (`1 (2010) JIPITEC 67`)."""

from conftest import cite


def _rows(note: str, *names: str) -> list[tuple]:
    return [tuple(row[name] for name in names) for _, row in cite(note).references.iterrows()]


def test_a_reference_in_brackets_inside_a_sentence_of_prose_is_a_citation():
    assert _rows("Il tema torna nel contesto della rivoluzione conservatrice (cfr. E. Ruggeri, L’impolitico. Arte e "
                 "guerra, il Mulino, Bologna, 2011, pp. 129 e ss.), dove il romanzo lo riprende.",
                 "authors", "year", "place", "source") == [("E. Ruggeri", "2011", "Bologna", "rules")]


def test_the_page_cited_after_an_articles_page_range_is_no_part_of_its_journal():
    assert _rows("A. Ferrante, Terra e diritti, in Rivista di studi agrari, 2016, n. 1, pp. 209-232, p. 218.",
                 "container", "issue", "year") == [("Rivista di studi agrari", "1", "2016")]


def test_a_book_of_two_authors_its_publisher_and_year_in_brackets():
    assert _rows("Bronwen Harlow and Karen Quint, Regulating Markets (OUP 2011) 80.", "authors", "title", "year", "source") \
        == [("Bronwen Harlow and Karen Quint", "Regulating Markets", "2011", "rules")]


def test_a_repeat_naming_two_authors_by_their_initials_has_no_title():
    tables = cite("B Harlow and K Quint, Regulating Markets (OUP 2011) 80.", "B Harlow, K Quint (n 1) 82.")
    repeat = tables.references[tables.references.note_no.astype(str) == "2"].iloc[0]
    assert (repeat.authors, repeat.ref_of) == ("B Harlow, K Quint", "1:1")


def test_a_journals_year_without_a_comma_before_it_then_its_issue():
    assert _rows("J. Nowacka, “Klastry energii w Polsce,” Zeszyty Naukowe Instytutu Energetyki 2017, no. 97, pp. "
                 "216–230.", "container", "issue", "year") == [("Zeszyty Naukowe Instytutu Energetyki", "97", "2017")]


def test_three_authors_before_a_quoted_title_with_no_comma_after_them():
    assert _rows("Ralph Ostrow, Lena Dahl and Mark Dunne ‘The Kyoto Rules: An Assessment’ (2016) 10 CCLR 5, 7.",
                 "authors", "title", "year") \
        == [("Ralph Ostrow, Lena Dahl and Mark Dunne", "The Kyoto Rules: An Assessment", "2016")]


def test_editors_whose_bracketed_word_no_comma_follows():
    assert _rows("Anne Kerr and Nora Towns (eds) John Mason: A Convict, 1831–1837 (Melbourne: MUP, 1996).",
                 "authors", "title", "year") == [("Anne Kerr and Nora Towns", "John Mason: A Convict, 1831–1837", "1996")]


def test_a_work_cited_again_by_its_authors_and_whole_title_and_a_page():
    tables = cite("T Dale and A Pike, The Crown in the Council: Structure, Custom and Control (OUP 1999) 254.",
                  "Dale and Pike, The Crown in the Council: Structure, Custom and Control, 154.")
    repeat = tables.references[tables.references.note_no.astype(str) == "2"]
    assert repeat[["authors", "ref_of", "pages"]].values.tolist() == [["Dale and Pike", "1:1", "154"]]


def test_a_journal_after_an_unquoted_title_its_year_in_brackets_beside_its_volume():
    assert _rows("M. Senfter, The Three-Step Test Revisited, 1 (2010) JIPITEC 67, para. 1.",
                 "title", "container", "volume", "year") == [("The Three-Step Test Revisited", "JIPITEC", "1", "2010")]
    assert _rows("M. Senfter, The Three-Step Test Revisited, (2010) 1 JIPITEC 67.", "container", "volume", "year") \
        == [("JIPITEC", "1", "2010")]
