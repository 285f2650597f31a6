"""Footnotes as LaTeX sets them (round 25 of layouts): pdfLaTeX, XeLaTeX and LuaLaTeX with journals' classes.

Round 25's PDFs (`tests/fixtures/generality/round25/layout/`, gold by hand in its ``articles.py``) were set by
TeX Live; the tests read the committed PDFs (no TeX in the test environment).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests read their PDFs with the PDF helpers (pip install reportlab)")

from pdfmaker import notes_read  # noqa: E402

ROUND = Path(__file__).parent / "fixtures" / "generality" / "round25" / "layout"


def test_notes_numbered_anew_on_each_page_with_labels_on_the_line_are_the_pages_own():
    # `footmisc`'s perpage: page 2 prints notes 6–8 as `1.`–`3.` under its calls `¹ ² ³`
    read = notes_read(ROUND / "xelatex_fr_octroi.pdf")
    assert [(no, label, before) for no, label, _, before in read][5:] == [
        ("6", "1", "courante"), ("7", "2", "victimes"), ("8", "3", "soldats")]
    assert read[5][2] == "Journal de Rouen, 11 juillet 1831, p. 2."
