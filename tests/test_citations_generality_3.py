"""Citation patterns of the second round of blind fixtures (issue 12): hereafter words, no-date marks and
month names of more languages, a defined code for an archive the authority file knows with its town,
spans of months, Hungarian year-and-month dates, and another document of the same archive after ';'."""

from conftest import cite, one_citation

from histkit.dates import find_dates


def rows_of(*texts):
    return cite(*texts).citations


def spans(text):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_an_albanian_hereafter_word_defines_a_code_for_later_notes():
    rows = rows_of("Arkivi Qarkut Shkodër (më tej: AQS), fondi 12, d. 4, 3. 5. 1950.", "AQS, fondi 12, d. 5.")
    assert rows.loc[1, "kind"] == "archival"
    assert rows.loc[1, "archive_name"] == "Arkivi Qarkut Shkodër"


def test_a_welsh_hereafter_word_and_archive_word_define_a_code():
    rows = rows_of("Archifau Gwynedd, Caernarfon (o hyn ymlaen AG), XD/12/3, 3 May 1950.", "AG, XD/12/4, 4 May 1950.")
    assert rows.loc[1, "archive_name"] == "Archifau Gwynedd"


def test_a_code_defined_for_an_archive_the_authority_knows_with_its_town_is_the_authoritys_code():
    rows = rows_of("Arhiv Jugoslavije u Beogradu (dalje: AJB), fond 507, f. 4, 3. 5. 1950.", "AJB, fond 507, f. 5.")
    assert rows.archive.tolist() == ["AJ", "AJ"]


def test_nordic_and_hungarian_no_date_words_leave_the_document_undated():
    for mark in ("päiväämätön", "udateret", "dátum nélkül", "pa datë"):
        row = one_citation(f"AJ, fond 507, f. 4, 1950, {mark}.")
        assert row.date_start == "", mark


def test_a_date_right_after_the_dutch_d_d_dates_the_document():
    assert one_citation("AJ, fond 507, f. 4, brief d.d. 3 maart 1940.").date_start == "1940-03-03"
    assert one_citation("AJ, fond 507, f. 4, 1950, d.d.").date_start == ""


def test_welsh_month_names_are_read():
    assert spans("llythyr, 20 Awst 1937") == [("1937-08-20", "1937-08-20", "day")]


def test_a_hungarian_year_and_month_is_that_month_but_a_capitalised_month_after_a_year_is_not():
    assert spans("1956. május.") == [("1956-05-01", "1956-05-31", "month")]
    assert spans("1950. Januar") == [("1950-01-01", "1950-12-31", "year")]


def test_a_span_of_months_across_years_is_one_span():
    assert spans("reports, Oct. 1919 – Feb. 1920.") == [("1919-10-01", "1920-02-29", "month")]


def test_a_file_after_a_semicolon_is_another_document_of_the_same_archive():
    rows = rows_of("RGASPI, f. 17, op. 3, d. 12, l. 4; d. 13, l. 5, 3 May 1950.")
    assert rows.archive.tolist() == ["RGASPI", "RGASPI"]
    assert rows.loc[1, "unit"].endswith("d. 13")
    assert rows.loc[0, "date_start"] == ""


def test_a_signature_after_a_semicolon_is_another_document_with_its_own_date():
    rows = rows_of("UN Archives, S-0441-0012-03, n.d.; S-0441-0012-04, cable of 3 May 1950.")
    assert rows.archive.tolist() == ["UNA", "UNA"]
    assert rows.date_start.tolist() == ["", "1950-05-03"]


def test_a_spelt_out_no_date_mark_of_two_words_is_found_with_its_space():
    from histkit.dates import find_undated
    text = "AN, F7 12, sans date"
    assert [text[a:b] for a, b in find_undated(text)] == ["sans date"]
