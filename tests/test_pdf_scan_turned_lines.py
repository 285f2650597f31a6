"""A page scanned a little turned: its OCR layer's lines levelled, so a hung label and the far words of a line stay
on their line."""

from histkit.read.pdf.drawn import Piece
from histkit.read.pdf.lines import page_lines
from histkit.read.pdf.skew import levelled, page_slope, layer_lines

SLOPE = -0.009  # half a degree: the right end of a line 4 points higher than its left on a typescript's A4 page


def _word(text, x, base, width=40.0, size=9.0):
    return Piece(text + " ", x, base - size, x + width, base + 2, base, size)


def _note(label, first, base):
    """A note's label hung before its text, and the note's first line in words drawn apart, as Tesseract gives them:
    the label a line of its own, the words on the line as scanned (climbing as the page is turned)."""
    words = [_word(w, 98 + 60 * k, base + SLOPE * (98 + 60 * k)) for k, w in enumerate(first)]
    return [_word(label, 72, base + SLOPE * 72, width=10), *words]


def test_a_turned_pages_notes_keep_their_labels_and_their_words_in_order():
    pieces = []
    for k in range(8):
        pieces += _note(f"{k + 1})", ["Ebd.,", "Nr.", "612,", "Sitzung", "vom", "18.", "Mai"], 300 + 13 * k)
    lines, _ = page_lines(levelled(pieces, 595))
    assert [ln.text for ln in lines][:2] == ["1) Ebd., Nr. 612, Sitzung vom 18. Mai", "2) Ebd., Nr. 612, Sitzung vom 18. Mai"]
    assert len(lines) == 8


def test_a_line_the_layer_draws_flat_stays_whole_and_level_with_its_neighbours():
    sloped = [_word(w, 72 + 60 * k, 300 + SLOPE * (72 + 60 * k)) for k, w in enumerate("a b c d e f g".split())]
    flat = [_word(w, 72 + 60 * k, 313 + SLOPE * 72) for k, w in enumerate("h i j k l m n".split())]
    pieces = levelled(sloped * 3 + flat, 595)
    assert len({round(p.base, 3) for p in pieces[-7:]}) == 1
    assert abs((pieces[-1].base - pieces[0].base) - 13) < 0.01


def test_an_upright_page_is_left_as_it_is():
    pieces = [_word(w, 72 + 60 * k, 300 + 13 * n) for n in range(5) for k, w in enumerate("a b c d e f".split())]
    assert page_slope(pieces, layer_lines(pieces)) == 0.0
    assert levelled(pieces, 595) is pieces
