"""Citation patterns of articles histkit had not seen (issue 12): abbreviations an article defines,
several documents in one citation, lead words after a sentence, and the word lists of more languages."""

from conftest import cite

from histkit.citations.words import WORD_FILES, word_rows


def rows_of(*texts):
    return cite(*texts).citations


def test_a_code_defined_after_the_archives_name_and_town_is_read_in_later_notes():
    rows = rows_of("Landesarchiv Nordrhein, Duisburg (hereafter LAN), Bestand 12, Nr. 4, 3 May 1950.",
                   "LAN, Bestand 13, Nr. 5.")
    assert rows.loc[1, "kind"] == "archival"
    assert rows.loc[1, "archive_name"] == "Landesarchiv Nordrhein"


def test_a_hereafter_word_of_another_language_defines_a_code():
    rows = rows_of("Archivo Regional de Cantabria, Santander (en adelante ARC), leg. 12, 3 de mayo de 1950.",
                   "ARC, leg. 14.")
    assert rows.loc[1, "archive"] == "ARC"
    assert rows.loc[1, "archive_name"] == "Archivo Regional de Cantabria"


def test_a_list_of_code_equals_name_gives_no_row_and_teaches_the_codes():
    rows = rows_of("Abkürzungen: LAB = Landesarchiv Berlin; KAK = Kreisarchiv Kleve.", "KAK, Nr. 45, 3. Mai 1921.")
    assert rows.note_no.tolist() == ["2"]
    assert rows.loc[0, "archive_name"] == "Kreisarchiv Kleve"


def test_a_documents_own_definition_wins_over_the_authority_files_code():
    rows = rows_of("Archiwum Narodowe w Krakowie (dalej: AN), 29/33, sygn. 12.", "AN, 29/33, sygn. 13.")
    assert rows.loc[1, "archive_name"] == "Archiwum Narodowe w Krakowie"


def test_a_definition_after_a_double_slash_names_only_the_archive():
    rows = rows_of("Записка, 3 мая 1950 г. // Государственный архив Тверской области (далее – ГАТО). Ф. 12. Оп. 1. Д. 5.",
                   "ГАТО. Ф. 13. Оп. 2. Д. 6.")
    assert rows.loc[1, "archive_name"] == "Государственный архив Тверской области"


def test_a_known_archive_named_at_the_end_of_a_sentence_keeps_its_own_name():
    rows = rows_of("The minutes are kept in Arhiv Jugoslavije (AJ), 507, IX, 1/1.", "AJ, 507, IX, 1/2.")
    assert rows.archive_name.tolist()[-1] == "Arhiv Jugoslavije"


def test_two_documents_joined_by_and_are_two_rows_with_their_own_dates():
    rows = rows_of("TNA, FO 371/1000, letter of 3 May 1950, and FO 371/1001, minute of 9 June 1951.")
    assert rows[["archive", "unit", "date_start"]].values.tolist() == [["TNA", "1000", "1950-05-03"],
                                                                       ["TNA", "1001", "1951-06-09"]]


def test_a_second_document_after_a_slash_keeps_the_fond_and_changes_the_box():
    rows = rows_of("AJ, 507, IX, kut. 3, 4. 5. 1950 / kut. 4, 6. 7. 1951.")
    assert rows[["fond", "unit", "date_start"]].values.tolist() == [["507", "kut. 3", "1950-05-04"],
                                                                    ["507", "kut. 4", "1951-07-06"]]


def test_an_undated_second_document_does_not_take_the_first_ones_date():
    rows = rows_of("TNA, FO 371/1000, letter of 3 May 1950, and FO 371/1001.")
    assert rows.date_start.tolist() == ["1950-05-03", ""]


def test_a_sentence_with_a_lead_word_after_a_few_words_starts_a_new_citation():
    rows = rows_of("TNA, FO 371/1000, 3 May 1950. On the Yugoslav reply, see AJ, 507, IX, 1/2.")
    assert rows.archive.tolist() == ["TNA", "AJ"]
    assert rows.loc[0, "date_start"] == "1950-05-03"


def test_a_see_also_of_another_language_after_a_full_stop_starts_a_new_citation():
    rows = rows_of("AJ, 507, IX, 1/1. Zie ook TNA, FO 371/5.")
    assert rows.archive.tolist() == ["AJ", "TNA"]


def test_ibid_words_of_more_languages_repeat_the_citation_before():
    rows = rows_of("AJ, 507, IX, 1/1.", "Ten pat, l. 5.")
    assert rows.loc[1, ["kind", "ibid_of", "pages"]].tolist() == ["ibid", "1:1", "l. 5"]


def test_a_unit_word_of_the_word_list_is_read_as_a_unit():
    rows = rows_of("AJ, 507, kart. 12, 3. 5. 1950.")
    assert rows.loc[0, "unit"] == "kart. 12"


def test_every_word_list_has_a_header_and_forms():
    assert all(word_rows(name) for name in WORD_FILES)


def test_a_fonds_lifespan_is_left_out_of_its_name_and_is_not_the_date():
    rows = rows_of("AJ, fond Ministarstvo prosvete (1918–1941), kut. 12.")
    assert rows.loc[0, ["fond", "date_start"]].tolist() == ["Ministarstvo prosvete", ""]
