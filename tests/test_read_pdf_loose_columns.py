"""Loose lines of narrow justified note columns set side by side: which wide gaps are a line's stretched spaces,
which the gutter to the next column (round 20 of layouts: endnotes in three columns).

Pieces are words as a typesetter draws them; positions are PDF points from the top left, ``base`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from histkit.read.pdf.extract import Piece  # noqa: E402
from histkit.read.pdf.lines import page_lines  # noqa: E402

SIZE = 7.2


def words(base, *placed):
    """Pieces of one baseline: (x0, text, width) each."""
    return [Piece(text, x0, base - 0.8 * SIZE, x0 + w, base + 0.2 * SIZE, base, SIZE) for x0, text, w in placed]


def texts(pieces):
    return [ln.text for ln in page_lines(pieces)[0]]


def test_a_loose_line_of_single_words_beside_an_ordinary_line_of_the_next_column_stays_apart_from_it():
    pieces = words(100, (160, "понздаҳ", 30), (203, "раста", 21), (237, "оварда", 26),   # stretched: 13 pt spaces
                   (278, "мости,", 24), (311, "1891,", 19), (339, "14", 8), (355, "марта;", 24))  # the next column
    pieces += words(109, (278, "инчунин", 32), (327, "эзоҳи", 20), (364, "4-ро", 15))
    pieces += words(111, (160, "шудааст.", 33))
    assert texts(pieces)[:2] == ["понздаҳ раста оварда", "мости, 1891, 14 марта;"]


def test_the_one_stretched_space_after_a_label_and_a_word_joins_the_word_that_ends_the_line():
    pieces = words(90, (160, "шудааст.", 33))
    pieces += words(99.5, (278, "нигаред.", 32))                          # the next column, a little off the baseline
    pieces += words(100, (170, "(5)", 9), (184, "Мирзоев,", 34), (242, "асари", 21))  # a 24 pt space, 14 pt to the gutter
    pieces += words(110, (162, "зикршуда,", 38), (204, "с.", 5), (213, "63.", 10))
    assert "(5) Мирзоев, асари" in texts(pieces)
    assert "нигаред." in texts(pieces)



def test_the_one_stretched_space_joins_its_words_though_a_word_of_the_line_under_starts_just_before_the_second():
    pieces = words(90, (160, "шудааст.", 33))
    pieces += words(99.5, (278, "нигаред.", 32))
    pieces += words(100, (170, "(5)", 9), (184, "Мирзоев,", 34), (242, "асари", 21))
    pieces += words(110, (162, "зикршуда,", 38), (212, "с.", 5), (226, "63.", 10))   # "63." starts 16 pt before "асари"
    assert "(5) Мирзоев, асари" in texts(pieces)

def test_a_label_and_a_word_beside_the_next_columns_words_at_ordinary_spaces_are_two_columns():
    pieces = words(100, (60, "8.", 8), (72, "Tamže.", 26), (228, "pomoc", 24), (255, "při", 12), (270, "čitanju", 30))
    pieces += words(109, (60, "9.", 8), (72, "Awtor", 24), (99, "dźakuje", 30), (132, "so", 9))
    assert texts(pieces)[:2] == ["8. Tamže.", "pomoc při čitanju"]


def test_a_gap_as_wide_as_a_stretched_space_before_it_is_a_gutter_where_a_river_runs_down_the_lines_around():
    # the left column's line stretched once (22 pt), then the gutter and the right column's indented label (25 pt)
    pieces = words(100, (172, "(6)", 9), (184, "Муқоиса", 33), (239, "кунед:", 24),
                   (288, "(9)", 9), (300, "Муаллиф", 35), (340, "ба", 8), (352, "Фирӯза", 27))
    for base in (91, 109, 118):   # full lines of both columns above and below, the gutter from 263 to 278 empty
        pieces += words(base, (162, "Назарова", 33), (198, "Г.", 8), (209, "Бозорҳои", 35), (247, "дар", 16),
                        (278, "Шарипова", 35), (316, "барои", 20), (339, "кӯмак", 22), (364, "дар", 15))
    assert "(6) Муқоиса кунед:" in texts(pieces) and "(9) Муаллиф ба Фирӯза" in texts(pieces)


def test_a_stretched_space_with_full_lines_running_across_it_stays_a_space():
    pieces = words(100, (172, "(6)", 9), (184, "Муқоиса", 33), (239, "кунед:", 24), (288, "Муаллиф", 50))
    for base in (91, 109, 118):   # lines of the same column running across the whole measure
        pieces += words(base, (162, "Назарова", 33), (198, "Г.", 8), (209, "Бозорҳои", 55), (267, "Шарипова", 68))
    assert "(6) Муқоиса кунед: Муаллиф" in texts(pieces)


def test_a_call_raised_after_a_quotations_last_word_is_no_label_of_the_next_columns_line_on_its_baseline():
    def at(base, size, *placed):
        return [Piece(t, x0, base - 0.8 * size, x0 + w, base + 0.2 * size, base, size) for x0, t, w in placed]
    pieces = at(347.8, 8.4, (54, "vendût dut il pevar tal prin", 114), (171.5, "mês.", 19))   # a quotation, small type
    pieces += at(344.8, 5.2, (191.5, "3", 2.6))                                                  # its call, raised
    pieces += at(345.5, 9.8, (228.7, "che a protestavin cuintri di lôr tes", 171))              # the next column
    for base in (333.0, 358.0):
        pieces += at(base, 9.8, (49, "ogni an centenârs di oms a vendi", 162), (228.7, "jerin bessôi: a vevin di", 171))
    lines = page_lines(pieces)[0]
    assert [ln.tokens for ln in lines if "mês." in ln.text] == [[("t", "vendût dut il pevar tal prin mês."), ("m", "3")]]
    assert any(ln.text == "che a protestavin cuintri di lôr tes" for ln in lines)
