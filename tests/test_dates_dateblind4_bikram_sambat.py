"""Bikram Sambat days, Nepal's official calendar, read as their Gregorian day: the year first, its mark `वि.सं.` before
it, `साल` ("year") after it and `गते` after the day, all in the surface; the months' lengths from the table of
data/dates/bikram_sambat_years.csv, since no rule gives them."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates.calendars import bikram_sambat_day


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="n")))
    return table[["surface", "date_start"]].values.tolist()


def test_a_bikram_sambat_day_is_its_gregorian_day_with_its_marks():
    assert _read("वि.सं. २००७ फागुन ७ गते राजाले घोषणा गरे।") == [["वि.सं. २००७ फागुन ७ गते", "1951-02-18"]]
    assert _read("संविधान २०१९ पुस १ मा जारी भयो।") == [["२०१९ पुस १", "1962-12-16"]]


def test_the_gregorian_day_given_in_brackets_joins_its_surface():
    assert _read("राजाले २०१७ साल पुस १ गते (१५ डिसेम्बर १९६०) संसद् विघटन गरे।") == \
        [["२०१७ साल पुस १ गते (१५ डिसेम्बर १९६०)", "1960-12-15"]]


def test_a_day_its_month_lacks_or_a_year_the_table_lacks_is_no_day():
    assert bikram_sambat_day(2007, 11, 31) is None  # (Falgun 2007 had 30 days)
    assert bikram_sambat_day(1850, 1, 1) is None
