"""Shapes of references read in the held-out articles' notes (stop 61): each a rule of a citation house, on invented
notes."""

from histkit import Document, build_tables


def tables(note: str):
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])


def test_the_work_a_document_is_quoted_from_is_the_reference_whatever_the_language():
    # `citado por`, `citato da`, `zitiert nach` after the document quoted: the book quoting it is what the note cites
    notes = {"Discurso de Azaña, 3 de mayo de 1931, citado por Santos Ruiz, Vida de un ministro, Madrid, Taurus, "
             "2008, p. 344.": ("Santos Ruiz", "Vida de un ministro"),
             "Lettera del prefetto, 12 maggio 1920, citato da Paolo Verdi, Il prefetto e la piazza, Bologna 1991, "
             "p. 12.": ("Paolo Verdi", "Il prefetto e la piazza")}
    for note, expected in notes.items():
        rows = tables(note)["references"]
        assert (rows.authors.tolist(), rows.title.tolist()) == ([expected[0]], [expected[1]])


def test_an_author_before_a_colon_after_a_word_for_quoted_in_is_the_reference_not_a_lead_in():
    # the colon after `Evans Lund` is the colon style's, between author and title; the document quoted before it,
    # its own colon and quotation marks, is commentary
    note = ("Lord Ashby: “The balance of trade” (1864), citado por Evans Lund: Basic Texts in Economic Relations, "
            "Macmillan, 1993, p. 444.")
    row = tables(note)["references"].iloc[0]
    assert (row.authors, row.title, row.year) == ("Evans Lund", "Basic Texts in Economic Relations", "1993")


def test_the_authors_remark_on_a_quotation_ends_no_field_of_the_reference():
    # the rules read it (not only the model's guess, the reference's last resort)
    for remark in (", emphasis added", ", grifo meu", ", Hervorhebung im Original", " m.w.N."):
        row = tables(f"Hans Weber, Die Verfassung der Stadt, Berlin 1990, S. 4{remark}.")["references"].iloc[0]
        assert (row.source, row.title, row.place, row.year, row.pages) == ("rules", "Die Verfassung der Stadt",
                                                                           "Berlin", "1990", "S. 4")


def test_an_abnt_book_may_name_its_place_and_year_without_a_publisher_and_join_its_authors_by_an_ampersand():
    row = tables("PERES, J. R., & BRIZOTI, N. (org.). Fraudes no mundo empresarial. São Paulo, 2016")["references"].iloc[0]
    assert (row.authors, row.title, row.place, row.year) == ("PERES, J. R., & BRIZOTI, N.",
                                                             "Fraudes no mundo empresarial", "São Paulo", "2016")


def test_a_lead_word_and_its_comma_after_a_sentence_open_a_new_citation():
    # `…. See, e.g., NAME, TITLE …`: the Bluebook's signal with its comma, after a sentence of commentary
    rows = tables("A settler born in the colony. See, e.g., JUAN ORTEGA, COLONIAL LABOR, 1790-1890 at 19 (1994).")[
        "references"]
    assert (rows.authors.tolist(), rows.title.tolist()) == (["JUAN ORTEGA"], ["COLONIAL LABOR, 1790-1890"])


def test_et_al_set_off_by_its_own_comma_ends_the_authors_not_opens_the_title():
    notes = {"D.W. Frost, G. Nye, L.M. Ruiz, et al., Norms and behaviour, 30 JOURNAL OF GAMING STUDIES, 125–40 (2014).":
             ("D.W. Frost, G. Nye, L.M. Ruiz", "Norms and behaviour"),
             "Anna Berg, Karl Fuchs, u. a., Die Zunft der Bäcker, Berlin 1990, S. 4.": ("Anna Berg, Karl Fuchs",
                                                                                        "Die Zunft der Bäcker")}
    for note, expected in notes.items():
        row = tables(note)["references"].iloc[0]
        assert (row.authors, row.title) == expected


def test_a_clause_in_small_letters_between_a_lead_word_and_the_author_is_no_part_of_the_reference():
    row = tables("See, for the older view of the question, A.V. Freeman, The Responsibility of States (London 1938), "
                 "518.")["references"].iloc[0]
    assert (row.authors, row.title, row.year) == ("A.V. Freeman", "The Responsibility of States", "1938")


def test_a_connective_opening_a_sentence_of_prose_is_no_authors_name():
    # `Notably, …` before a cross-reference `(n 64)` is the author's own sentence, not a short reference by `Notably`
    for note in ("Notably, a similar case arose in Commission v Italy (n 64), where the latter pleaded force majeure.",
                 "Thus, the policy of the Protocol has been endorsed by the Council (n 12), as the report shows."):
        assert tables(note)["references"].empty


def test_a_translators_clause_with_its_language_is_no_part_of_the_title():
    row = tables("R. Kessel, Futures Past, Engl. transl. by K. Tribe, Columbia University Press, New York 1985, p. 4.")[
        "references"].iloc[0]
    assert (row.title, row.publisher, row.place, row.year) == ("Futures Past", "Columbia University Press", "New York",
                                                               "1985")
