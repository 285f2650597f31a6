"""Shapes of references read in the corpus's and held-out articles' notes (stop 60): each a rule of a citation house,
on invented notes."""

from histkit import Document, build_tables


def tables(note: str):
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])


def test_the_same_authors_word_before_a_title_and_a_semicolon_in_is_a_reference_of_that_author():
    # the older German house repeats its author as `ders.` and opens the container with `; in:`
    note = ("Vgl. Joachim von Feld, Ueber Kalender, Berlin 1792; ders., Verzeichniss der Kalender; in: Allgemeiner "
            "Anzeiger (1799), Nr. 156–158, Sp. 1545–1572.")
    rows = tables(note)["references"]
    assert rows.title.tolist() == ["Ueber Kalender", "Verzeichniss der Kalender"]
    assert rows.authors.tolist() == ["Joachim von Feld", "Joachim von Feld"]


def test_an_ordinals_full_stop_before_its_issue_noun_ends_no_reference():
    # `(1791), 2. und 3. Stück`: German prints the issue as an ordinal before its noun; the pages after it are the same
    # reference's, not a new sentence of commentary
    row = tables("Joachim von Feld, Ueber Kalender; in: Neues Magazin (1791), 2. und 3. Stück, Sp. 17–48.")[
        "references"].iloc[0]
    assert (row.container, row.year, row.issue, row.pages) == ("Neues Magazin", "1791", "2–3", "Sp. 17–48")


def test_a_volume_its_year_and_an_ordinal_issue_are_read_apart_from_the_journals_name():
    row = tables("Anna Berg, Die Zunft; in: Zeitschrift für Stadtgeschichte 12 (1864), 3. Heft, S. 17–48.")[
        "references"].iloc[0]
    assert (row.container, row.volume, row.year, row.issue) == ("Zeitschrift für Stadtgeschichte", "12", "1864", "3")


def test_an_abnt_title_ending_in_a_question_mark_is_followed_by_its_magazine():
    # `SOBRENOME, Nome. Título? Revista, n. …`: the question mark ends the title's area as a full stop would
    row = tables("SOUZA, Rui. Quem paga a conta? Revista Nova, n. 24, p. 38-39, dez. 2007.")["references"].iloc[0]
    assert (row.authors, row.title, row.container, row.issue, row.year) == ("SOUZA, Rui", "Quem paga a conta?",
                                                                           "Revista Nova", "24", "2007")


def test_a_surname_in_capitals_before_a_titled_question_is_not_taken_for_an_archives_code():
    assert set(tables("SOUZA, Rui. Quem paga a conta? Revista Nova, n. 24, p. 38-39, dez. 2007.")["citations"].kind) \
        == {"literature"}


def test_a_surname_with_an_elided_particle_is_an_authors_name_among_slashed_authors():
    # the German legal house joins authors by slashes; a Belgian author's second surname after `d’`
    row = tables("Triaille/de Meeüs d’Argenteuil/de Francquen, Study on the legal framework of text and data mining, "
                 "2014, S. 47 f.")["references"].iloc[0]
    assert (row.authors, row.title, row.year) == ("Triaille/de Meeüs d’Argenteuil/de Francquen",
                                                  "Study on the legal framework of text and data mining", "2014")


def test_a_single_capitalised_word_after_a_forename_and_surname_is_the_titles_first_word():
    # `Peter King, Crime, Justice and Discretion …`: no co-author of one word follows a name written in full
    row = tables("Peter Hale, Crime, Justice and Mercy in Kent, 1740–1820 (Oxford: Clarendon Press, 2000), 82–125.")[
        "references"].iloc[0]
    assert (row.authors, row.title) == ("Peter Hale", "Crime, Justice and Mercy in Kent, 1740–1820")


def test_a_firms_two_names_joined_by_an_ampersand_are_the_publisher_before_the_place():
    # the older English law house: `(Publisher, Place, Year)`, the publisher a firm's name
    row = tables("Douglas Wren, Criminal Procedure in the Colonies (Sweet & Maxwell, London, 1965), p. 47.")[
        "references"].iloc[0]
    assert (row.publisher, row.place, row.year) == ("Sweet & Maxwell", "London", "1965")


def test_an_article_with_no_author_in_a_journal_with_a_roman_volume_is_a_reference():
    # the early journals' pieces are cited by their titles: `Title, in: PTRS XVIII (1694) 105–111`
    row = tables("Mr. Hale’s Account of the late Coughs and Colds; with some Observations on other Distempers, in: "
                 "PTRS XVIII (1694) 105–111.")["references"].iloc[0]
    assert (row.authors, row.container, row.volume, row.year, row.pages) == ("", "PTRS", "XVIII", "1694", "105–111")
    assert row.title == "Mr. Hale’s Account of the late Coughs and Colds; with some Observations on other Distempers"


def test_a_journals_two_volumes_and_years_in_brackets_give_the_first_year():
    row = tables("An Answer to the Letter, sent to the Publisher, in: PTRS XI–XII (1676–77/78) 692–698, 703.")[
        "references"].iloc[0]
    assert (row.volume, row.year, row.pages) == ("XI–XII", "1676", "692–698")


def test_after_the_same_authors_word_a_single_word_before_in_is_the_title_not_an_author():
    # `ders., Advancement, in: ebd., Bd. 2`: the author is the one before; a one-word short title follows the word
    rows = tables("Francis Bacon, Parasceve, in: Works, London 1825, Bd. 11, 414; ders., Advancement, in: ebd., Bd. 2, "
                  "102–106.")["references"]
    assert (rows.authors.iloc[-1], rows.title.iloc[-1]) == ("Francis Bacon", "Advancement")


def test_a_years_edition_number_read_glued_to_it_is_no_part_of_the_year():
    # the Italian house prints the edition as a superscript after the year; a PDF's text glues it on: `Firenze 19652`
    row = tables("E. Sestan, La storia del commercio, Sansoni, Firenze 19652, p. 305.")["references"].iloc[0]
    assert (row.authors, row.title, row.year) == ("E. Sestan", "La storia del commercio", "1965")
