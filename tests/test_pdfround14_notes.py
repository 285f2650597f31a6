"""Footnotes as more journals print them (round 14 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 14
(`tests/fixtures/generality/round14/layout/`): labels closed by a full stop and
a hyphen, `1.-`, as Spanish journals print them; an open-access journal's DOI
and licence lines set under the notes. Positions are PDF points from the top
left; ``y`` is a baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import Sheet, notes_read  # noqa: E402


def test_labels_closed_by_a_full_stop_and_a_hyphen_start_the_notes(tmp_path):
    sheet = Sheet(tmp_path / "dashlabel.pdf")
    sheet.body(["Los contratos de arrendamiento de pastos de invierno^1 muestran que los",
                "propietarios pagaban precios altos por las dehesas de Extremadura,^2 y aun",
                "así obtenían beneficios en los mercados del norte.^3"])
    sheet.footnotes([("1.-", ["Archivo Histórico Provincial de Soria, Protocolos notariales, caja 1402,",
                              "fols. 33r–41v."]),
                     ("2.-", ["Ibídem, fol. 38v."]), ("3.-", ["Véase García Sanz, Desarrollo y crisis, p. 155."])])
    assert [(key, text, before) for key, _, text, before in notes_read(sheet.save())] == [
        ("1", "Archivo Histórico Provincial de Soria, Protocolos notariales, caja 1402, fols. 33r–41v.", "invierno"),
        ("2", "Ibídem, fol. 38v.", "Extremadura,"),
        ("3", "Véase García Sanz, Desarrollo y crisis, p. 155.", "norte."),
    ]
