"""Dates round 6: days marked Old or New Style, and both styles' days parted by a slash, in the dates table."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "precision"]].values.tolist()]


def test_a_day_marked_old_style_is_its_gregorian_day_and_the_abbreviated_mark_is_of_its_surface():
    assert _table("He was baptised on 5 April 1732 (O.S.) at home.") == [("5 April 1732 (O.S.)", "1732-04-16", "day")]


def test_the_julian_day_is_thirteen_days_behind_in_the_twentieth_century():
    assert _table("Письмо датировано 25 декабря 1924 г. ст. ст. в Париже.") == [
        ("25 декабря 1924 г. ст. ст.", "1925-01-07", "day")]


def test_a_day_marked_new_style_is_read_as_written():
    assert _table("Raportul din 5.III.1918 st. n. a sosit.") == [("5.III.1918 st. n.", "1918-03-05", "day")]


def test_a_mark_spelt_out_converts_the_day_but_stays_out_of_its_surface():
    assert _table("Een brief van 4 januari 1700 (oude stijl) ging verloren.") == [("4 januari 1700", "1700-01-14", "day")]


def test_a_day_without_its_year_marked_old_style_takes_the_year_before_and_converts():
    assert _table("Подписан в 1861 г., объявлен 5 марта ст. ст. в церквах.") == [
        ("1861 г.", "1861-01-01", "year"), ("5 марта ст. ст.", "1861-03-17", "day")]


def test_an_english_double_year_and_its_mark_are_of_the_surface():
    assert _table("Born on 11 February 1731/2 (O.S.) in Virginia.") == [
        ("11 February 1731/2 (O.S.)", "1732-02-22", "day")]


def test_both_styles_days_parted_by_a_slash_are_one_surface_of_the_gregorian_day():
    assert _table("Комитет образован 12/25 октября 1917 г. в Петрограде.") == [
        ("12/25 октября 1917 г.", "1917-10-25", "day")]


def test_both_styles_days_across_a_month_are_one_surface_of_the_gregorian_day():
    assert _table("Alegerea de la București pe 24 ianuarie/5 februarie 1859 a unit țara.") == [
        ("24 ianuarie/5 februarie 1859", "1859-02-05", "day")]


def test_two_days_of_two_months_a_slash_parts_at_another_gap_are_not_read_as_both_styles():
    assert _table("Zwischen 3 Mai/15 Juni 1900 lag die Entscheidung.") != [("3 Mai/15 Juni 1900", "1900-06-15", "day")]


def test_a_day_and_the_same_day_of_another_calendar_bracketed_after_it_are_one_row():
    assert _table("The massacre of 1 March 1811 (5 Safar 1226) opened an era.") == [
        ("1 March 1811 (5 Safar 1226)", "1811-03-01", "day")]


def test_a_case_ending_may_stand_between_a_day_and_its_bracketed_equivalent():
    assert _table("Meşrutiyet 10 Temmuz 1324'te (23 Temmuz 1908) ilan edildi.") == [
        ("10 Temmuz 1324'te (23 Temmuz 1908)", "1908-07-23", "day")]


def test_an_era_year_and_its_gregorian_year_in_full_width_brackets_are_one_row():
    assert _table("明治三十二年（1899年）には条約が発効した。") == [("明治三十二年（1899年）", "1899-01-01", "year")]


def test_two_different_days_with_a_bracket_between_stay_two_rows():
    assert _table("From 1 March 1811 (and 5 March 1811) on.") == [
        ("1 March 1811", "1811-03-01", "day"), ("5 March 1811", "1811-03-05", "day")]


def test_a_hebrew_day_bracketed_after_a_gregorian_one_is_of_its_surface():
    assert _table("Die Synagoge brannte am 9. November 1938 (15. Cheschwan 5699) nieder.") == [
        ("9. November 1938 (15. Cheschwan 5699)", "1938-11-09", "day")]


def test_a_hebrew_day_before_a_bracketed_gregorian_one_is_of_its_surface():
    assert _table("Der Grabstein nennt den 3. Adar II 5684 (9. März 1924) als Todestag.") == [
        ("3. Adar II 5684 (9. März 1924)", "1924-03-09", "day")]


def test_a_page_number_in_brackets_after_a_day_is_not_a_hebrew_day():
    assert _table("Am 9. November 1938 (S. 5699) brannte sie.") == [("9. November 1938", "1938-11-09", "day")]
