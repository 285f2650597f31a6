"""Dates round 9: the date forms of medieval and early-modern documents in the dates table — months written by number,
old month names, feast days, regnal years of the Tudors and Stuarts, Old Style, Venetian and Florentine years."""

from histkit.dates.feasts import easter, find_feast_days
from histkit.dates.romancalendar import find_roman_days
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end", "precision"]].values.tolist()]


def test_a_month_written_by_number_is_the_month_of_its_latin_number():
    assert _table("Le curé écrit le 12 7bre 1702 et encore en Xbre 1702.") == [
        ("12 7bre 1702", "1702-09-12", "1702-09-12", "day"), ("Xbre 1702", "1702-12-01", "1702-12-31", "month")]


def test_an_old_german_month_name_is_its_month():
    assert _table("Das Schreiben kam am 9. Hornung 1612 an.") == [("9. Hornung 1612", "1612-02-09", "1612-02-09", "day")]


def test_an_old_dutch_month_name_is_its_month():
    assert _table("De vloot keerde terug in Hooimaand 1666.") == [("Hooimaand 1666", "1666-07-01", "1666-07-31", "month")]


def test_the_old_english_ordinal_of_a_day_is_of_its_surface():
    assert _table("A letter headed 'Aprill 3d 1651' survives.") == [("Aprill 3d 1651", "1651-04-03", "1651-04-03", "day")]


def test_a_fixed_feast_with_its_year_is_its_day():
    assert _table("The lease ran from Michaelmas 1620.") == [("Michaelmas 1620", "1620-09-29", "1620-09-29", "day")]


def test_a_movable_feast_is_counted_from_the_easter_of_the_calendar_then_kept():
    # (1610 in France: the Gregorian Easter, 11 April; 1540 everywhere: the Julian one, 28 March)
    assert _table("Le traité fut signé à la Pentecôte 1610.") == [("Pentecôte 1610", "1610-05-30", "1610-05-30", "day")]
    assert easter(1540, julian=True).isoformat() == "1540-03-28"


def test_english_documents_keep_the_julian_easter_until_1752():
    assert _table("The vestry met on Shrove Tuesday 1650.") == [("Shrove Tuesday 1650", "1650-02-26", "1650-02-26", "day")]


def test_a_weekday_after_a_feast_is_the_next_such_weekday_never_the_feast_itself():
    # (St James, 25 July 1525, was a Tuesday)
    assert [(d.surface, d.date_start) for d in find_feast_days("am Dienstag nach Jacobi 1525")] == [
        ("Dienstag nach Jacobi 1525", "1525-08-01")]


def test_a_weekday_before_a_feast_counts_back():
    assert [(d.surface, d.date_start) for d in find_feast_days("datum sabbato ante Laetare anno 1530")] == [
        ("sabbato ante Laetare anno 1530", "1530-03-26")]


def test_a_vigil_and_a_morrow_are_the_day_before_and_after_the_feast():
    assert [(d.surface, d.date_start) for d in find_feast_days("in vigilia sancti Michaelis 1401, in crastino Pasche 1402")] == [
        ("vigilia sancti Michaelis 1401", "1401-09-28"), ("crastino Pasche 1402", "1402-03-27")]


def test_a_reckoning_without_its_year_takes_the_year_of_the_date_before():
    assert _table("The court of 3 May 1420 was adjourned to the morrow of All Souls.") == [
        ("3 May 1420", "1420-05-03", "1420-05-03", "day"), ("morrow of All Souls", "1420-11-03", "1420-11-03", "day")]


def test_a_feast_alone_without_a_year_is_a_recurring_day_and_no_date():
    assert _table("In 1630 rents were paid at Lady Day and Michaelmas.") == [("1630", "1630-01-01", "1630-12-31", "year")]


def test_a_feast_with_a_double_year_is_julian_and_read_as_its_gregorian_day():
    assert _table("Paid at Candlemas 1660/1.") == [("Candlemas 1660/1", "1661-02-12", "1661-02-12", "day")]


def test_a_saints_feast_in_a_modern_year_stays_its_year():
    # (a saint's genitive before a later year is mostly an author's; the great feasts that are no surname are read in
    # every century: tests/test_dates_feasts_modern.py)
    assert _table("Die Arbeit von Michaelis 1921 bleibt grundlegend.") == [("1921", "1921-01-01", "1921-12-31", "year")]


def test_a_roman_numeral_year_after_a_feast_is_read():
    assert [(d.surface, d.date_start) for d in find_feast_days("die sancti Martini anno Domini MCCCLX")] == [
        ("sancti Martini anno Domini MCCCLX", "1360-11-11")]


def test_a_day_with_a_double_year_and_no_mark_is_julian():
    assert _table("Signed on 3 March 1701/2 at Whitehall.") == [("3 March 1701/2", "1702-03-14", "1702-03-14", "day")]


def test_a_venetian_day_of_january_or_february_is_of_the_next_common_year():
    assert _table("Il decreto del 3 gennaio 1700 m.v. e quello del 3 marzo 1700 m.v.") == [
        ("3 gennaio 1700 m.v.", "1701-01-03", "1701-01-03", "day"), ("3 marzo 1700 m.v.", "1700-03-03", "1700-03-03", "day")]


def test_a_florentine_day_before_lady_day_is_of_the_next_common_year_and_the_spelt_mark_out():
    assert _table("Lettera del 10 marzo 1640 ab Incarnatione.") == [("10 marzo 1640", "1641-03-10", "1641-03-10", "day")]


def test_a_swedish_old_style_mark_converts_the_day():
    assert _table("Brevet skrevs den 2 mars 1700 (g.s.) i Stockholm.") == [
        ("2 mars 1700 (g.s.)", "1700-03-13", "1700-03-13", "day")]


def test_tudor_and_stuart_regnal_years_and_two_joined_by_a_dash():
    assert _table("In 1563 see 5 Eliz. I, c. 4 and 2–3 Car. I.") == [("1563", "1563-01-01", "1563-12-31", "year"),
        ("5 Eliz. I", "1562-11-17", "1563-11-16", "year"), ("2–3 Car. I", "1626-03-27", "1628-03-26", "year")]


def test_a_sum_after_a_currency_sign_or_before_a_coin_is_no_year():
    assert _table("In 1640 the city lent £1643 and 1620 fl. to the garrison.") == [("1640", "1640-01-01", "1640-12-31", "year")]


def test_a_day_of_the_roman_calendar_is_counted_back_from_its_kalends_nones_or_ides():
    assert _table("The grant is dated 'iii Non. Mai. 1349' and 'vi Id. Mart. 1350'.") == [
        ("iii Non. Mai. 1349", "1349-05-05", "1349-05-05", "day"), ("vi Id. Mart. 1350", "1350-03-10", "1350-03-10", "day")]


def test_a_day_counted_back_from_the_kalends_of_january_is_in_december_of_the_year_named():
    assert _table("datum xiv Kal. Ian. anno Domini 1338") == [
        ("xiv Kal. Ian. anno Domini 1338", "1338-12-19", "1338-12-19", "day")]


def test_a_roman_day_without_its_year_takes_the_year_before_and_pridie_is_the_day_before():
    assert _table("The copy of 3 May 1360 reads 'pridie Id. Oct.'.") == [
        ("3 May 1360", "1360-05-03", "1360-05-03", "day"), ("pridie Id. Oct.", "1360-10-14", "1360-10-14", "day")]


def test_a_roman_year_before_the_day_is_of_its_surface_and_a_bare_non_is_a_word():
    assert [(d.surface, d.date_start) for d in find_roman_days("anno MCCCXLVIII, XIV Kal. Ianuarii; non marzo 1630")] == [
        ("MCCCXLVIII, XIV Kal. Ianuarii", "1348-12-19")]


def test_a_roman_year_after_anno_is_a_year_and_the_word_stays_out():
    assert _table("Die Tafel von 1650 trägt 'Anno MDCXLVIII'.") == [
        ("1650", "1650-01-01", "1650-12-31", "year"), ("MDCXLVIII", "1648-01-01", "1648-12-31", "year")]


def test_anno_between_a_latin_month_and_its_year_is_of_the_date():
    assert _table("Brev dat. 'd. 3 Octobris Anno 1632'.") == [("3 Octobris Anno 1632", "1632-10-03", "1632-10-03", "day")]


def test_two_years_after_a_word_that_is_no_month_are_a_span_not_a_double_year():
    assert _table("Räkenskaperna för 1633/34 och den 10 februari 1633/4.") == [
        ("1633/34", "1633-01-01", "1634-12-31", "year"), ("10 februari 1633/4", "1634-02-20", "1634-02-20", "day")]


def test_a_feast_named_beside_the_day_it_falls_on_is_a_row_of_that_day():
    assert _table("La flota zarpó el 24 de junio de 1580, día de San Juan, y volvió en 1581.") == [
        ("24 de junio de 1580", "1580-06-24", "1580-06-24", "day"), ("San Juan", "1580-06-24", "1580-06-24", "day"),
        ("1581", "1581-01-01", "1581-12-31", "year")]


def test_a_feast_beside_a_day_it_does_not_fall_on_is_no_date():
    assert _table("La flota zarpó el 20 de junio de 1580, antes de San Juan.") == [
        ("20 de junio de 1580", "1580-06-20", "1580-06-20", "day")]


def test_a_register_book_or_article_number_is_no_year():
    assert _table("ASVe, Senato, reg. 1630; AGAD, ks. 1656; les articles 1685 à 1690 (1700).") == [
        ("1700", "1700-01-01", "1700-12-31", "year")]


def test_a_saints_name_and_a_year_cited_as_an_author_and_year_are_no_feast():
    assert find_feast_days("as (Jacobi 1785, p. 12) and Andreae 1619: 33 argue") == []


def test_two_feasts_joined_by_to_or_between_and_are_one_span_in_the_year_of_the_second():
    assert [(d.surface, d.date_start, d.date_end) for d in find_feast_days("von Ostern bis Pfingsten 1525")] == [
        ("Ostern bis Pfingsten 1525", "1525-04-16", "1525-06-04")]
    assert [(d.surface, d.date_start, d.date_end) for d in find_feast_days("tussen Pasen en Pinksteren 1672")] == [
        ("Pasen en Pinksteren 1672", "1672-04-17", "1672-06-05")]


def test_two_feasts_joined_by_and_alone_are_two_days_and_a_feast_repeated_nearby_no_apposition():
    assert [(d.surface, d.date_start) for d in find_feast_days(
        "paid at Lady Day and Michaelmas 1640; Lady Day and Michaelmas, as every year")] == [
        ("Lady Day", "1640-03-25"), ("Michaelmas 1640", "1640-09-29")]


def test_a_word_for_the_first_day_before_a_month_is_that_day():
    assert _table("Il decreto fu letto adì primo Marzo 1631 in Senato.") == [
        ("primo Marzo 1631", "1631-03-01", "1631-03-01", "day")]


def test_a_word_for_the_first_day_without_its_year_takes_the_year_before():
    assert _table("Salieron el 20 de octubre de 1571 y llegaron a primero de noviembre.") == [
        ("20 de octubre de 1571", "1571-10-20", "1571-10-20", "day"), ("primero de noviembre", "1571-11-01", "1571-11-01", "day")]


def test_the_same_word_before_a_word_that_is_no_month_is_no_day():
    assert _table("Nel 1631 il primo giorno di peste fu taciuto.") == [("1631", "1631-01-01", "1631-12-31", "year")]


def test_a_law_cited_by_its_number_in_a_compilation_is_no_year():
    assert _table("Recopilación de 1680, lib. 4, tít. 12, ley 1598.") == [("1680", "1680-01-01", "1680-12-31", "year")]


def test_a_feast_beside_a_day_read_without_its_year_names_that_day_too():
    assert _table("Salieron en octubre de 1571 y entraron a primero de noviembre, día de Todos los Santos.") == [
        ("octubre de 1571", "1571-10-01", "1571-10-31", "month"), ("primero de noviembre", "1571-11-01", "1571-11-01", "day"),
        ("Todos los Santos", "1571-11-01", "1571-11-01", "day")]
