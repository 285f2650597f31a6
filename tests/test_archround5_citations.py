"""Archival citations read by their shape (generality round 5, in-sample): definitions in full-width brackets and with
Hebrew acronyms, the town before a code in a script without capitals, a second document whose shelfmark has a Roman
numeral or a split number, and a department cited after the national archive that holds it; each on invented input."""

from conftest import cite


def rows_of(*texts):
    rows = cite(*texts).citations
    return rows[rows.kind == "archival"].reset_index(drop=True)


def test_a_code_defined_in_full_width_brackets_is_the_archive_and_not_the_fond():
    rows = rows_of("臺灣省諮議會檔案館（以下簡稱文獻會），《民政廳檔案》，檔號0040/12，民國四十年五月。",
                   "文獻會，《民政廳檔案》，檔號0040/13，民國四十一年。")
    assert list(rows.archive) == ["文獻會", "文獻會"]
    assert rows.iloc[0]["fond"] != "" and "以下" not in rows.iloc[0]["fond"]


def test_a_hebrew_acronym_after_hereafter_and_a_town_defines_the_archive():
    rows = rows_of('ארכיון הציוני המרכזי, ירושלים (להלן: אצ"מ), תיק 25/1234, 5 בינואר 1946.',
                   'אצ"מ, תיק 25/1240, 9 ביוני 1946.')
    assert list(rows.archive) == ['אצ"מ', 'אצ"מ']
    assert list(rows.date_start) == ["1946-01-05", "1946-06-09"]


def test_a_second_document_after_a_semicolon_with_a_roman_series_shelfmark():
    rows = rows_of("Riksarkivet, Kommerskollegium, Huvudarkivet, D III:12, skrivelse 4 maj 1921; D III:13, odaterad.")
    assert list(rows.unit) == ["D III:12", "D III:13"]
    assert list(rows.date_start) == ["1921-05-04", ""]


def test_a_second_document_after_a_semicolon_with_a_press_shelf_and_volume():
    rows = rows_of("Biblioteca Nacional de Portugal (doravante BNP), 51-VI-7, carta de 2 de abril de 1655; 51-VI-8, s/d.")
    assert len(rows) == 2
    assert rows.iloc[1]["unit"].startswith("51-VI-8")


def test_a_department_after_its_national_archive_is_the_archive():
    rows = rows_of("ÖStA, HHStA, Staatskanzlei, Karton 3, 4. März 1820.")
    assert list(rows.archive) == ["HHStA"]


def test_a_department_the_article_defines_after_its_national_archive_is_the_archive():
    rows = rows_of("ÖStA, Finanzarchiv (FA), Hofkammer, Karton 7, 1790.", "ÖStA, FA, Hofkammer, Karton 8, 1791.")
    assert list(rows.archive) == ["FA", "FA"]


def test_a_national_archive_followed_by_a_fond_stays_the_archive():
    rows = rows_of("ÖStA, Staatskanzlei, Karton 3, 4. März 1820.")
    assert list(rows.archive) == ["ÖStA"]


def test_a_known_name_with_commas_before_a_defined_code_is_the_known_archive():
    rows = rows_of("Segreteria di Stato, Sezione per i Rapporti con gli Stati, Archivio Storico (d'ora in avanti SRS), "
                   "AA.EE.SS., Polonia, pos. 12, 3 marzo 1930.", "SRS, AA.EE.SS., Polonia, pos. 13, 1931.")
    assert list(rows.archive) == ["ASRS", "ASRS"]



def test_danish_og_and_polish_oraz_join_a_second_document_with_its_own_date():
    rows = rows_of("Rigsarkivet, Udenrigsministeriet, pk. 12, marts 1940, og pk. 13, u.d.")
    assert list(rows.unit) == ["pk. 12", "pk. 13"]
    assert list(rows.date_start) == ["1940-03-01", ""]
    rows = rows_of("AAN, KC PZPR, sygn. 14, b.d., oraz sygn. 15, 3 V 1951.")
    assert len(rows) == 2 and list(rows.date_start) == ["", "1951-05-03"]


def test_an_unlisted_archive_whose_name_opens_with_a_turkish_capital_and_a_court_register():
    rows = rows_of("İzmir Şer'iyye Sicilleri Arşivi, Kemeraltı Mahkemesi, Sicil 44, 5 Mart 1850.")
    assert list(rows.archive) == ["İzmir Şer'iyye Sicilleri Arşivi"]
    assert rows.iloc[0]["date_start"] == "1850-03-05"
