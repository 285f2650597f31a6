"""Two documents in one citation, read by their shape (rounds 1-4 of the blind fixtures, in-sample): a word for
"and" before another archive; a Russian-style fond after a semicolon; the words for "held in" and the capitals of
any script, read from data; each on invented input."""

import re

from conftest import cite, one_citation

from histkit.citations.definitions import _EQUALS
from histkit.citations.locate import _HELD_IN
from histkit.citations.words import CAPITAL, forms


def rows_of(*texts):
    rows = cite(*texts).citations
    return rows[rows.kind == "archival"]


def test_and_before_a_known_archive_opens_its_citation():
    rows = rows_of("ANOM, GGA 3 H 12, et ANS, 13 G 77, mars 1931.")
    assert list(rows.archive) == ["ANOM", "ANS"]
    assert (rows.iloc[1]["fond"], rows.iloc[1]["unit"]) == ("13 G", "77")
    assert list(rows.date_start) == ["", "1931-03-01"]


def test_and_before_an_unlisted_archive_named_with_an_archive_word_opens_its_citation():
    rows = rows_of("Landeskirchliches Archiv Kassel (LKAK), 4/117, 3. Mai 1911, und Archiv der Brüdergemeine, "
                   "Herrnhut (ABH), R 15.3, 1911.")
    assert [a for a in rows.archive] == ["LKAK", "Archiv der Brüdergemeine"]
    assert list(rows.date_start) == ["1911-05-03", "1911-01-01"]


def test_armenian_as_well_as_joins_a_second_archive_with_its_own_date():
    rows = rows_of("Մատենադարան, Ներսիսյան դիվան, թղթ. 12, վավ. 3, 1911 թ., ինչպես նաև Մատենադարան, "
                   "Կաթողիկոսական դիվան, թղթ. 40, 1912 թ. հունիս։")
    assert len(rows) == 2
    assert list(rows.date_start) == ["1911-01-01", "1912-06-01"]
    assert list(rows.date_precision) == ["year", "month"]


def test_a_fond_after_a_semicolon_in_russian_style_is_another_fond_of_the_archive():
    rows = rows_of("ГАРФ. Ф. 5446. Оп. 2. Д. 17. Л. 3–4. 12.05.1939; Ф. 9401. Оп. 1. Д. 88. Л. 7. 03.02.1940.")
    assert list(zip(rows.fond, rows.unit)) == [("5446", "Оп. 2, Д. 17"), ("9401", "Оп. 1, Д. 88")]
    assert list(rows.date_start) == ["1939-05-12", "1940-02-03"]


def test_a_date_after_the_leaves_in_russian_style_is_the_documents_not_its_pages():
    row = one_citation("ГАРФ. Ф. 5446. Оп. 2. Д. 17. Л. 3–4. 12.05.1939.")
    assert (row["date_start"], row["pages"]) == ("1939-05-12", "Л. 3–4")


def test_a_year_after_a_verso_leaf_in_russian_style_is_the_documents():
    row = one_citation("ГАРФ. Ф. 5446. Оп. 2. Д. 17. Л. 9 об. 1939 г.")
    assert (row["date_start"], row["date_end"]) == ("1939-01-01", "1939-12-31")


def test_a_see_also_after_a_years_short_word_opens_a_reference():
    rows = cite("ГАРФ. Ф. 5446. Оп. 2. Д. 17. Л. 3. 1939–1940 гг. Подробнее см.: Иванов И. И. Книга. М., 2001. "
                "С. 5.").citations
    assert list(rows.kind) == ["archival", "literature"]
    assert rows.iloc[0]["date_end"] == "1940-12-31"


def test_the_words_for_held_in_are_data_in_several_languages():
    assert {"in", "im", "dans", "w", "в"} <= set(forms("held_in_words.csv"))
    assert _HELD_IN.match("Kopia w Archiwum Akt Nowych") is not None
    assert _HELD_IN.match("Kopia w archiwum") is None  # the archive's name opens with a capital


def test_the_capitals_of_any_cased_script_open_a_name():
    capital = re.compile(f"[{CAPITAL}]")
    assert [bool(capital.match(c)) for c in "AÉΣЖԱ"] == [True] * 5
    assert [bool(capital.match(c)) for c in "aσжաა1"] == [False] * 6  # (Georgian Mkhedruli has no capitals)


def test_a_list_entry_code_may_have_a_second_word_in_a_greek_or_armenian_capital():
    assert _EQUALS.search("ΓΑ Κ = Γενικά Αρχεία του Κράτους;").group("abbr") == "ΓΑ Κ"
    assert _EQUALS.search("ՀԱԱ Ե = Հայաստանի ազգային արխիվ;").group("abbr") == "ՀԱԱ Ե"


def test_an_armenian_year_with_its_word_ending_a_citation_is_its_date_not_a_leaf():
    row = one_citation("Մատենադարան, Ներսիսյան դիվան, թղթ. 12, վավ. 3, 1911 թ.")
    assert (row["unit"], row["date_start"], row["date_end"]) == ("թղթ. 12, վավ. 3", "1911-01-01", "1911-12-31")


def test_a_see_also_after_a_no_date_mark_opens_the_next_citation():
    rows = rows_of("TNA, FO 371/1, n.d. See also TNA, FO 371/2, 3 May 1950.")
    assert list(rows.unit) == ["1", "2"] and list(rows.date_start) == ["", "1950-05-03"]


def test_a_units_word_again_after_and_is_a_second_document():
    rows = rows_of("Trung tâm Lưu trữ Quốc gia II (TTLTQG II), Phông Tòa Đại biểu, hồ sơ 7, ngày 3/4/1950.",
                   "TTLTQG II, Phông Tòa Đại biểu, hồ sơ 311 và hồ sơ 312, không ghi ngày.")
    assert list(rows.unit) == ["hồ sơ 7", "hồ sơ 311", "hồ sơ 312"]


def test_a_page_mark_again_after_and_is_no_second_document():
    assert len(rows_of("TNA, FO 371/1, p. 3 and p. 5.")) == 1


def test_the_same_fond_after_a_semicolon_opens_another_document_of_that_fond():
    rows = rows_of("Архив Југославије (АЈ), фонд 507, к. 12, ф. 4, 3. 5. 1951; исти фонд, к. 13, б. д.")
    assert list(zip(rows.fond, rows.unit)) == [("507", "к. 12, ф. 4"), ("507", "к. 13")]
    assert list(rows.date_start) == ["1951-05-03", ""]


def test_a_serbian_compare_also_opens_a_citation_after_a_sentence():
    rows = cite("Петровић, нав. дело, 12. Упореди и АЈ, фонд 507, к. 14, 2. 3. 1950.").citations
    assert list(rows.kind) == ["literature", "archival"]
    assert rows.iloc[1]["date_start"] == "1950-03-02"


def test_a_description_and_its_day_in_brackets_after_the_leaves_date_the_document():
    row = one_citation("ГАРФ. Ф. 5446. Оп. 2. Д. 17. Л. 3–4 (стенограмма заседания, 5–6 мая 1939 г.).")
    assert (row["date_start"], row["date_end"]) == ("1939-05-05", "1939-05-06")


def test_a_name_and_a_bare_year_in_brackets_do_not_date_the_document():
    assert one_citation("ГАРФ. Ф. 5446. Оп. 2. Д. 17. Л. 3–4 (Молотов, 1939).")["date_start"] == ""
