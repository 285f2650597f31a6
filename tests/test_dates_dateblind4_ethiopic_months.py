"""Ethiopian days written in the Ethiopic script (the months' names: data/dates/calendar_months.csv), with `ቀን` ("day")
between the day and the year (numeral_marks.csv) and the count's mark `ዓ.ም.` after it, read as their Gregorian day."""

from histkit import Document, analyse_layout, dates_table


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="e")))
    return table[["surface", "date_start"]].values.tolist()


def test_an_ethiopic_day_is_read_as_its_gregorian_day_with_its_mark():
    # 1 Meskerem 1933 = 11 September 1940; Miyazya is the eighth month, its 27th the 237th day of the year
    assert _read("ንጉሠ ነገሥቱ ሚያዝያ 27 ቀን 1933 ዓ.ም. ተመለሱ።") == [["ሚያዝያ 27 ቀን 1933 ዓ.ም.", "1941-05-05"]]


def test_the_gregorian_day_given_in_brackets_after_it_joins_its_surface():
    assert _read("ሕገ መንግሥቱ ሐምሌ 9 ቀን 1923 ዓ.ም. (16 ጁላይ 1931 እ.ኤ.አ.) ታወጀ።") == \
        [["ሐምሌ 9 ቀን 1923 ዓ.ም. (16 ጁላይ 1931 እ.ኤ.አ.)", "1931-07-16"]]


def test_a_day_of_the_nineteenth_century_counts_twelve_days_from_the_julian():
    assert _read("ጦርነቱ የካቲት 23 ቀን 1888 ዓ.ም. ተካሄደ።") == [["የካቲት 23 ቀን 1888 ዓ.ም.", "1896-03-01"]]
