"""One numbering of notes on every route: a text and a PDF of the same article give the same `note_no` and `label`.

Notes numbered page by page (1–2, 1–2, 1) are numbered once through in
reading order (1–5), the printed number kept as the label, whether the
article is read from its PDF (drawn here with tests/pdfmaker.py) or from its
text as `pdftotext -layout` gives it (written here from the same pages).
`number_notes` is the one function both routes key their notes with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from histkit import analyse_layout, build_tables, read_document
from histkit.layout import number_notes

# (running head, folio, body lines with `^n` calls, notes (label, text))
PAGES = [
    ("SLAVONIC REVIEW", 201,
     ["The envoy arrived in Brussels in January 1951 with orders to meet every",
      "socialist leader who would receive him.^1 The first to do so was Max Buset.^2"],
     [("1", "Instructions of 3 January 1951, AJ, fond 507, IX, 11/II-1."),
      ("2", "Report of 19 January 1951, AJ, fond 507, IX, 11/II-2.")]),
    ("SLAVONIC REVIEW", 202,
     ["Buset listened politely and promised nothing.^1 The next visit, to Victor",
      "Larock, went better.^2"],
     [("1", "Ibid."), ("2", "Report of 2 February 1951, AJ, fond 507, IX, 11/II-4.")]),
    ("SLAVONIC REVIEW", 203,
     ["By the summer the envoy could report that the party was ready to send",
      "a delegation.^1"],
     [("1", "Report of 30 June 1951, AJ, fond 507, IX, 11/II-9.")]),
]

COUNTED_ON = [("1", "1"), ("2", "2"), ("3", "1"), ("4", "2"), ("5", "1")]


def write_text(path: Path) -> Path:
    """The article as `pdftotext -layout` gives it: head, body, notes, folio, a form feed after each page."""
    pages = []
    for head, folio, body, notes in PAGES:
        lines = [head.center(90), ""] + [line.replace("^", "") for line in body] + [""]
        lines += [f"{label}   {text}" for label, text in notes] + ["", str(folio).center(100), ""]
        pages.append("\n".join(lines))
    path.write_text("\f".join(pages) + "\f", encoding="utf-8")
    return path


def write_pdf(path: Path) -> Path:
    pytest.importorskip("reportlab", reason="the PDF is drawn with reportlab (pip install reportlab)")
    from pdfmaker import Sheet

    sheet = Sheet(path)
    for k, (head, folio, body, notes) in enumerate(PAGES):
        if k:
            sheet.next_page()
        sheet.running_head(head)
        sheet.folio(str(folio))
        sheet.body(body)
        sheet.footnotes([(label, [text]) for label, text in notes])
    return sheet.save()


def keys(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.label) for n in analyse_layout(read_document(path)).notes]


# ----------------------------------------------------------------------------------------------- the text route

def test_a_text_with_notes_numbered_page_by_page_counts_them_on_keeping_the_printed_number_as_label(tmp_path):
    assert keys(write_text(tmp_path / "article.txt")) == COUNTED_ON


def test_the_notes_of_a_later_page_link_the_calls_of_that_page(tmp_path):
    lay = analyse_layout(read_document(write_text(tmp_path / "article.txt")))
    text = lay.doc.text
    assert [(n.note_no, text[:n.marker_start].split()[-1]) for n in lay.notes] == [
        ("1", "him."), ("2", "Buset."), ("3", "nothing."), ("4", "better."), ("5", "delegation.")]


def test_the_note_blocks_carry_the_key_of_their_note(tmp_path):
    lay = analyse_layout(read_document(write_text(tmp_path / "article.txt")))
    assert [b.note_no for b in lay.blocks if b.zone == "note"] == ["1", "2", "3", "4", "5"]


def test_an_ibid_in_a_later_series_points_to_the_counted_on_note_before(tmp_path):
    tables = build_tables([read_document(write_text(tmp_path / "article.txt"))])
    citations = tables["citations"]
    ibid = citations[citations.kind == "ibid"]
    assert ibid[["note_no", "ibid_of"]].values.tolist() == [["3", "2:1"]]


# ----------------------------------------------------------------------------------------------- both routes

def test_the_same_article_as_pdf_and_as_text_gives_the_same_note_no_and_label(tmp_path):
    assert keys(write_pdf(tmp_path / "article.pdf")) == keys(write_text(tmp_path / "article.txt")) == COUNTED_ON


# ----------------------------------------------------------------------------------------------- number_notes

def test_a_series_numbered_from_1_again_is_counted_on_from_the_highest_key_before():
    assert number_notes(["1", "2", "3", "1", "2"]) == ["1", "2", "3", "4", "5"]


def test_a_note_going_on_under_the_same_number_keeps_its_key():
    assert number_notes(["1", "2", "2", "3"]) == ["1", "2", "2", "3"]


def test_a_restart_the_caller_knows_of_is_counted_on_though_the_number_repeats_the_last():
    assert number_notes(["1", "1", "1"], restarts=[False, True, True]) == ["1", "2", "3"]


def test_chapter_numbered_notes_are_counted_through():
    assert number_notes(["1.1", "1.2", "1.3", "2.1"]) == ["1", "2", "3", "4"]


def test_a_note_inserted_at_proof_stage_moves_the_notes_after_it_one_on():
    assert number_notes(["3", "4", "4a", "5"]) == ["3", "4", "5", "6"]


def test_a_symbol_note_of_a_later_series_is_keyed_by_its_series():
    assert number_notes(["*", "1", "2", "1", "*"]) == ["*", "1", "2", "3", "2.*"]
