"""Citation patterns of the generality issue, second pass: date lists and ranges, no-date marks, brackets, learnt codes."""

from conftest import cite, one_citation

from histkit.citations.archives import default_matcher
from histkit.citations.bracketed import archive_in_brackets


def _dates(row):
    return row.date_start, row.date_end, row.date_precision


def test_a_list_of_dates_across_months_gives_the_document_its_earliest_to_latest_day():
    row = one_citation("TNA, CO 733/394/12, minutes of 30 June and 2 Aug. 1939.")
    assert _dates(row) == ("1939-06-30", "1939-08-02", "day")


def test_a_list_of_dates_in_a_described_document_before_its_archive_is_one_span():
    row = one_citation("Berichte vom 30. Juni und 2. August 1920, PA AA, R 1234.")
    assert _dates(row) == ("1920-06-30", "1920-08-02", "day")


def test_a_year_range_after_the_units_is_the_documents_years_not_pages():
    row = one_citation("HDA, 145, Savska banovina, kut. 13, 1936–1941.")
    assert (row.unit, row.pages) == ("kut. 13", "")
    assert _dates(row) == ("1936-01-01", "1941-12-31", "year")


def test_a_short_year_range_is_a_span_too():
    row = one_citation("HDA, 145, Savska banovina, kut. 13, 1936-41.")
    assert _dates(row) == ("1936-01-01", "1941-12-31", "year")


def test_a_year_range_among_the_series_dates_the_document_and_leaves_the_collection():
    row = one_citation("ACS, Ministero dell'Interno, Direzione generale di pubblica sicurezza, 1936–1941, b. 12.")
    assert row.collection == "Direzione generale di pubblica sicurezza"
    assert _dates(row) == ("1936-01-01", "1941-12-31", "year")


def test_a_series_named_with_its_years_gives_no_date_when_the_archive_comes_last():
    rows = cite("Halifax to Eden, 14 April 1942, TNA, FO 371/24868; and RG 59, CDF 1940–44, 740.0011 EW/1234, NARA.").citations
    second = rows.iloc[1]
    assert (second.archive, second.fond, second.collection, second.date_start) == ("NARA", "RG 59", "CDF 1940–44", "")


def test_a_no_date_mark_leaves_the_document_without_the_files_year():
    row = one_citation("TNA, FO 371/2, 1950, Minute, n.d.")
    assert row.date_start == "" and row.unit == "2"


def test_an_ibid_with_a_no_date_mark_does_not_take_the_date_of_the_document_it_repeats():
    rows = cite("TNA, FO 371/1, Minute, 3 May 1950.", "Ibid., Memorandum, o. D.").citations
    assert rows.iloc[1].kind == "ibid" and rows.iloc[1].date_start == ""


def test_undated_with_the_historians_dating_in_brackets_keeps_that_date():
    row = one_citation("AJ, 507, IX, 130/I-14, notes, undated (September 1950).")
    assert _dates(row) == ("1950-09-01", "1950-09-30", "month")


def test_the_archive_in_brackets_after_a_town_at_the_end_of_a_citation():
    row = one_citation("Memorandum, 2.5.1939 (Belgrade, AJ, 37, f. 22).")
    assert (row.archive, row.fond, row.unit, row.date_start) == ("AJ", "37", "f. 22", "1939-05-02")


def test_the_archive_alone_in_brackets_after_an_undated_holding():
    row = one_citation("PIDE/DGS, proc. 1234/43 SR, NT 2345 (ANTT).")
    assert (row.archive, row.fond, row.unit) == ("ANTT", "PIDE/DGS", "proc. 1234/43 SR, NT 2345")


def test_a_defining_bracket_after_an_archives_name_is_no_archive_in_brackets():
    matcher = default_matcher().copy()
    assert archive_in_brackets("Letters of 1943, Archives municipales de Lyon (AML).", matcher) is None
    assert archive_in_brackets("Letters of 1943 (Lyon, AML).", matcher) is not None


def test_a_town_in_brackets_is_no_archive():
    rows = cite("Letter of the consul, 2.5.1791 (Lyon).").citations
    assert not (rows.kind == "archival").any()


def test_a_french_cote_is_the_series_and_the_article():
    row = one_citation("Rapport du 14 février 1896 (Lyon, AML, 4 M 241).")
    assert (row.fond, row.unit) == ("4 M", "241")


def test_an_ottoman_style_series_cut_short_with_full_stops_opens_another_file():
    rows = cite("TNA, DH.MKT. 2613/45, 3.1.1909; DH.MKT. 2614/7, 9.2.1909.").citations
    assert rows[["fond", "unit", "date_start"]].values.tolist() == [
        ["DH.MKT.", "2613/45", "1909-01-03"], ["DH.MKT.", "2614/7", "1909-02-09"]]


def test_a_record_group_numbered_with_a_full_stop_is_the_fond_and_opens_another_document():
    rows = cite("TNA, 93.43/2403/12, Shertok to Ben-Gurion, 3 January 1949, and 130.02/2389/7, Eytan to Sharett, "
                "9 February 1949.").citations
    assert rows[["kind", "fond", "unit", "date_start"]].values.tolist() == [
        ["archival", "93.43", "2403/12", "1949-01-03"], ["archival", "130.02", "2389/7", "1949-02-09"]]


def test_a_sentence_after_a_book_with_a_lead_word_after_a_few_words_is_a_new_citation():
    rows = cite("Tom Segev, The Seventh Million (New York: Hill and Wang, 1993), 112. On the British response, see "
                "TNA, CO 733/394/12, minutes of 3 June 1939.").citations
    assert rows.kind.tolist() == ["literature", "archival"]


def test_a_shelfmark_ending_in_a_full_stop_does_not_start_a_sentence():
    rows = cite("TNA, HR.SYS. 2347/3, 2.5.1912. İngiliz tutumu için bkz. TNA, FO 195/2345, 1908–1912.").citations
    assert rows[["fond", "unit", "date_start"]].values.tolist() == [
        ["HR.SYS.", "2347/3", "1912-05-02"], ["FO 195", "2345", "1908-01-01"]]


def test_a_see_also_sentence_in_greek_capitals_starts_a_new_citation():
    rows = cite("ΙΑΥΕ, 1941, 4/2. Βλ. επίσης ΓΑΚ, Αρχείο Γεωργίου Β΄, φάκ. 5, 1936–1941.").citations
    assert len(rows) == 2 and rows.iloc[1].unit == "φάκ. 5"


def test_an_unknown_code_used_with_a_shelfmark_and_a_date_is_an_archive_and_known_afterwards():
    rows = cite("XZA, S25/4521, Ben-Gurion to Weizmann, 3.1.1939.", "XZA, S25/4522.").citations
    assert rows[["kind", "archive", "fond", "unit"]].values.tolist() == [
        ["archival", "XZA", "S25", "4521"], ["archival", "XZA", "S25", "4522"]]


def test_a_journal_abbreviation_with_volume_and_issue_is_no_unknown_archive():
    rows = cite("JMH, 45/3, 3 May 1990.").citations
    assert not (rows.kind == "archival").any()


def test_an_unknown_code_without_a_dated_document_is_not_learnt():
    rows = cite("XZA, S25/4521.").citations
    assert not (rows.kind == "archival").any()
