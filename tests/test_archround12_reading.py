"""Archival round 12 read in-sample: a list of codes with words among them, an undated document after a semicolon,
the same signature written before each of two numbers."""

from conftest import cite


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    rows = cite(*texts).citations
    rows = rows[rows.kind == "archival"]
    return [(r.note_no, r.archive_name, r.unit or r.fond, r.date_start) for r in rows.itertuples()]


def test_a_list_of_codes_that_also_explains_a_capitalised_word_abbreviation_defines_the_codes():
    rows = _rows("Abbreviations: QSA, Queensland State Archives, Brisbane; NLW, National Library of Wales, Aberystwyth; "
                 "F., Fasli year; ME, Malayalam Era.", "QSA, Cover Files, No. 12045, 1923.")
    assert [name for _, name, _, _ in rows] == ["Queensland State Archives"]


def test_an_undated_file_after_a_semicolon_is_another_document_of_the_same_archive():
    rows = _rows("Imperial War Museum (IWM), Sound Archive, 12350, recorded 14 June 1976; 12351, undated.")
    assert [(unit, date) for _, _, unit, date in rows][-1][1] == ""
    assert len(rows) == 2 and "12351" in rows[1][2]


def test_a_long_remark_saying_undated_after_a_citation_cites_nothing_more():
    rows = _rows("Imperial War Museum (IWM), Sound Archive, 12350, 14 June 1976; 12 more recordings of the series "
                 "survive there, all of them undated.")
    assert len(rows) == 1


def test_the_same_signature_before_each_of_two_numbers_cites_two_files():
    rows = _rows("Historisches Archiv X (HAX), K1/1240 und K1/1241, beide von 1931.")
    assert [unit for _, _, unit, _ in rows] == ["1240", "1241"]  # (fond K1)
    assert {date for _, _, _, date in rows} == {"1931-01-01"}


def test_the_same_word_before_two_numbers_of_one_date_is_no_pair_of_files():
    rows = _rows("Báo cáo, ngày 5 và ngày 19 tháng 9 năm 1930 (TTLTQG I, Phông Phủ Thống sứ Bắc Kỳ, hồ sơ 1301).")
    assert len(rows) == 1


def test_the_same_page_mark_before_two_numbers_is_one_document():
    assert len(_rows("The National Archives (TNA), FO 371/1234, minute, 4 June 1921, p. 3 and p. 4.")) == 1


def test_a_word_qualifying_a_lead_word_is_left_out_with_it():
    rows = _rows("Rosa, Settecento religioso, cit., p. 70; cfr. inoltre Biblioteca Apostolica Vaticana (BAV), Arch. Cap. "
                 "S. Pietro, H 45, 14 luglio 1745.")
    assert [(name, date) for _, name, _, date in rows] == [("Biblioteca Apostolica Vaticana", "1745-07-14")]


def test_and_also_opens_another_citation_after_a_literature_one():
    rows = _rows("Cf. Ricci, op. cit., p. 21; e também Arquivo Público do Estado do Pará, Secretaria da Presidência, "
                 "códice 1131, doc. 2, 25-IX-1836.")
    assert [(name, date) for _, name, _, date in rows] == [("Arquivo Público do Estado do Pará", "1836-09-25")]


def test_a_library_in_a_language_of_its_own_holds_manuscripts():
    rows = _rows("Süleymaniye Yazma Eser Kütüphanesi, Esad Efendi, nr. 3712, vr. 45a-48b.")
    assert [name for _, name, _, _ in rows] == ["Süleymaniye Yazma Eser Kütüphanesi"]


def test_a_short_sentence_saying_at_which_known_archive_the_papers_are():
    rows = _rows("The expedition's logs are at the National Maritime Museum, Greenwich (hereafter NMM), LOG/N/A/45, "
                 "September–November 1927.")
    assert [(name, date) for _, name, _, date in rows] == [("National Maritime Museum", "1927-09-01")]


def test_a_long_sentence_naming_a_known_archive_after_in_is_left_to_the_other_readers():
    # (it also cites a book; read as one archival citation, the book's year became the document's date)
    rows = _rows("zur Haltung der Industrie vgl. die Eingaben des Ost-Ausschusses der Deutschen Wirtschaft vom Sommer "
                 "1957 in National Maritime Museum, B 42, sowie die Darstellung bei Heinrich End, Außenpolitik, Köln 1973.")
    assert "1973-01-01" not in [date for _, _, _, date in rows]


def test_the_kazakh_word_for_the_same_before_a_level_cites_another_file_there():
    rows = _rows("Қарағанды облысының мемлекеттік архиві (бұдан әрі – ҚОМА), 74-қор, 1-тізбе, 52-іс, 1931 ж.; сол тізбе, "
                 "53-іс, күні көрсетілмеген.")
    assert len(rows) == 2 and "53-іс" in rows[1][2]
