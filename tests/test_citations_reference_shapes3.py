"""More house shapes of real articles' references (issue 15, found reading the held-out PDFs of issue 11): a journal
named before its year and volume alone, as Polish law reviews print English journals (`…, Administration &
Society 1994, vol. 26, p. 395`), but not a place and a year before a page (`Caernarfon 1982, t. 47`); a US journal in
capitals with a comma in its name; a repeat after a lead-in in brackets (`[as quoted in:] Name, supra note 1`) read
as the work it repeats; and an author's note under the title (a position, an e-mail address) that is no reference."""

from conftest import cite


def _rows(note: str, *names: str) -> list[tuple]:
    return [tuple(row[name] for name in names) for _, row in cite(note).references.iterrows()]


def test_a_journal_before_its_year_and_volume_alone():
    assert _rows("T. Lindgren, Can Courts Govern? Reflections on Stein, Journal of the History of Ideas 1977, vol. 38, "
                 "p. 112.", "title", "container", "volume", "year") \
        == [("Can Courts Govern? Reflections on Stein", "Journal of the History of Ideas", "38", "1977")]


def test_a_place_and_a_year_before_a_page_are_no_journal():
    rows = _rows("Dafydd Price, Hanes y Capel, Aberystwyth 1979, t. 33.", "container", "volume", "year")
    assert rows and rows[0][:2] == ("", "")


def test_a_journal_in_capitals_with_a_comma_in_its_name():
    assert _rows("L.K. Moss and T.J. Hart, Wagers and Welfare in the Midwest. 7 JOURNAL OF SPORT ECONOMICS, FINANCE & "
                 "LAW, 44–61 (2012).", "container", "volume", "year") \
        == [("JOURNAL OF SPORT ECONOMICS, FINANCE & LAW", "7", "2012")]


def test_a_repeat_after_a_lead_in_in_brackets_is_the_work_it_repeats():
    tables = cite("P. Ortiz, La idea del derecho social, Madrid: Tecnos 1961, p. 45.",
                  "A. Roux, Liberté, Paris 1870, p. 4, [as quoted in:] Ortiz, supra note 1, p. 50.")
    repeat = tables.references[tables.references.note_no.astype(str) == "2"].iloc[-1]
    assert (repeat.ref_of, repeat.title, repeat.year) == ("1:1", "La idea del derecho social", "1961")


def test_an_authors_note_naming_a_position_or_an_e_mail_address_is_no_reference():
    assert cite("Ingrid Solheim, Research Director, Institute of Maritime History, Bergen, 2019. "
                "ingrid.solheim@example.org").references.empty


def test_a_name_then_a_sentence_of_prose_is_no_reference():
    assert cite("Interim Rules (2014), the assets of a fund include, but are not limited to, shares and bonds.") \
        .references.empty


def test_a_books_imprint_after_its_titles_full_stop_with_the_year_in_brackets():
    assert _rows("H. Lund, K. Berg and T.J. Moe, Lotteries in the North: Law, Markets, and Players. Oslo: "
                 "Universitetsforlaget (2011).", "authors", "title", "place", "publisher", "year") \
        == [("H. Lund, K. Berg and T.J. Moe", "Lotteries in the North: Law, Markets, and Players", "Oslo",
             "Universitetsforlaget", "2011")]
