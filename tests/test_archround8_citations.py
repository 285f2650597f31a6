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
    assert rows.unit[1] == "CO/SEC/4/13"


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
