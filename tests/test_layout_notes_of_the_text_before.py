"""A copy that starts on the last page of the text before: that text's last notes are not the document's.

A copier, a book scanner's first opening or a library's page range takes in the page before the article: the end
of the article before, its signature and its last notes (27–29), numbered where that article had got to. The
article's own notes begin at 1 on a later page (layout round 38's German openings). Those first notes are set
apart as front matter, their calls are no calls, and a problem says so; notes that begin above 1 and never start
again at 1 (a chapter numbered on from the one before) stay notes.
"""

from __future__ import annotations

from histkit import Document, analyse_layout
from histkit.read.structure import TextBuilder


def _layout(pages):
    built = TextBuilder()
    for page, (body, notes) in enumerate(pages, start=1):
        for text, call in body:
            built.add(text, "body", page=page)
            if call:
                built.mark(call)
        for no, text in notes:
            built.add(text, "note", note_no=no, page=page)
    text, regions, marks = built.result()
    return analyse_layout(Document("t", "t.pdf", text, regions=regions, marks=marks))


def test_the_last_notes_of_the_text_before_on_the_first_page_are_no_notes_of_the_document():
    lay = _layout([
        ([("in Heilbronn und Künzelsau versteigert.", "27"), ("Gertrud Haller", None)],
         [("27", "HStAS, E 221 Bü 1904."), ("28", "Ebd., Bü 1905.")]),
        ([("Die Heilbronner Schiffergilde", None), ("berief sich auf ein altes Recht.", "1")],
         [("1", "StadtA HN, A 035-12.")]),
    ])
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "StadtA HN, A 035-12.")]
    assert lay.notes[0].marker_start is not None
    assert [b.zone for b in lay.blocks if "HStAS" in b.text] == ["front"]
    assert any("end the text before it" in w.message for w in lay.warnings)


def test_notes_numbered_on_from_a_chapter_before_stay_the_documents_notes():
    lay = _layout([
        ([("Die Gilde zählte 43 Meister.", "27")], [("27", "StadtA HN, A 035-7.")]),
        ([("Die Bergfahrt dauerte acht Tage.", "28")], [("28", "Haas, S. 22.")]),
    ])
    assert [n.note_no for n in lay.notes] == ["27", "28"]
