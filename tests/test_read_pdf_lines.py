"""Lines of a PDF page built from text pieces: joining, spaces, raised markers finding their line among many."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from histkit.read.pdf.extract import Piece  # noqa: E402
from histkit.read.pdf.lines import page_lines  # noqa: E402


def piece(text, x0, base, size=10.0, width=None):
    width = width if width is not None else 5.0 * len(text)
    return Piece(text, x0, base - 0.8 * size, x0 + width, base + 0.2 * size, base, size)


def body_page(lines=40, first=100.0, step=12.0):
    """A column of body lines, each one piece."""
    return [piece(f"Line {k} of the body text", 50, first + k * step, width=200) for k in range(lines)]


def test_a_line_of_one_piece_is_its_text_stripped_with_its_inner_spaces_as_drawn():
    [line], _ = page_lines([piece("  Tito  met Spaak. ", 50, 100)])
    assert line.tokens == [("t", "Tito  met Spaak.")]


def test_pieces_joined_on_one_line_have_doubled_spaces_made_one():
    [line], _ = page_lines([piece("Tito  met ", 50, 100, width=40), piece(" Spaak.", 90, 100, width=30)])
    assert line.text == "Tito met Spaak."


def test_a_marker_drawn_twice_on_a_line_is_one_marker():
    pieces = [piece("Tito met Spaak.", 50, 100, width=70), piece("1", 120, 96, size=6, width=3),
              piece("1", 120, 96, size=6, width=3)]
    [line], _ = page_lines(pieces)
    assert line.tokens == [("t", "Tito met Spaak."), ("m", "1")]


def test_a_raised_marker_joins_the_line_it_is_raised_above_among_many_lines():
    pieces = body_page()
    pieces.append(piece("7", 251, 100 + 20 * 12 - 4, size=6, width=3))  # raised over line 20, at its end
    lines, _ = page_lines(pieces)
    assert len(lines) == 40
    assert lines[20].tokens == [("t", "Line 20 of the body text"), ("m", "7")]


def test_a_small_number_far_below_the_lines_joins_none_of_them():
    pieces = body_page(lines=5)
    pieces.append(piece("7", 251, 400, size=6, width=3))
    lines, _ = page_lines(pieces)
    assert len(lines) == 6 and lines[-1].text == "7"


def test_a_wide_gap_that_the_lines_around_leave_empty_parts_two_columns():
    pieces = [piece(f"left {k}", 50, 100 + 12 * k, width=100) for k in range(3)]
    pieces += [piece(f"right {k}", 300, 100 + 12 * k, width=100) for k in range(3)]
    lines, _ = page_lines(pieces)
    assert [ln.text for ln in lines[:2]] == ["left 0", "right 0"] and len(lines) == 6


def test_a_wide_gap_that_the_lines_around_fill_is_a_stretched_space():
    pieces = [piece("a line running right across the page", 50, 100 + 12 * k, width=400) for k in (0, 2)]
    pieces += [piece("Stretched", 50, 112, width=60), piece("https://example.org/a/long/address", 200, 112, width=250)]
    lines, _ = page_lines(pieces)
    assert [ln.text for ln in lines] == ["a line running right across the page", "Stretched https://example.org/a/long/address",
                                         "a line running right across the page"]


def test_latexs_raised_math_asterisk_is_the_reference_mark_asterisk():
    pieces = [piece("urganizzata.", 50, 100, width=60), piece("∗∗", 110, 96, size=6, width=6)]
    [line], _ = page_lines(pieces)
    assert line.tokens == [("t", "urganizzata."), ("m", "**")]


def test_a_second_symbol_call_raised_with_its_comma_is_a_call_after_the_comma():
    pieces = [piece("dô Statu.", 50, 100, width=45), piece("‡", 95, 96, size=6, width=3),
              piece(",§ ", 98, 96, size=6, width=6), piece("Li travagghia-", 110, 100, width=70)]
    [line], _ = page_lines(pieces)
    assert line.tokens == [("t", "dô Statu."), ("m", "‡"), ("t", ","), ("m", "§"), ("t", " Li travagghia-")]


def test_a_raised_roman_number_of_four_letters_is_a_call():
    pieces = [piece("kaza propia.", 50, 100, width=60), piece("viii", 111, 96, size=6, width=9)]
    [line], _ = page_lines(pieces)
    assert line.tokens == [("t", "kaza propia."), ("m", "viii")]


def test_a_raised_double_bar_drawn_as_two_bars_is_the_reference_mark_double_bar():
    pieces = [piece("pô pani.", 50, 100, width=40), piece("||", 90, 96, size=6, width=3)]
    [line], _ = page_lines(pieces)
    assert line.tokens == [("t", "pô pani."), ("m", "‖")]
