"""Two columns set with a gutter narrower than an em and a half (LaTeX's `twocolumn`: 10 pt between columns of
11 pt type), and the notes under them (round 23 of layouts: `latex_scn_twocol`).

A gap that narrow is no gutter by its width alone — a loose justified line stretches its word spaces as wide —
but a column gutter leaves the same gap at the same place on every line: the left column's justified lines stop
there and the right column's start there. Pieces are runs of text as a typesetter draws them; positions are PDF
points from the top left, ``base`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from histkit.read.pdf.extract import Piece  # noqa: E402
from histkit.read.pdf.lines import page_lines  # noqa: E402

SIZE, NOTE = 10.9, 9.0


def run(base, x0, text, x1, size=SIZE):
    return Piece(text, x0, base - 0.8 * size, x1, base + 0.2 * size, base, size)


def two_columns(bases, gutter=(204, 215)):
    """Body lines of two justified columns, 34–204 and 215–385 (or as ``gutter`` parts them), one run of text per
    column and line."""
    return [piece for k, base in enumerate(bases) for piece in (
        run(base, 34, f"left column line {k} justified to its edge", gutter[0]),
        run(base, gutter[1], f"right column line {k} justified to its edge", 385))]


def texts(pieces):
    return [ln.text for ln in page_lines(pieces)[0]]


def test_two_columns_ten_points_apart_are_read_as_two_columns_not_joined_lines():
    found = texts(two_columns([163, 176, 190, 204, 217]))
    assert "left column line 2 justified to its edge" in found
    assert "right column line 2 justified to its edge" in found


def test_notes_under_two_tight_columns_keep_the_bodys_gutter_though_their_labels_break_the_alignment():
    pieces = two_columns([163, 176, 190, 204, 217])
    pieces += [run(480, 54, "Archiviu di Statu di Catania (ASCt),", 204, NOTE),
               run(484, 235, "Lo Presti, op. cit., p. 71.", 335, NOTE),
               run(517, 54, "Viditi Sarvaturi Lo Presti, I zurfara-", 204, NOTE),
               run(517, 215, "b. 88. Lu rapportu dû questori parra di", 385, NOTE)]
    found = texts(pieces)
    assert "Viditi Sarvaturi Lo Presti, I zurfara-" in found and "b. 88. Lu rapportu dû questori parra di" in found


def test_a_gap_of_an_em_that_the_lines_around_do_not_repeat_is_a_stretched_space():
    pieces = [run(190, 34, "a loose line of few words stretched", 190), run(190, 201, "wide apart", 260)]
    for base in (163, 176, 204, 217):  # full lines of the same column running across the place
        pieces.append(run(base, 34, "an ordinary line of the column running on across the whole measure", 385))
    assert "a loose line of few words stretched wide apart" in texts(pieces)


def test_a_column_of_hanging_labels_is_no_gutter_however_well_its_labels_and_texts_line_up():
    pieces = []
    for k, base in enumerate([480, 491, 502, 513, 524]):
        pieces += [run(base, 34, f"{k + 1}", 39, NOTE), run(base, 46, f"Archivio di Stato, busta {k + 12}", 200, NOTE)]
    assert texts(pieces)[0] == "1 Archivio di Stato, busta 12"


def test_a_gutter_of_eight_points_between_lines_on_baselines_a_little_apart_parts_them():
    pieces = two_columns([163, 176, 190, 204, 217], gutter=(205, 213))
    pieces += [run(230.0, 34, "ca purtavanu lu zurfu supra li spad-", 205), run(228.7, 213, "tanissetta.", 262)]
    pieces += [run(242.0, 34, "di, restanu nta l’umbra, puru si li so", 205.3), run(240.7, 213, "fici un comiziu", 385)]
    found = texts(pieces)
    assert "ca purtavanu lu zurfu supra li spad-" in found and "tanissetta." in found


def test_columns_on_baselines_of_their_own_show_their_gutter_though_no_line_holds_both():
    pieces = []
    for k, base in enumerate([163, 175, 187, 199, 211]):  # the left column's grid; the right column's is moved down
        pieces.append(run(base, 71, f"left column line {k} set to the column's edge", 292, 10.0))
        pieces.append(run(base + 5.5, 303 if k % 2 else 321, f"an endnote's line {k} in the right column", 524, 10.0))
    pieces += [run(223.5, 71, "The cairts at the Keith Inch", 292, 14.3), run(222, 303, "gies the names o eleiven", 524, 10.0)]
    found = texts(pieces)
    assert "The cairts at the Keith Inch" in found and "gies the names o eleiven" in found


def test_a_note_line_whose_label_stands_at_the_next_columns_edge_a_gutter_higher_up_showed_starts_there():
    pieces = [run(72, 76, "the title's last line, short", 278, 10.0), run(72, 303, "a line of the right column", 532, 10.0),
              run(107, 120, "a paragraph's last line", 236, 10.0), run(107, 303, "the right column goes on", 532, 10.0)]
    pieces += [run(base, 303, "and on, on a baseline of its own", 532, 10.0) for base in (120, 133, 146)]
    pieces += [run(751, 73, "Rat, undatiert (1628). Die Bittschrift ist von", 292, 8.0),
               run(761, 73, "sellen unterschrieben; vier von ihnen stammten", 292, 8.0),
               run(761, 303.7, "8. Zum Ende der Weberzunft im Dreißigjährigen", 532, 8.0),
               run(770, 73, "ten, zwei aus Lindau.", 151, 8.0), run(770, 313, "rike Pfanzelt, Memmingen im Krieg", 533, 8.0)]
    found = texts(pieces)
    assert "sellen unterschrieben; vier von ihnen stammten" in found
    assert "8. Zum Ende der Weberzunft im Dreißigjährigen" in found
