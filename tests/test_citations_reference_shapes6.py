"""Shapes of references read in the held-out articles' notes (stop 59): each a rule of a citation house, on invented notes."""

from histkit import Document, build_tables


def tables(note: str):
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])


def test_a_corporate_authors_bracketed_abbreviation_before_a_titled_report_is_no_archive():
    # OSCOLA's report by a body: its name and abbreviation, then a title with a year, not an archive's call number
    note = ("Arctic Climate Policy Network for the New Century (ACPN), Arctic Futures 2019: Annual Status Report "
            "(ACPN, 2019) 45.")
    assert "archival" not in set(tables(note)["citations"].kind)


def test_authors_listed_with_a_comma_before_their_and_are_all_the_references_authors():
    # Chicago's serial comma: `A, B, and C, Title (Place: Publisher, year)`; the title is what follows the last author
    row = tables("Ann Field, Tom Reeve, and Kay Moss, The Fenland Parishes (Norwich: Broad Press, 1998), 45.")[
        "references"].iloc[0]
    assert (row.authors, row.title, row.year) == ("Ann Field, Tom Reeve, and Kay Moss", "The Fenland Parishes", "1998")


def test_initials_and_a_serial_comma_keep_every_author_out_of_the_title():
    row = tables("A. Field, T. Reeve, and K. Moss, The Fenland Parishes, Norwich 1998, 45.")["references"].iloc[0]
    assert (row.authors, row.title) == ("A. Field, T. Reeve, and K. Moss", "The Fenland Parishes")


def test_a_lead_word_and_a_qualifier_set_off_by_commas_are_no_part_of_the_reference():
    # `See, for a brief discussion, Name, Title …`: the words in small letters between the commas qualify the lead word
    row = tables("See, for a brief discussion, Ann Field, The Fenland Parishes (Norwich: Broad Press, 1998), 45.")[
        "references"].iloc[0]
    assert (row.authors, row.title) == ("Ann Field", "The Fenland Parishes")


def test_a_weeklys_issue_given_by_its_day_in_brackets_gives_the_year_and_leaves_the_name():
    row = tables("A. Brook, ‘Fen Drainage’, Country Life (3 May 1958), pp. 4–5.")["references"].iloc[0]
    assert (row.container, row.year) == ("Country Life", "1958")


def test_a_reference_after_a_sentence_of_prose_is_read_though_its_quoted_title_looks_like_a_name():
    # (`‘Fen Drainage’` has two capitalised words, as a person's name has: a quoted part is a title)
    cited = tables("The point applies to the fens as well. A. Brook, ‘Fen Drainage’, Country Life (3 May 1958), pp. 4–5.")
    assert cited["references"].authors.tolist() == ["A. Brook"]


def test_an_issue_and_its_year_after_a_journals_name_and_a_comma_are_read_apart():
    # Italian notes print the issue and year as `7/2012` after the journal's name, with no word for the issue
    row = tables("C. Rossi, Il Parlamento, in Studi sull’integrazione europea, 7/2012, pp. 329-357.")["references"].iloc[0]
    assert (row.container, row.issue, row.year) == ("Studi sull’integrazione europea", "7", "2012")


def test_a_title_opened_by_a_double_quotation_mark_runs_past_a_single_one_inside_it():
    row = tables("A. Brook, “Whatever happened to the ‘Great’ Fen Drainage?” Country Life (3 May 1958), 4.")[
        "references"].iloc[0]
    assert row.title == "Whatever happened to the ‘Great’ Fen Drainage?"


def test_a_semicolon_before_in_opens_the_container_as_a_comma_does():
    # the older German house: `Titel; in: Zeitschrift (1799), Nr. 156–158, Sp. 1545–1572`
    row = tables("Joachim von Feld, Verzeichniss der Kalender; in: Allgemeiner Anzeiger (1799), Nr. 156–158, "
                 "Sp. 1545–1572.")["references"].iloc[0]
    assert (row.authors, row.title, row.container, row.year) == ("Joachim von Feld", "Verzeichniss der Kalender",
                                                                 "Allgemeiner Anzeiger", "1799")
