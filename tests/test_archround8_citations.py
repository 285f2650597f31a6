"""Archival citations read by their shape (generality round 8, in-sample): the next document of a holding opened by
a call number of capitals and slashes or by a Slovene or Vietnamese unit word; an archive's code defined between
commas after a word for "hereafter"; a Vietnamese definition after `từ đây viết tắt là`; each on invented input."""

from conftest import cite


def rows_of(*texts):
    rows = cite(*texts).citations
    return rows[rows.kind == "archival"].reset_index(drop=True)


def test_a_call_number_of_capitals_and_slashes_after_a_semicolon_is_the_next_file():
    rows = rows_of("TNA, Colonial Office, CO/SEC/4/12, minute of 2 May 1948; CO/SEC/4/13, n.d.")
    assert len(rows) == 2
    # read as the first file is: the series up to the last slash, the file after it (rounds 10-15)
    assert (rows.fond[1], rows.unit[1]) == (rows.fond[0], "13")


def test_a_call_number_of_lettered_series_and_a_number_after_a_semicolon_is_the_next_file():
    rows = rows_of("CZA, A/R 1401, letter of the committee, 3 May 1922; A/R 1402, draft, n.d.")
    assert len(rows) == 2
    assert list(rows.archive) == ["CZA", "CZA"]


def test_a_slovene_technical_unit_after_a_semicolon_is_the_next_document():
    rows = rows_of("ZAL, LJU 300, Mesto Ljubljana, t. e. 17, dopis, 3. 5. 1925; t. e. 18, osnutek, b. d.")
    assert len(rows) == 2
    assert rows.unit[1].startswith("t. e. 18")


def test_a_vietnamese_numbered_file_after_a_semicolon_is_the_next_document():
    rows = rows_of("Kho Lưu trữ Tỉnh ủy Nam Định (từ đây viết tắt là KLTTUNĐ), Phông Tỉnh ủy, hồ sơ số 12, "
                   "ngày 3 tháng 4 năm 1960; hồ sơ số 13, không rõ ngày tháng.")
    assert len(rows) == 2
    assert list(rows.date_start) == ["1960-04-03", ""]


def test_a_vietnamese_definition_holds_for_the_later_notes():
    rows = rows_of("Kho Lưu trữ Tỉnh ủy Nam Định (từ đây viết tắt là KLTTUNĐ), Phông Tỉnh ủy, hồ sơ số 12, 1960.",
                   "Xem Nguyễn Văn A, Lịch sử, tr. 3; KLTTUNĐ, Phông Tỉnh ủy, hồ sơ số 14, 1961.")
    assert list(rows.archive_name) == ["Kho Lưu trữ Tỉnh ủy Nam Định"] * 2


def test_a_code_defined_between_commas_after_the_word_for_hereafter_names_the_archive_later():
    rows = rows_of("Una lettera lo conferma (Archivio di Stato di Xanadu, d'ora in poi ASX, Fondo Prefettura, b. 12, "
                   "marzo 1920).", "ASX, Fondo Prefettura, b. 13, 1921–1922.")
    assert list(rows.archive_name) == ["Archivio di Stato di Xanadu"] * 2


def test_a_malay_undated_document_has_no_date_of_its_own():
    rows = cite("Arkib Negeri Xanadu (selepas ini ANX), Fail Pejabat Daerah, PD/12, 3 Mac 1950.",
                "Ibid., surat jawapan, tanpa tarikh.").citations
    assert list(rows.date_start) == ["1950-03-03", ""]


def test_an_archive_named_in_a_spanish_sentence_with_its_holding_in_brackets_is_cited():
    rows = rows_of("El pleito consta en un expediente guardado en el Archivo Municipal de Xanadu (Pleitos, caja 12, "
                   "exp. 4, 1790), según el cual la cofradía perdió.")
    assert list(rows.archive_name) == ["Archivo Municipal de Xanadu"]
    assert list(rows.unit) == ["caja 12, exp. 4"]
    assert list(rows.date_start) == ["1790-01-01"]


def test_an_archive_named_in_a_vietnamese_sentence_with_its_holding_in_brackets_is_cited():
    rows = rows_of("Bản gốc được lưu tại Trung tâm Lưu trữ tỉnh Xanadu (Phông Tòa sứ, hộp 7, hồ sơ 3, tháng 5 năm 1930).")
    assert list(rows.archive_name) == ["Trung tâm Lưu trữ tỉnh Xanadu"]
    assert list(rows.date_start) == ["1930-05-01"]


def test_a_work_named_in_a_sentence_with_pages_in_brackets_is_no_archival_citation():
    assert rows_of("Die Zahlen stehen in der Chronik des Archivs Xanadu (Band 2, S. 45), die 1990 erschien.").empty


def test_german_ferner_leads_to_a_citation():
    rows = rows_of("Siehe Müller, Geschichte (Berlin 1990), S. 12; ferner BArch, R 43/1234, 1936–1937.")
    assert list(rows.archive) == ["BArch"]


def test_malay_lihat_leads_to_a_citation():
    rows = rows_of("Perkara ini dibincangkan dalam mesyuarat majlis; lihat TNA, CO 717/12, Mei–Jun 1930.")
    assert list(rows.archive) == ["TNA"]
    assert list(rows.date_start) == ["1930-05-01"]


def test_a_known_archive_in_brackets_after_a_sentence_ending_with_a_place_is_cited():
    rows = rows_of("The mission's officers reported the same losses to New York (JDC Archives, New York, AR 1933–1944, "
                   "file 12, Romania: Relief, 3 May 1940).")
    assert list(rows.archive) == ["JDCA"]
    assert list(rows.date_start) == ["1940-05-03"]


def test_the_vietnamese_tlđd_is_an_ibid():
    rows = cite("Kho Lưu trữ X (từ đây viết tắt là KLTX), Phông Y, hồ sơ số 7, 1950.", "Tlđd, tờ 3.").citations
    assert list(rows.kind) == ["archival", "ibid"]
    assert list(rows.ibid_of) == ["", "1:1"]


def test_a_vietnamese_leaf_after_an_ibid_is_a_page_not_a_unit():
    rows = cite("Kho Lưu trữ X (từ đây viết tắt là KLTX), Phông Y, hồ sơ số 7, 1950.", "Tlđd, tờ 3.").citations
    assert list(rows.unit) == ["hồ sơ số 7", "hồ sơ số 7"]


def test_an_italian_leaf_after_an_ibid_is_a_page_not_a_unit():
    rows = cite("Archivio di Stato di Xanadu (ASX), Prefettura, b. 12, fasc. 3, 1920.", "Ivi, cc. 4-6.").citations
    assert list(rows.unit) == ["b. 12, fasc. 3", "b. 12, fasc. 3"]
    assert rows.pages[1] == "cc. 4-6"


def test_a_new_units_number_after_an_ibid_is_no_year():
    rows = cite("Archivio di Stato di Xanadu (ASX), Prefettura, busta 1241, 1920.", "Ibid., busta 1242.").citations
    assert list(rows.unit) == ["busta 1241", "busta 1242"]
    assert list(rows.date_start) == ["1920-01-01", "1920-01-01"]


def test_a_day_after_an_ibids_new_unit_stays_its_date():
    rows = cite("ГАХО, Ф. 1, Оп. 2, Д. 3, 1920.", "Там же. Д. 46. Л. 3. 12 марта 1920 г.").citations
    assert rows.date_start[1] == "1920-03-12"


def test_a_word_before_a_span_of_years_is_no_unit():
    rows = rows_of("Archiwum Państwowe w Xanadu (APX), Starostwo, sygn. 12, lata 1921–1925.")
    assert list(rows.unit) == ["sygn. 12"]
    assert list(rows.date_start) == ["1921-01-01"]


def test_an_authors_name_before_tlđd_repeats_the_authors_work_not_the_last_citation():
    rows = cite("Nguyễn Văn A, Lịch sử đê điều, Nxb. Khoa học, Hà Nội, 2001, tr. 3.",
                "Kho Lưu trữ X (từ đây viết tắt là KLTX), Phông Y, hồ sơ số 7, 1950.",
                "Nguyễn Văn A, Tlđd, tr. 20.").citations
    assert rows.kind[2] == "literature"
