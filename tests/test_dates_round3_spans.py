"""Spans joined by a word for "to" (dates round 3): the words of data/dates/to_words.csv between two years and
between two months as between two days, and Catalan and Italian `a l'`, `all'` before the second day."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="s")))
    return table[["surface", "date_start", "date_end"]].values.tolist()


@pytest.mark.parametrize("text, surface, start, end", [
    ("Jatkosota kesti vuodesta 1941 vuoteen 1944.", "1941 vuoteen 1944", "1941-01-01", "1944-12-31"),
    ("Partizaninis karas truko nuo 1944 iki 1953 metų.", "1944 iki 1953", "1944-01-01", "1953-12-31"),
    ("Konferensi berlangsung dari 23 Agustus sampai 2 November 1949.", "23 Agustus sampai 2 November 1949",
     "1949-08-23", "1949-11-02"),
    ("Oblast je od maja do julija 1945 izvedla poboje.", "maja do julija 1945", "1945-05-01", "1945-07-31"),
    ("The strike lasted from May to July 1920.", "May to July 1920", "1920-05-01", "1920-07-31"),
    ("La vaga va durar del 9 a l'11 de març de 1966.", "9 a l'11 de març de 1966", "1966-03-09", "1966-03-11"),
])
def test_a_word_for_to_joins_the_two_ends_of_a_span(text, surface, start, end):
    assert _read(text) == [[surface, start, end]]
