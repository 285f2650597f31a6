"""Month names in the cases and spellings dates round 3 met: Latvian and Estonian genitives, the Estonian
terminative, the Finnish illative, Bengali written with য and a nukta (data/dates/months.csv)."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="m")))
    return table[["surface", "date_start"]].values.tolist()


@pytest.mark.parametrize("text, surface, start", [
    ("Apvērsums notika 1934. gada 15. maija naktī.", "1934. gada 15. maija", "1934-05-15"),
    ("Mässukatse toimus 1924. aasta 1. detsembri hommikul.", "1924. aasta 1. detsembri", "1924-12-01"),
    ("Okupatsioon kestis 11. novembrini 1918.", "11. novembrini 1918", "1918-11-11"),
    ("Sota jatkui huhtikuuhun 1945 asti.", "huhtikuuhun 1945", "1945-04-01"),
    ("দিনটি ছিল ২১ ফেব\u09cdরু\u09af\u09bcারি ১৯৫২।", "২১ ফেব\u09cdরু\u09af\u09bcারি ১৯৫২", "1952-02-21"),
])
def test_a_declined_or_differently_spelled_month_is_read(text, surface, start):
    assert _read(text) == [[surface, start]]


def test_a_bengali_year_word_between_the_year_and_the_day_joins_them():
    assert _read("১৯৭১ সালের ২৫ মার্চ রাতে অভিযান শুরু হয়।") == [["১৯৭১ সালের ২৫ মার্চ", "1971-03-25"]]
