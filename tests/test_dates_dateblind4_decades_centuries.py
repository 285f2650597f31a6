"""Decades and centuries in the words of dates round 4's languages (data/dates/decade_words.csv,
century_words.csv, century_ordinals.csv, and the ordinal marks of numeral_marks.csv): each read as its ten or hundred
years, the word in the surface."""

import pytest

from histkit.dates import find_dates
from histkit.dates.centuries import find_centuries


@pytest.mark.parametrize("text, surface, start, end", [
    ("რეფორმები 1950-იან წლებში დაიწყო.", "1950-იან წლებში", "1950-01-01", "1959-12-31"),
    ("Գործարանը կառուցվեց 1930-ական թվականներին։", "1930-ական թվականներին", "1930-01-01", "1939-12-31"),
    ("Сургууль 1960-аад онд нээгдэв.", "1960-аад онд", "1960-01-01", "1969-12-31"),
    ("Byen voksede i 1950'erne.", "1950'erne", "1950-01-01", "1959-12-31"),
    ("D'fhás an chathair sna 1960idí.", "1960idí", "1960-01-01", "1969-12-31"),
    ("ከተማዋ በ1980ዎቹ አደገች።", "1980ዎቹ", "1980-01-01", "1989-12-31"),
    ("शहर १९८० को दशकमा बढ्यो।", "१९८० को दशकमा", "1980-01-01", "1989-12-31"),
    ("Hiri hori 1950eko hamarkadan hazi zen.", "1950eko hamarkadan", "1950-01-01", "1959-12-31"),
    ("Mji ulikua katika miaka ya 1950.", "miaka ya 1950", "1950-01-01", "1959-12-31"),
    ("Qyteti u rrit në vitet 1960.", "vitet 1960", "1960-01-01", "1969-12-31"),
])
def test_a_decade_word_makes_the_year_its_ten_years(text, surface, start, end):
    assert [(d.surface, d.date_start, d.date_end) for d in find_dates(text)] == [(surface, start, end)]


def test_an_albanian_span_of_years_after_vitet_stays_a_span():
    assert [(d.surface, d.date_end) for d in find_dates("Rezistenca në vitet 1942–1944.")] == [("1942–1944", "1944-12-31")]


@pytest.mark.parametrize("text, surface, start", [
    ("Քաղաքը XVIII դարում մեծացավ։", "XVIII դարում", "1700-01-01"),
    ("Քաղաքը 19-րդ դարի վերջին մեծացավ։", "19-րդ դարի", "1800-01-01"),
    ("ქალაქი XVIII საუკუნეში გაიზარდა.", "XVIII საუკუნეში", "1700-01-01"),
    ("Biashara ilistawi katika karne ya 18.", "karne ya 18", "1700-01-01"),
    ("Biashara ilistawi katika karne ya kumi na tisa.", "karne ya kumi na tisa", "1800-01-01"),
    ("D'fhás sé san 19ú haois.", "19ú haois", "1800-01-01"),
    ("Byen voksede i det 18. århundrede.", "18. århundrede", "1700-01-01"),
    ("Qyteti u rrit gjatë shekullit XVIII.", "shekullit XVIII", "1700-01-01"),
    ("Qyteti u rrit në shek. XVIII.", "shek. XVIII", "1700-01-01"),
    ("Hiria XVIII. mendean hazi zen.", "XVIII. mendean", "1700-01-01"),
    ("Хот XVIII зуунд байгуулагдсан.", "XVIII зуунд", "1700-01-01"),
    ("Borgin óx á 18. öld.", "18. öld", "1700-01-01"),
    ("शहर उन्नाइसौँ शताब्दीमा बढ्यो।", "उन्नाइसौँ शताब्दीमा", "1800-01-01"),
])
def test_a_century_word_makes_the_number_its_hundred_years(text, surface, start):
    assert [(d.surface, d.date_start) for d in find_centuries(text)] == [(surface, start)]
