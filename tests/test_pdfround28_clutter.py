"""What a downloaded PDF carries around its article (round 28 of layouts): none of it is a note or a part of one.

An accepted manuscript's line numbers count the notes' lines as well as the body's, in a column left or right of
the text; a licence set as a float over the notes ends at the notes' rule. The pages are drawn here, small and
invented; the round's own PDFs keep their figure in ``tests/test_generality.py``.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, BODY_TOP, LEFT, NOTE_LEADING, PAGE_H, Sheet, notes_read  # noqa: E402

from histkit.read.pdf import read_pdf  # noqa: E402

BODY = ["The weavers of the town founded a sick club in the spring of 1836,^1 each",
        "member paying ten sous a week into a common box kept by the clerk, and",
        "the mayor let the club meet in the inn by the market square.^2 The police",
        "watched the meetings but found nothing to report to the prefect then.",
        "In the summer of 1848 the club was dissolved and its money paid back."]
NOTES = [("1", ["Municipal archives, F VII 12, statutes of the sick club, 1836, with the list of its",
                "first members and their trades."]),
         ("2", ["Municipal archives, F VII 12, minutes of 3 April 1837."])]


def _numbers(sheet: Sheet, baselines: list[float], x: float, first: int = 1, every: int = 1) -> None:
    """Line numbers in 6 pt sans, flush right at ``x``, beside the given baselines (every ``every``-th)."""
    sheet.canvas.setFont("DejaVuSans", 6)
    for k, y in enumerate(baselines):
        if (first + k) % every == 0:
            sheet.canvas.drawRightString(x, PAGE_H - y, str(first + k))


def _page(tmp_path, side: str, every: int = 1):
    sheet = Sheet(tmp_path / f"numbered_{side}.pdf")
    sheet.body(BODY)
    body_bases = [BODY_TOP + k * BODY_LEADING for k in range(len(BODY))]
    rule = sheet.footnotes(NOTES)
    note_bases = [rule + 2 + NOTE_LEADING * (k + 1) for k in range(sum(len(lines) for _, lines in NOTES))]
    _numbers(sheet, body_bases + note_bases, LEFT - 10 if side == "left" else 560, every=every)
    sheet.folio("201")
    return sheet.save()


@pytest.mark.parametrize("side", ["left", "right"])
def test_line_numbers_counting_the_notes_lines_in_a_margin_column_are_no_labels_nor_words_of_the_notes(tmp_path, side):
    read = notes_read(_page(tmp_path, side))
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Municipal archives, F VII 12, statutes of the sick club, 1836, with the list of its first members "
              "and their trades."),
        ("2", "Municipal archives, F VII 12, minutes of 3 April 1837.")]
    assert [word for *_, word in read] == ["1836,", "square."]


def test_the_margins_line_numbers_are_no_words_of_the_body(tmp_path):
    path = _page(tmp_path, "right")
    text = read_pdf(path, path.read_bytes()).text
    assert "kept by the clerk, and\n" in text or "kept by the clerk, and the mayor" in text
    assert " 3\n" not in text and "clerk, and 2" not in text


def test_labels_hanging_in_the_margin_beside_one_line_notes_stay_the_notes_labels(tmp_path):
    # (a column of bare numbers growing by one a line, but beside the notes only: the notes' own labels)
    sheet = Sheet(tmp_path / "hanging.pdf")
    sheet.body(["A short body line with three calls,^1 one^2 after the other.^3"])
    sheet.rule(LEFT, LEFT + 144, 738)
    for k, text in enumerate(["Archives, box 1.", "Archives, box 2.", "Archives, box 3."]):
        sheet.canvas.setFont("DejaVuSerif", 8.5)
        sheet.canvas.drawRightString(LEFT - 3, PAGE_H - (750 + k * NOTE_LEADING), str(k + 1))
        sheet.line(LEFT, 750 + k * NOTE_LEADING, text, size=8.5)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Archives, box 1."), ("2", "Archives, box 2."), ("3", "Archives, box 3.")]


def test_labels_of_one_line_endnotes_hanging_in_the_margin_under_the_body_stay_the_notes_labels(tmp_path):
    # (body-size labels growing by one a line, outside the text: but the count would start under the body and a
    # heading, where no line numbering starts)
    sheet = Sheet(tmp_path / "endnotes.pdf")
    sheet.body(["The weavers founded a club in 1836,^1 and the mayor", "let it meet in the inn.^2 The police watched",
                "it^3 but reported nothing.^4 In 1848 the club was", "dissolved and its money paid back."])
    sheet.line(LEFT, 160, "Notes")
    for k, text in enumerate(["Municipal archives, F VII 12.", "Ibid., minutes of 1837.",
                              "Prefecture, report of 1839.", "Ibid., list of 1848."]):
        sheet.canvas.setFont("DejaVuSerif", 11)
        sheet.canvas.drawRightString(LEFT - 4, PAGE_H - (180 + 14 * k), str(k + 1))
        sheet.line(LEFT, 180 + 14 * k, text)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Municipal archives, F VII 12."), ("2", "Ibid., minutes of 1837."),
        ("3", "Prefecture, report of 1839."), ("4", "Ibid., list of 1848.")]

def test_a_licence_set_over_the_notes_ends_at_the_notes_rule(tmp_path):
    # a bottom float (`cc by …` over a full-width rule) directly above LaTeX's short rule and the notes
    sheet = Sheet(tmp_path / "licence.pdf")
    sheet.body(BODY)
    rule = sheet.footnotes(NOTES)
    sheet.rule(LEFT, 523, rule - 40)
    sheet.line(LEFT, rule - 28, "CC BY 4.0 This article is published under a Creative Commons Attribution licence.",
               size=8.5)
    sheet.line(LEFT, rule - 17.5, "It may be shared in any medium, the original work being cited.", size=8.5)
    sheet.folio("45")
    path = sheet.save()
    read = notes_read(path)
    assert [key for key, *_ in read] == ["1", "2"]
    assert read[1][2] == "Municipal archives, F VII 12, minutes of 3 April 1837."
    assert not any("Creative Commons" in text for _, _, text, _ in read)
