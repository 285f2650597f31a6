"""Footnotes as LaTeX sets them (round 27 of layouts): small type at the page foot that is no note.

Round 27's PDFs (`tests/fixtures/generality/round27/layout/`, gold by hand in its ``articles.py``) were set by
TeX Live; the tests read the committed PDFs (no TeX in the test environment).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests read their PDFs with the PDF helpers (pip install reportlab)")

from pdfmaker import notes_read  # noqa: E402

from histkit.read.pdf import read_pdf  # noqa: E402

ROUND = Path(__file__).parent / "fixtures" / "generality" / "round27" / "layout"


def test_a_tables_source_line_set_over_the_notes_under_its_centred_rule_is_no_note_run_over():
    # a bottom float: caption, booktabs rules, `Brón: RHCL, …` in smaller type, then the notes' short rule
    read = notes_read(ROUND / "pdflatex_li_tablefoot.pdf")
    assert read[5][2] == "Maastrichtsch Dagblad, 4 juni 1861, 1."
    path = ROUND / "pdflatex_li_tablefoot.pdf"
    assert "Brón: RHCL" in read_pdf(path, path.read_bytes()).text


def test_an_editors_lettered_notes_set_under_the_numbered_ones_are_no_words_of_the_last():
    # manyfoot's `para` series under LaTeX's footnotes: `ᵃSura la parora: Badia. ᵇTl original: fëgn. ᶜ…`
    read = notes_read(ROUND / "pdflatex_lld_edition.pdf")
    assert [(key, text) for key, _, text, _ in read][-1] == ("6", "Ladinia 12 (1988): 77–92.")
    path = ROUND / "pdflatex_lld_edition.pdf"
    parsed = read_pdf(path, path.read_bytes())
    assert not any(r.zone == "note" and "Sura la parora" in parsed.text[r.start:r.end] for r in parsed.regions)
