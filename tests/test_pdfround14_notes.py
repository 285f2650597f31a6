"""Footnotes as more journals print them (round 14 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 14
(`tests/fixtures/generality/round14/layout/`): labels closed by a full stop and
a hyphen, `1.-`, as Spanish journals print them; an open-access journal's DOI
and licence lines set under the notes; a call printed on the line in
parentheses, wrapped to a line's start; the two notes of a continued article
numbered on from the first part. Positions are PDF points from the top
left; ``y`` is a baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from histkit import analyse_layout, read_document  # noqa: E402
from pdfmaker import LEFT, NOTE_SIZE, RIGHT, Sheet, notes_read  # noqa: E402


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


def _licensed_page(tmp_path, name, imprint_size, rule):
    """The notes read from a page whose notes stand over a DOI and a copyright line, and the zones those lines are in."""
    sheet = Sheet(tmp_path / name)
    sheet.body(["Cech rzeźników wszedł w spór z radą o jatki.^1 Rada chciała przenieść",
                "je poza mury, rzeźnicy zaś bronili dawnego przywileju.^2"])
    sheet.footnotes([("1", ["Archiwum Narodowe w Krakowie, Akta miasta Kazimierza, sygn. K 230."]),
                     ("2", ["Tamże, k. 5–6v."])], bottom=740, raised_labels=True)
    if rule:
        sheet.rule(LEFT, RIGHT, 746)
    sheet.lines(LEFT, 756, ["DOI: 10.24917/rk.2022.88.02", "© Copyright by Katarzyna Wróblewska, 2022"],
                size=imprint_size, leading=imprint_size + 1.5, font="sans")
    doc = read_document(sheet.save())
    zones = {r.zone for r in doc.regions if "DOI" in doc.text[r.start:r.end] or "©" in doc.text[r.start:r.end]}
    return [(n.note_no, n.text) for n in analyse_layout(doc).notes], zones


NOTES = [("1", "Archiwum Narodowe w Krakowie, Akta miasta Kazimierza, sygn. K 230."), ("2", "Tamże, k. 5–6v.")]


def test_doi_and_licence_lines_in_the_notes_size_under_a_rule_below_them_are_page_furniture_not_notes(tmp_path):
    assert _licensed_page(tmp_path, "licence.pdf", NOTE_SIZE, rule=True) == (NOTES, {"running_head"})


def test_doi_and_licence_lines_in_a_size_of_their_own_under_the_notes_are_page_furniture(tmp_path):
    assert _licensed_page(tmp_path, "unruled.pdf", 6.5, rule=False) == (NOTES, {"running_head"})


def test_a_doi_line_in_the_notes_own_size_and_unruled_goes_on_with_the_note_above(tmp_path):
    sheet = Sheet(tmp_path / "doinote.pdf")
    sheet.body(["Cech rzeźników wszedł w spór z radą o jatki.^1"])
    sheet.footnotes([("1", ["Por. Hanna Zaremska, „Bractwa kazimierskie”, Kwartalnik Historii Kultury",
                            "doi: 10.1234/khkm.1993.3"])], raised_labels=True)
    assert [text for _, _, text, _ in notes_read(sheet.save())] == [
        "Por. Hanna Zaremska, „Bractwa kazimierskie”, Kwartalnik Historii Kultury doi: 10.1234/khkm.1993.3"]


def test_a_call_in_parentheses_wrapped_to_the_start_of_a_line_calls_its_note(tmp_path):
    sheet = Sheet(tmp_path / "wrapped.pdf")
    sheet.body(["Училище открыли по приказу Палаты (1) в годы реформы (1837–1841),",
                "и учитель получал сто рублей в год. Дружинин видел в этом враждебность",
                "(2), но документы говорят иное (3)."])
    sheet.footnotes([("(1)", ["ГАКО. Ф. 133. Оп. 1. Д. 412. Л. 3."]), ("(2)", ["Там же. Л. 22 об."]),
                     ("(3)", ["Там же. С. 190."])])
    assert [(key, before) for key, _, _, before in notes_read(sheet.save())] == [
        ("1", "Палаты"), ("2", "враждебность"), ("3", "иное")]


def test_a_numbered_item_in_parentheses_opening_a_line_before_a_capital_is_no_call(tmp_path):
    sheet = Sheet(tmp_path / "items.pdf")
    sheet.body(["Палата решила (1) следующее:", "(2) Учитель получает сто рублей в год (2)."])
    sheet.footnotes([("(1)", ["ГАКО. Ф. 133. Оп. 1. Д. 412. Л. 3."]), ("(2)", ["Там же. Л. 22 об."])])
    assert [(key, before) for key, _, _, before in notes_read(sheet.save())] == [("1", "решила"), ("2", "год")]


def test_a_continued_articles_two_notes_numbered_on_from_34_keep_their_printed_numbers(tmp_path):
    sheet = Sheet(tmp_path / "continued.pdf")
    sheet.body(["Cech rzeźników wszedł w spór z radą o jatki.^34 Rada chciała przenieść",
                "je poza mury, rzeźnicy zaś bronili dawnego przywileju.^35"])
    sheet.footnotes([("34", ["Archiwum Narodowe w Krakowie, sygn. K 230."]), ("35", ["Tamże, k. 5–6v."])])
    assert [(key, label, before) for key, label, _, before in notes_read(sheet.save())] == [
        ("34", "34", "jatki."), ("35", "35", "przywileju.")]
