"""The year, month and day with full stops (Korean, Hungarian) after a word of prose are a date, their last stop
with them; after a short label they stay a signature's numbers."""

import pytest

from histkit import Document, analyse_layout, dates_table
from histkit.dates import find_dates


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="y")))
    return table[["surface", "date_start"]].values.tolist()


@pytest.mark.parametrize("text, surface, start", [
    ("한국전쟁은 1950. 6. 25. 새벽에 시작되었다.", "1950. 6. 25.", "1950-06-25"),
    ("a Parlament előtti sortűz 1956.10.25. délelőtt dördült el.", "1956.10.25.", "1956-10-25"),
])
def test_a_dotted_year_first_date_after_a_word_is_read_with_its_last_stop(text, surface, start):
    assert _read(text) == [[surface, start]]


def test_after_a_short_label_the_dotted_numbers_are_a_signature():
    assert find_dates("GV c 1937.03.12") == []


def test_at_the_end_of_the_text_the_last_stop_is_the_sentences():
    assert _read("관리번호 BA0012345, 1951.3.9.") == [["1951.3.9", "1951-03-09"]]
