"""Footnotes as LaTeX sets them (round 26 of layouts): page furniture and margin numbers a journal adds.

Round 26's PDFs (`tests/fixtures/generality/round26/layout/`, gold by hand in its ``articles.py``) were set by
TeX Live; the tests read the committed PDFs (no TeX in the test environment).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests read their PDFs with the PDF helpers (pip install reportlab)")

from pdfmaker import notes_read  # noqa: E402

from histkit.read.pdf import read_pdf  # noqa: E402

ROUND = Path(__file__).parent / "fixtures" / "generality" / "round26" / "layout"


def test_a_centred_folio_foot_under_the_notes_of_a_one_page_offprint_is_no_part_of_the_last_note():
    # `Lětopis 63 (2016) 2, 117` centred under the notes, a DOI line under it: one page, no folio sequence
    read = notes_read(ROUND / "latex_hsb_paren.pdf")
    assert read[-1][2] == "Ibid."


def test_line_numbers_of_a_proof_are_left_out_of_the_body_even_beside_a_centred_author_line():
    # `lineno` numbers every line, the title's and the small-caps author's too (its `2` stands alone on its baseline)
    path = ROUND / "latex_br_lineno.pdf"
    parsed = read_pdf(path, path.read_bytes())
    body = [parsed.text[r.start:r.end] for r in parsed.regions if r.zone in ("body", "heading")]
    assert body[0] == "Ar c’hatekiz e brezhoneg ha gourc’hemennoù 1902"
    assert "2" not in body
    assert all(not line[:1].isdigit() for text in body for line in text.splitlines())


def test_a_titles_line_of_dates_alone_stays_in_the_title():
    path = ROUND / "latex_hsb_paren.pdf"
    parsed = read_pdf(path, path.read_bytes())
    first = parsed.regions[0]
    assert (first.zone, parsed.text[first.start:first.end]) == ("heading", "Serbske towarstwa w Budyšinje w lětach\n1848–1850")
