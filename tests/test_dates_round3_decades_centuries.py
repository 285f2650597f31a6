"""Decade and century words of dates round 3's languages (data/dates/decade_words.csv, century_words.csv,
century_ordinals.csv): Korean `1920년대`, `18세기`, Vietnamese `thập niên 1990`, `thế kỷ XIX`, Indonesian `1990-an`,
`abad ke-20` (a word ending in a hyphen joined to its number), Latvian `gadsimta`, Estonian `sajandi`,
`1980. aastate`, Finnish `1900-luvulle`, Bengali `১৯৪০-এর দশকে`."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="w")))
    return table[["surface", "date_start", "date_end"]].values.tolist()


@pytest.mark.parametrize("text, surface, start, end", [
    ("1920년대에는 이른바 문화통치가 시행되었다.", "1920년대", "1920-01-01", "1929-12-31"),
    ("조선 후기의 실학은 18세기에 꽃피었다.", "18세기", "1700-01-01", "1799-12-31"),
    ("Trong thập niên 1990, Việt Nam bình thường hóa quan hệ.", "thập niên 1990", "1990-01-01", "1999-12-31"),
    ("Phong trào kế thừa tinh thần của thế kỷ XIX.", "thế kỷ XIX", "1800-01-01", "1899-12-31"),
    ("Tahun 1990-an menjadi masa krisis.", "1990-an", "1990-01-01", "1999-12-31"),
    ("Pergerakan nasional berakar pada awal abad ke-20.", "abad ke-20", "1900-01-01", "1999-12-31"),
    ("Atmoda bija 19. gadsimta otrās puses parādība.", "19. gadsimta", "1800-01-01", "1899-12-31"),
    ("Ärkamisaeg kuulub 19. sajandi teise poolde.", "19. sajandi", "1800-01-01", "1899-12-31"),
    ("Laulev revolutsioon algas 1980. aastate lõpus.", "1980. aastate", "1980-01-01", "1989-12-31"),
    ("Perintö ulottui pitkälle 1900-luvulle.", "1900-luvulle", "1900-01-01", "1999-12-31"),
    ("এটি ১৯৪০-এর দশকে ঘটে।", "১৯৪০-এর দশকে", "1940-01-01", "1949-12-31"),
])
def test_a_decade_or_century_word_makes_its_unit(text, surface, start, end):
    assert _read(text) == [[surface, start, end]]


def test_a_decade_word_before_a_span_of_years_leaves_the_span():
    assert _read("Báo chí phát triển trong những năm 1940–1945.") == [["1940–1945", "1940-01-01", "1945-12-31"]]
