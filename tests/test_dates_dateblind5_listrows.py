"""A list of days of one month is a row per day in the dates table (histkit.dates.listrows), unless a word for
"between" makes the two days a span (between_words.csv)."""

from histkit import Document, analyse_layout, dates_table


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return table[["surface", "date_start", "date_end"]].values.tolist()


def test_days_joined_by_commas_and_and_are_a_row_each():
    assert _table("Забастоўкі прайшлі ў дні 4, 9 і 17 мая 1931 г. у Мінску.") == [
        ["4", "1931-05-04", "1931-05-04"], ["9", "1931-05-09", "1931-05-09"],
        ["17 мая 1931 г.", "1931-05-17", "1931-05-17"]]


def test_days_with_their_stops_are_a_row_each():
    assert _table("Møtene ble holdt 4. og 9. mai 1931 i Bergen.") == [
        ["4.", "1931-05-04", "1931-05-04"], ["9. mai 1931", "1931-05-09", "1931-05-09"]]


def test_two_days_after_a_word_for_between_are_a_span():
    assert _table("Streiken varte mellom 4. og 9. mai 1931.") == [["4. og 9. mai 1931", "1931-05-04", "1931-05-09"]]


def test_a_night_from_one_day_to_the_next_stays_a_span():
    assert _table("V noci z 4. na 5. května 1931 začala stávka.") == [["4. na 5. května 1931", "1931-05-04", "1931-05-05"]]


def test_a_span_of_days_joined_by_a_dash_stays_one_row():
    assert _table("Stávka trvala 4.–9. května 1931.") == [["4.–9. května 1931", "1931-05-04", "1931-05-09"]]
