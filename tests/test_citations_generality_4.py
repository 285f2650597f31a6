"""Citation patterns left after the second round of blind fixtures (issue 12): an unlisted code before a French
cote, a series with a slash or a keyed box; an unlisted archive named in full with its town; a mixed-case
code defined in brackets; and the other patterns of the third pass, each on invented input."""

from conftest import cite, one_citation

from histkit.citations.holdings import is_unit_token
from histkit.citations.shelfmarks import is_shelfmark


def rows_of(*texts):
    return cite(*texts).citations


def test_an_unlisted_code_before_a_french_cote_is_an_archive():
    row = one_citation("ADX, 4 M 118, rapport du préfet, 9.7.1851.")
    assert (row["kind"], row["archive"], row["fond"], row["unit"], row["date_start"]) == \
        ("archival", "ADX", "4 M", "118", "1851-07-09")


def test_a_spaced_roman_series_letter_is_a_cote_not_a_roman_fond():
    row = one_citation("AMQ, 3 I 17, 2.4.1793.")
    assert (row["fond"], row["unit"]) == ("3 I", "17")


def test_an_unlisted_code_before_letters_a_slash_and_a_number_is_an_archive():
    row = one_citation("SBX, KR/4, 118/52, 7.11.1952.")
    assert (row["kind"], row["archive"], row["fond"], row["date_start"]) == ("archival", "SBX", "KR/4", "1952-11-07")


def test_an_unlisted_code_before_a_keyed_box_is_an_archive():
    row = one_citation("KVA, kart. 7, dopis, 3. 2. 1948.")
    assert (row["kind"], row["archive"], row["unit"]) == ("archival", "KVA", "kart. 7")


def test_a_journal_or_newspaper_number_after_a_code_is_no_shelfmark():
    assert [is_shelfmark(t) for t in ("vol. 45", "Nr. 12", "no. 3", "45/3", "45 (1990)", "S. 12")] == [False] * 6
    assert one_citation("ZfG, Nr. 45, 3.5.1990.")["kind"] != "archival"


def test_an_unlisted_archive_named_with_its_town_opens_a_citation():
    row = one_citation("Archiwum Parafii Zielonki, Kraków, AP/3/12, księga chrztów, 1901–1910.")
    assert (row["kind"], row["archive_name"], row["date_start"], row["date_end"]) == \
        ("archival", "Archiwum Parafii Zielonki", "1901-01-01", "1910-12-31")


def test_a_town_of_several_words_with_particles_is_passed_over():
    row = one_citation("Arquivo Municipal, Ponte de Lima, Câmara Municipal, caixa 12, 1888.")
    assert (row["archive_name"], row["fond"], row["unit"]) == ("Arquivo Municipal", "Câmara Municipal", "caixa 12")


def test_an_archive_word_inside_a_compound_names_an_unlisted_archive():
    row = one_citation("Kreisarchiv Beispielstadt, Bestand 12, Nr. 45, Bericht, 3.4.1950.")
    assert (row["kind"], row["archive_name"], row["date_start"]) == ("archival", "Kreisarchiv Beispielstadt", "1950-04-03")


def test_a_publishers_name_between_a_town_and_a_year_is_no_archive():
    row = one_citation("Voce di X, in Dizionario, vol. 8, Milano, Istituto Editoriale, 2001, pp. 4-6.")
    assert row["kind"] != "archival"


def test_a_mixed_case_code_with_a_hyphen_defined_in_brackets_holds_for_later_notes():
    rows = rows_of("Landesarchiv Musterland (LA-M), 4711 Kreisleitung (1946–1952), Nr. II/3/4, Bericht vom 2. Mai 1950.",
                   "LA-M, 4711, Nr. II/3/5.")
    assert list(rows["kind"]) == ["archival", "archival"]
    assert rows.loc[1, "archive_name"] == "Landesarchiv Musterland"
    assert rows.loc[0, "date_start"] == "1950-05-02"


def test_a_no_date_mark_is_no_unit():
    assert not is_unit_token("s.d") and not is_unit_token("s.d.") and is_unit_token("s. 12")


def test_a_portuguese_tin_box_and_a_finnish_folder_are_units():
    assert is_unit_token("lata 45") and is_unit_token("kansio 12")


def test_a_second_box_after_a_slash_is_another_document_of_the_archive():
    rows = rows_of("Archives de la Société X, Lille (ci-après ASX), Direction, carton 3/7, 1890 / carton 9/2, 1895.")
    assert list(rows["unit"]) == ["carton 3/7", "carton 9/2"]
    assert list(rows["date_start"]) == ["1890-01-01", "1895-01-01"]
    assert rows.loc[1, "archive_name"] == "Archives de la Société X"


def test_a_second_signature_numbered_as_a_date_after_a_semicolon_is_another_document():
    rows = rows_of("QRS, Arquivo Pedro Lima, PL cr 1921.03.04, carta, 4 de março de 1921; PL cr 1921.05.06, 6 de maio de 1921.")
    assert list(rows["kind"]) == ["archival", "archival"]
    assert list(rows["unit"]) == ["PL cr 1921.03.04", "PL cr 1921.05.06"]
    assert rows.loc[1, "date_start"] == "1921-05-06"


def test_a_code_before_a_papers_archive_is_the_archive_and_the_papers_its_fond():
    row = one_citation("XYZ, Archiv Müller, Nr. 45, Brief, 3.4.1950.")
    assert (row["archive"], row["fond"], row["unit"]) == ("XYZ", "Archiv Müller", "Nr. 45")


def test_a_unit_word_is_no_prefix_of_a_longer_word():
    assert not is_unit_token("Aktennotiz vom 12. Mai") and is_unit_token("Akte 12") and is_unit_token("boxes 3-4")
    row = one_citation("Firmenarchiv Beispiel, Essen (im Folgenden: FBE), 12/Ab 34, Aktenvermerk vom 3. Mai 1955.")
    assert (row["date_start"], row["title"]) == ("1955-05-03", "Aktenvermerk vom 3. Mai 1955")


def test_a_bare_year_after_the_series_dates_the_document_when_nothing_else_does():
    row = one_citation("ASV, Segr. Brevi, 1931, rubr. 4, fasc. 2.")
    assert (row["fond"], row["date_start"], row["date_end"]) == ("Segr. Brevi", "1931-01-01", "1931-12-31")
    assert row["unit"] == "rubr. 4, fasc. 2"


def test_an_unlisted_code_before_a_dotted_series_number_and_a_no_date_mark_is_an_archive():
    row = one_citation("AOPX, XII.4471, s.d.")
    assert (row["kind"], row["archive"], row["fond"], row["date_start"]) == ("archival", "AOPX", "XII.4471", "")


def test_a_russian_dotted_citation_keeps_the_date_of_the_description_after_its_leaves():
    row = one_citation("ГАРФ. Ф. 5446. Оп. 1. Д. 77. Л. 3. Записка наркома от 4 марта 1940 г.")
    assert (row["unit"], row["pages"], row["date_start"]) == ("Оп. 1, Д. 77", "Л. 3", "1940-03-04")


def test_a_danish_see_also_after_a_book_opens_a_new_citation():
    rows = rows_of("Jens Hansen, En bog (Odense: Forlag, 1999), 12. Se også TNA, FO 371/1, minute, 3 May 1950.")
    assert list(rows["kind"]) == ["literature", "archival"]
    assert rows.loc[1, "date_start"] == "1950-05-03"


def test_a_finnish_see_also_after_a_book_opens_a_new_citation():
    rows = rows_of("Matti Virtanen, Kirja (Helsinki: Otava, 1999), 12. Ks. myös TNA, FO 371/1, minute, 3 May 1950.")
    assert list(rows["kind"]) == ["literature", "archival"]


def test_a_numbered_and_lettered_series_then_a_keyed_unit_after_a_semicolon_is_another_document():
    rows = rows_of("Kansallisarkisto X (KAX), 4 B, kansio 2, raportti 3.3.1950; 9 C, kansio 7, 1951–1953.")
    assert list(rows["kind"]) == ["archival", "archival"]
    assert (rows.loc[1, "archive"], rows.loc[1, "date_start"], rows.loc[1, "date_end"]) == ("KAX", "1951-01-01", "1953-12-31")


def test_an_archive_word_is_found_in_capitals_and_in_small_letters_of_another_script():
    from histkit.citations.words import archive_word

    found = [bool(archive_word().search(text)) for text in ("BUNDESARCHIV, R 43", "Tom Segev, Title", "у державному архіві")]
    assert found == [True, False, True]
