"""The notes histkit reads from the real PDFs of ../shared/corpus hold the totals reached (skipped where it is absent).

pnz/: PDFs rendered from the journal's Word files; each note is compared with
the Word file's own note (``../shared/tools/notes_from_source.py``): exactly
(white space squeezed) and relaxed (all white space and hyphens removed, so a
line break the Word file's gold joins without a space does not count).
rg/ and law/: the publishers' PDFs (side notes, foot columns, bilingual
pages); every printed note number, 1 to the last (corpus manifest), read in
order. ``scripts/measure_pdf_notes.py`` prints the tables behind these figures.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import DEFAULT_CORPUS

from histkit import analyse_layout, read_document

CORPUS = DEFAULT_CORPUS  # $HISTKIT_CORPUS, else ../shared/corpus beside the repository or its worktree
TOOL = CORPUS.parent / "tools" / "notes_from_source.py"
needs_corpus = pytest.mark.skipif(not (CORPUS / "manifest.json").is_file(),
                                  reason=f"the shared corpus is not at {CORPUS} (set HISTKIT_CORPUS to its folder)")


def notes_read(pdf: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(pdf)).notes]


def squeezed(text: str) -> str:
    return " ".join(text.split())


def relaxed(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


@needs_corpus
@pytest.mark.skipif(not TOOL.is_file(), reason=f"the notes reference tool is not at {TOOL}")
def test_the_pnz_pdfs_give_every_note_of_their_word_files_897_exactly_and_all_904_but_for_line_breaks():
    gold_total = found_total = exact = loose = 0
    for pdf in sorted((CORPUS / "pnz").glob("*.pdf")):
        out = subprocess.run([sys.executable, str(TOOL), str(pdf.with_suffix(".docx"))], capture_output=True,
                             text=True, check=True).stdout
        gold = [(r["note_no"], r["text"]) for r in csv.DictReader(io.StringIO(out))]
        found = dict(notes_read(pdf))
        assert list(found) == [no for no, _ in gold], pdf.name
        gold_total += len(gold)
        found_total += len(found)
        exact += sum(squeezed(found[no]) == squeezed(text) for no, text in gold)
        loose += sum(relaxed(found[no]) == relaxed(text) for no, text in gold)
    assert (gold_total, found_total, loose) == (904, 904, 904)
    assert exact >= 897


@needs_corpus
@pytest.mark.parametrize("folder", ["rg", "law"])
def test_every_printed_note_of_the_publishers_pdfs_is_read_in_order(folder):
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    printed = {Path(r["file"]).name: r["footnotes"] for r in manifest if r["file"].startswith(folder + "/")
               and r["file"].endswith(".pdf")}
    for name, last in sorted(printed.items()):
        numbered = [int(no) for no, text in notes_read(CORPUS / folder / name) if no.isdigit()]
        assert numbered == list(range(1, last + 1)), name
