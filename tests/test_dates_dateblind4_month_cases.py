"""Month names in the cases and spellings dates round 4 met (data/dates/months.csv): Georgian dative, locative and
genitive, the Armenian dative, the Albanian genitive, Irish lenited and genitive months, the Basque inessive (read in the next step), the
Nepali `मे`, Mongolian months named by their ordinal in words; and the words after a year that open a month
(Mongolian `оны`, Georgian `წლის`: data/dates/year_words.csv)."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="m")))
    return table[["surface", "date_start", "date_end"]].values.tolist()


@pytest.mark.parametrize("text, surface, start, end", [
    ("ბრძანება გამოიცა 1936 წლის 3 ივლისს თბილისში.", "1936 წლის 3 ივლისს", "1936-07-03", "1936-07-03"),
    ("ყრილობა შედგა 1952 წლის ოქტომბერში.", "1952 წლის ოქტომბერში", "1952-10-01", "1952-10-31"),
    ("Ժողովը բացվեց 1926 թ. մարտին։", "1926 թ. մարտին", "1926-03-01", "1926-03-31"),
    ("Marrëveshja u nënshkrua më 12 shkurtit 1950.", "12 shkurtit 1950", "1950-02-12", "1950-02-12"),
    ("Tionóladh an cruinniú ó Fheabhra 1932 ar aghaidh.", "Fheabhra 1932", "1932-02-01", "1932-02-29"),
    ("Rinneadh an socrú i mí na Samhna 1925.", "Samhna 1925", "1925-11-01", "1925-11-30"),
    ("सम्झौता सन् १९५० मे ८ मा भयो।", "१९५० मे ८", "1950-05-08", "1950-05-08"),
    ("Хурал 1940 оны наймдугаар сарын 14-нд хуралдав.", "1940 оны наймдугаар сарын 14", "1940-08-14", "1940-08-14"),
])
def test_a_declined_or_differently_named_month_is_read(text, surface, start, end):
    assert _read(text) == [[surface, start, end]]


def test_a_georgian_day_without_its_year_takes_the_year_of_the_date_before():
    assert _read("ომი დაიწყო 1921 წლის 11 თებერვალს, ხოლო მთავრობა 17 მარტს წავიდა.") == \
        [["1921 წლის 11 თებერვალს", "1921-02-11", "1921-02-11"], ["17 მარტს", "1921-03-17", "1921-03-17"]]


def test_an_irish_ordinal_day_and_the_icelandic_may_are_read():
    assert _read("Tháinig an Dáil le chéile ar an 21ú Eanáir 1919.") == [["21ú Eanáir 1919", "1919-01-21", "1919-01-21"]]
    assert _read("Bretar komu 10. maí 1940.") == [["10. maí 1940", "1940-05-10", "1940-05-10"]]
