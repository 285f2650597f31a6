"""Dates in the notes of articles histkit had not seen: lists of dates, no-date marks, year spans,
registry numbers and the month names of more languages (issue 12)."""

import pytest

from histkit.dates import DateValue, find_date_groups, find_dates, parse_date


def _days(text):
    return [(d.surface, d.date_start) for d in find_dates(text)]


@pytest.mark.parametrize("text, first, second", [
    ("rapports des 30 juin et 2 août 1906.", ("30 juin", "1906-06-30"), ("2 août 1906", "1906-08-02")),
    ("notas de 30 de junio y 2 de agosto de 1946;", ("30 de junio", "1946-06-30"), ("2 de agosto de 1946", "1946-08-02")),
    ("brieven van 12 mei en 4 juni 1936.", ("12 mei", "1936-05-12"), ("4 juni 1936", "1936-06-04")),
    ("30 червня і 2 серпня 1946 р.", ("30 червня", "1946-06-30"), ("2 серпня 1946 р.", "1946-08-02")),
    ("minutes of 30 June and 2 Aug. 1939.", ("30 June", "1939-06-30"), ("2 Aug. 1939", "1939-08-02")),
    ("εκθέσεις 30 Ιουνίου και 2 Αυγούστου 1940.", ("30 Ιουνίου", "1940-06-30"), ("2 Αυγούστου 1940", "1940-08-02")),
    ("šk. 46, 30. 6. in 2. 8. 1937.", ("30. 6.", "1937-06-30"), ("2. 8. 1937", "1937-08-02")),
    ("Schreiben vom 30. Juni und 2. August 1920.", ("30. Juni", "1920-06-30"), ("2. August 1920", "1920-08-02")),
    ("letters of June 30 and August 2, 1946", ("June 30", "1946-06-30"), ("August 2, 1946", "1946-08-02")),
])
def test_a_list_of_days_across_months_gives_one_date_per_day_with_the_year_from_the_end(text, first, second):
    assert _days(text) == [first, second]


def test_a_list_running_over_new_year_dates_its_december_day_to_the_year_before():
    assert _days("reports of 30 December and 2 January 1940") == [("30 December", "1939-12-30"), ("2 January 1940", "1940-01-02")]


def test_a_list_of_three_days_separated_by_commas_gives_three_dates():
    assert [d.date_start for d in find_dates("30 June, 2 Aug. and 5 Sept. 1939")] == ["1939-06-30", "1939-08-02", "1939-09-05"]


def test_find_date_groups_reads_a_list_as_one_span_from_its_earliest_to_its_latest_day():
    (group,) = find_date_groups("AMAE, R. 4237, notas de 30 de junio y 2 de agosto de 1946")
    assert (group.surface, group.date_start, group.date_end, group.precision) == (
        "30 de junio y 2 de agosto de 1946", "1946-06-30", "1946-08-02", "day")


def test_parse_date_of_a_whole_list_is_its_span():
    assert parse_date("30 June and 2 Aug. 1939") == DateValue("1939-06-30", "1939-08-02", "day")


def test_days_of_one_month_joined_by_and_stay_one_span():
    assert [(d.date_start, d.date_end) for d in find_dates("11. i 12. aprila 1956")] == [("1956-04-11", "1956-04-12")]


@pytest.mark.parametrize("text, start", [
    ("carta de 3 de Janeiro de 1943", "1943-01-03"),        # Portuguese
    ("telegrama de 12 Fev. 1944", "1944-02-12"),            # Portuguese abbreviation
    ("telegram 9 febr. 1944", "1944-02-09"),                # Swedish abbreviation
    ("PM 12 mars 1943", "1943-03-12"),                      # Swedish
    ("verslag van 3 januari 1938", "1938-01-03"),           # Dutch
    ("12 de marzo de 1957", "1957-03-12"),                  # Spanish
    ("4. května 1938", "1938-05-04"),                       # Czech
    ("12. marca 1942", "1942-03-12"),                       # Slovak
    ("2 серпня 1946", "1946-08-02"),                        # Ukrainian
    ("1943 m. sausio 12 d.", "1943-01-12"),                 # Lithuanian, year first
    ("12 sausio 1943", "1943-01-12"),                       # Lithuanian genitive
    ("12. märtsil 1943", "1943-03-12"),                     # Estonian adessive, from data/dates/months.csv
    ("4 Αυγούστου 1936", "1936-08-04"),                     # Greek
    ("14 Mart 1913", "1913-03-14"),                         # Turkish
    ("3 Eylül 1909", "1909-09-03"),                         # Turkish
])
def test_month_names_of_more_languages_are_read(text, start):
    assert [d.date_start for d in find_dates(text)][-1:] == [start]


@pytest.mark.parametrize("text, start", [("у березні 1946 р.", "1946-03-01"), ("v marci 1942", "1942-03-01"),
                                         ("jūnijā 1940", "1940-06-01")])
def test_locative_month_names_from_the_data_file_give_the_month(text, start):
    assert [(d.date_start, d.precision) for d in find_dates(text)] == [(start, "month")]


@pytest.mark.parametrize("text, mark", [
    ("ADR, 1 M 145, pétition des ouvriers en soie, s.d. ;", "s.d."),
    ("AHN, Diversos, leg. 3125, exp. 4, s.f.", "s.f."),
    ("Memorandum, n.d., RG 59, box 12.", "n.d."),
    ("BArch, R 43 II/1234, o. D.", "o. D."),
    ("BArch, R 43 II/1234, o.D.", "o.D."),
    ("ЦДАВО України. Ф. 2. Оп. 1. Спр. 12. Арк. 3, б. д.", "б. д."),
    ("NA, fond PMR, kart. 3245, b. d.", "b. d."),
    ("ARA, dossier A 124.001, z.d.", "z.d."),
    ("Per Albin Hanssons arkiv, vol. 12, u.d.", "u.d."),
    ("ΓΑΚ, Αρχείο Ιωάννη Μεταξά, φάκ. 13, χ.χ.", "χ.χ."),
    ("N.d. memorandum, box 4", "N.d."),
])
def test_no_date_marks_of_many_languages_are_found(text, mark):
    from histkit.dates import find_undated
    assert [text[a:b] for a, b in find_undated(text)] == [mark]


@pytest.mark.parametrize("text", ["RSHA, S.D. report, 1942", "O. D. Skelton to King, 3 May 1939", "n.d.r. 12", "and.d. 4",
                                  "Mr. Sands.d"])
def test_capitals_initials_and_longer_abbreviations_are_no_no_date_marks(text):
    from histkit.dates import says_undated
    assert not says_undated(text)


def test_a_no_date_mark_is_no_date_for_find_dates():
    assert find_dates("AHN, leg. 3125, exp. 4, s.f.") == []


@pytest.mark.parametrize("text", ["NAA: A1838, 250/9/1", "RG1954 files", "фонд Р1945"])
def test_a_number_glued_to_a_capital_code_is_a_shelfmark_not_a_year(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["č. j. 2213/38", "oficio n.º 2213/938", "br. 2213/918", "telegramma n. 77/41",
                                  "proc. 1234/43 SR", "3107/38/12", "A1838, 1943/735/12", "E 151/03", "B 1990/266"])
def test_registry_numbers_with_short_or_embedded_years_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, start, end", [("caja 12.345, 1936–1941.", "1936-01-01", "1941-12-31"),
                                              ("caja 12, 1936-41.", "1936-01-01", "1941-12-31"),
                                              ("Звіт про роботу, 1936–1941 рр.", "1936-01-01", "1941-12-31")])
def test_a_year_range_is_a_span_of_whole_years(text, start, end):
    assert [(d.date_start, d.date_end, d.precision) for d in find_dates(text)] == [(start, end, "year")]


def test_a_year_range_after_a_page_word_is_pages():
    assert find_dates("Istorija 20. veka, s. 1936-1941") == []
