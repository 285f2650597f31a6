"""Archival citations read by their shape (generality round 6, in-sample): an archive the authority lacks spelt out
in brackets after a sentence, such a citation ending in a month and year, an Ibid. naming its own file and date, a
leaf alone after an Ibid., the fond words `fondo` and `fundo`, and the words of Thai, Persian, Belarusian and Welsh
citations; each on invented input."""

from conftest import cite


def rows_of(*texts):
    rows = cite(*texts).citations
    return rows[rows.kind == "archival"].reset_index(drop=True)


def test_an_unknown_archive_spelt_out_in_brackets_after_a_sentence_is_cited():
    rows = rows_of("Los vecinos protestaron (Archivo Municipal de Tepic, Tepic, fondo Cabildo, caja 12, exp. 4, "
                   "marzo de 1890).")
    assert list(rows.archive_name) == ["Archivo Municipal de Tepic"]
    assert list(rows.date_start) == ["1890-03-01"]


def test_a_sentence_with_brackets_that_name_no_archive_stays_commentary():
    rows = cite("The council met twice (in March and in May 1890).").citations
    assert list(rows.kind) == ["unparsed"] or rows.empty


def test_an_unknown_archive_first_dated_by_a_month_and_year_is_no_book():
    rows = rows_of("Dorset Regional Archives, Lot 7, file 21, October 1931.")
    assert list(rows.archive_name) == ["Dorset Regional Archives"]
    assert list(rows.date_precision) == ["month"]


def test_a_book_by_an_institution_whose_name_says_archives_stays_literature():
    kinds = list(cite("Dorset Regional Archives, A Guide to the Records (Dorchester, 1960), p. 4.").citations.kind)
    assert kinds == ["literature"]


def test_an_ibid_naming_its_own_file_and_date_takes_them_with_the_fond_repeated():
    rows = cite("Archivo Municipal de Tepic (en adelante AMT), fondo Cabildo, caja 12, exp. 4, informe, 1890.",
                "Ibídem, caja 30, exp. 9, 2 de mayo de 1891.").citations
    ibid = rows.iloc[1]
    assert (ibid.kind, ibid.fond, ibid.unit, ibid.date_start, ibid.ibid_of) == \
        ("ibid", "Cabildo", "caja 30, exp. 9", "1891-05-02", "1:1")


def test_fondo_and_fundo_are_fond_words_dropped_from_the_fond():
    rows = rows_of("Archivo Municipal de Tepic (en adelante AMT), fondo Cabildo, caja 12, exp. 4, 3 de mayo de 1890.",
                   "Arquivo Municipal de Santos (doravante AMS), fundo Câmara, cx. 3, doc. 8, 4 de maio de 1891.")
    assert list(rows.fond) == ["Cabildo", "Câmara"]


def test_a_leaf_alone_after_an_ibid_keeps_the_file_of_the_citation_repeated():
    rows = cite("Державний архів Сумської області (далі – ДАСО), ф. 5, оп. 2, спр. 7, арк. 3, лист, 4 травня 1925 р.",
                "Там само, арк. 9.").citations
    assert list(rows.unit) == ["оп. 2, спр. 7", "оп. 2, спр. 7"]
    assert list(rows.pages) == ["арк. 3", "арк. 9"]


def test_a_belarusian_archive_defined_with_dalei_is_learned():
    rows = rows_of("Дзяржаўны архіў Магілёўскай вобласці (далей – ДАМВ), ф. 12, воп. 3, спр. 4, ліст, 1925 г.",
                   "ДАМВ, ф. 12, воп. 3, спр. 9, ліст, 1926 г.")
    assert list(rows.archive) == ["ДАМВ", "ДАМВ"]


def test_a_thai_archive_its_code_and_its_ibid():
    rows = cite("หอจดหมายเหตุจังหวัดสงขลา (ต่อไปจะเรียกว่า หจส.), กล่อง 4, แฟ้ม 2, รายงาน, 4 มิถุนายน พ.ศ. 2481.",
                "เรื่องเดียวกัน, แฟ้ม 3.").citations
    assert list(rows.kind) == ["archival", "ibid"]
    assert list(rows.archive) == ["หจส.", "หจส."]
    assert rows.iloc[0]["date_start"] == "1938-06-04"


def test_a_persian_archive_defined_with_az_in_pas():
    rows = rows_of("مرکز اسناد ملی تبریز (از این پس: ماتب)، کارتن 4، پرونده 7، گزارش، 9 اکتبر 1951.",
                   "ماتب، کارتن 5، پرونده 2، نامه، 3 آذر 1320 (24 نوامبر 1941).")
    assert list(rows.archive) == ["ماتب", "ماتب"]
    assert list(rows.date_start) == ["1951-10-09", "1941-11-24"]


def test_welsh_box_and_item_words_after_an_archive():
    rows = rows_of("Archifau Sir Fôn, Papurau'r Plwyf, bocs 4, eitem 9, llythyr, 1901.")
    assert list(rows.archive_name) == ["Archifau Sir Fôn"]
    assert rows.iloc[0]["unit"] == "bocs 4, eitem 9"


def test_an_institute_of_manuscripts_with_initials_in_its_long_name_is_an_archive():
    rows = rows_of("Інститут рукопису Національної бібліотеки України імені В. І. Вернадського, ф. 3, оп. 1, спр. 44, "
                   "лист, 5 травня 1919 р.")
    assert list(rows.archive_name) == ["Інститут рукопису Національної бібліотеки України імені В. І. Вернадського"]


def test_a_russian_documentation_centre_defined_with_dalee_is_learned():
    rows = rows_of("Центр документации новейшей истории Томской области (далее – ЦДНИ ТО), ф. 4, оп. 2, д. 8, "
                   "протокол, 1924 г.", "ЦДНИ ТО, ф. 4, оп. 2, д. 9, письмо, 1925 г.")
    assert list(rows.archive) == ["ЦДНИ ТО", "ЦДНИ ТО"]


def test_an_ibid_with_another_calendars_date_before_the_gregorian_in_brackets_keeps_its_units():
    rows = cite("مرکز اسناد ملی تبریز (از این پس: ماتب)، کارتن 4، پرونده 7، گزارش، 9 اکتبر 1951.",
                "همان، کارتن 8، پرونده 3، 2 دی 1320 (23 دسامبر 1941).").citations
    ibid = rows.iloc[1]
    assert (ibid.kind, ibid.unit, ibid.date_start) == ("ibid", "کارتن 8, پرونده 3", "1941-12-23")


def test_the_same_name_defined_again_in_another_town_under_another_code_is_another_archive():
    rows = rows_of("Regional Records Office, Lagos (hereafter RRO), box 4, file 2, minute, 3 May 1920.",
                   "Regional Records Office, Ibadan (hereafter RRO-I), box 7, file 1, minute, 4 May 1921.",
                   "RRO-I, box 8, file 3, letter, 5 June 1922.")
    assert list(rows.archive) == ["RRO", "RRO-I", "RRO-I"]


def test_a_department_named_only_by_what_it_is_keeps_the_institution_before_it():
    rows = rows_of("University of Aberdeen Library, Special Collections (hereafter UAL), MS 3021, box 2, letter, 1901.",
                   "UAL, MS 3021, box 3, letter, 1902.")
    assert list(rows.archive_name) == ["University of Aberdeen Library, Special Collections"] * 2


def test_an_authority_archive_defined_with_its_town_in_another_language_keeps_its_code():
    rows = rows_of("Archivio Storico Diplomatico, Rome (henceforth XSD), Affari Politici, b. 4, report, 3 May 1937.")
    assert list(rows.archive) == ["ASMAE"]


def test_the_town_an_unknown_archive_is_named_after_is_no_fond():
    rows = rows_of("The council met (Sligo County Archives, Sligo, Sligo Corporation, box 3, item 4, May 1911).")
    assert (rows.iloc[0]["fond"], rows.iloc[0]["unit"]) == ("Sligo Corporation", "box 3, item 4")


def test_a_leaf_alone_after_an_ibid_in_french_thai_and_persian_keeps_the_file():
    for first, again in [("Archives municipales de Dole (ci-après AMD), 3 D 4, liasse 2, pièce 7, lettre, 4 mai 1901.",
                          "Ibid., f° 9."),
                         ("หอจดหมายเหตุจังหวัดสงขลา (ต่อไปจะเรียกว่า หจส.), กล่อง 4, แฟ้ม 2, รายงาน, 4 มิถุนายน พ.ศ. 2481.",
                          "เรื่องเดียวกัน, แผ่นที่ 9."),
                         ("مرکز اسناد ملی تبریز (از این پس: ماتب)، کارتن 4، پرونده 7، گزارش، 9 اکتبر 1951.", "همان، برگ 9.")]:
        rows = cite(first, again).citations
        assert rows.iloc[1]["unit"] == rows.iloc[0]["unit"] != ""


def test_idem_ibidem_is_an_ibid_and_its_units_are_its_own_file():
    rows = cite("Arquivo Municipal de Santos (doravante AMS), fundo Câmara, cx. 3, doc. 8, ofício, 4 de maio de 1891.",
                "Idem, ibidem, cx. 9, doc. 2, 7 de junho de 1892.").citations
    assert (rows.iloc[1]["kind"], rows.iloc[1]["unit"], rows.iloc[1]["date_start"]) == ("ibid", "cx. 9, doc. 2", "1892-06-07")


def test_a_cyrillic_code_defined_after_a_known_archive_and_its_town_is_no_fond():
    rows = rows_of("Нацыянальны гістарычны архіў Беларусі, Мінск (далей – НГАБ), ф. 24, воп. 1, спр. 5, ліст, 1901 г.")
    assert (rows.iloc[0]["fond"], rows.iloc[0]["unit"]) == ("24", "воп. 1, спр. 5")


def test_a_document_said_to_lie_in_the_same_box_is_another_document_of_that_holding():
    rows = rows_of("Report, 2 May 1962, box 14, Staff Files, JFKL; letter, Rusk to Bundy, n.d., same box.")
    assert len(rows) == 2
    assert (rows.iloc[1]["archive"], rows.iloc[1]["unit"], rows.iloc[1]["date_start"], rows.iloc[1]["title"]) == \
        (rows.iloc[0]["archive"], rows.iloc[0]["unit"], "", "letter")


def test_same_box_in_a_note_without_a_citation_before_it_cites_nothing():
    assert rows_of("The letter of 3 May is filed elsewhere, same box.").empty
