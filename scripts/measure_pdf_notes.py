"""How many notes histkit reads from the corpus PDFs, and how many are exactly right.

For each PDF of ``../shared/corpus/pnz/`` the notes histkit reads (the
``notes`` table's note_no and text, after layout) are compared with the
notes of the Word file the PDF was rendered from, read by the independent
``../shared/tools/notes_from_source.py`` (note_no, text; runs squeezed):

- *exact*: the same text once whitespace is squeezed to single spaces;
- *relaxed*: the same text once all whitespace and all hyphens (-, U+00AD)
  are removed from both (so a line-end hyphen kept or dropped, or a space
  lost or gained at a line break, does not count).

For ``rg/`` and ``law/`` (gold holds references, not note texts): the
notes found against ``footnotes`` in ``manifest.json`` (the last note
number printed), and whether the note numbers read run 1, 2, …, N in order.
Everywhere: how many notes are linked to their marker in the text (*linked*),
and pages per second of reading and layout.

Run: .venv/bin/python scripts/measure_pdf_notes.py [--folder pnz|rg|law] [--show N]
(exits 0 with a message when the corpus is absent).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import analyse_layout, read_document  # noqa: E402

CORPUS = next((c for c in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus") if c.is_dir()),
              ROOT.parent / "shared" / "corpus")
TOOL = CORPUS.parent / "tools" / "notes_from_source.py"


def squeeze(text: str) -> str:
    return " ".join(text.split())


def relaxed(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def gold_notes(source: Path) -> list[tuple[str, str]]:
    out = subprocess.run([sys.executable, str(TOOL), str(source)], capture_output=True, text=True, check=True).stdout
    return [(row["note_no"], row["text"]) for row in csv.DictReader(io.StringIO(out))]


def read_notes(pdf: Path) -> tuple[list[tuple[str, str]], float, int, int]:
    """The notes read (note_no, text), seconds spent, pages, and how many notes are linked to a marker."""
    start = time.perf_counter()
    doc = read_document(pdf)
    layout = analyse_layout(doc)
    spent = time.perf_counter() - start
    linked = sum(1 for n in layout.notes if n.marker_block_id)
    return [(n.note_no, n.text) for n in layout.notes], spent, int(doc.meta.get("n_pages") or 0), linked


def in_order(numbers: list[str]) -> bool:
    digits = [int(n) for n in numbers if n.isdigit()]
    return bool(digits) and digits == list(range(1, len(digits) + 1))


def measure_pnz(show: int) -> tuple[int, int, int, int]:
    print(f"{'pnz file':36s} {'gold':>5s} {'found':>6s} {'exact':>6s} {'relaxed':>8s} {'linked':>7s} {'p/s':>6s}")
    totals = [0, 0, 0, 0, 0]
    for pdf in sorted((CORPUS / "pnz").glob("*.pdf")):
        gold = gold_notes(pdf.with_suffix(".docx"))
        found, spent, pages, linked = read_notes(pdf)
        got = {}
        for no, text in found:
            got.setdefault(no, text)
        exact = sum(1 for no, text in gold if no in got and squeeze(got[no]) == squeeze(text))
        loose = sum(1 for no, text in gold if no in got and relaxed(got[no]) == relaxed(text))
        print(f"{pdf.stem[:36]:36s} {len(gold):5d} {len(found):6d} {exact:6d} {loose:8d} {linked:7d} {pages / spent:6.1f}")
        for no, text in [(n, t) for n, t in gold if squeeze(got.get(n, "")) != squeeze(t)][:show]:
            print(f"    note {no}\n      gold: {squeeze(text)[:300]}\n      read: {squeeze(got.get(no, '(none)'))[:300]}")
        for k, v in enumerate((len(gold), len(found), exact, loose, linked)):
            totals[k] += v
    print(f"{'total':36s} {totals[0]:5d} {totals[1]:6d} {totals[2]:6d} {totals[3]:8d} {totals[4]:7d}")
    return tuple(totals)


def measure_printed(folder: str) -> None:
    manifest = {r["file"]: r for r in json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))}
    print(f"{folder + ' file':36s} {'printed':>7s} {'found':>6s} {'numbered':>8s} {'1..N in order':>14s} "
          f"{'linked':>7s} {'p/s':>6s}")
    total = [0, 0, 0, 0]
    for pdf in sorted((CORPUS / folder).glob("*.pdf")):
        found, spent, pages, linked = read_notes(pdf)
        printed = manifest.get(f"{folder}/{pdf.name}", {}).get("footnotes") or 0
        numbers = [no for no, _ in found]
        numbered = sum(1 for n in numbers if n.isdigit())
        for k, v in enumerate((printed, len(found), numbered, linked)):
            total[k] += v
        print(f"{pdf.stem[:36]:36s} {printed:7d} {len(found):6d} {numbered:8d} "
              f"{'yes' if in_order(numbers) else 'no':>14s} {linked:7d} {pages / spent:6.1f}")
    print(f"{'total':36s} {total[0]:7d} {total[1]:6d} {total[2]:8d} {'':>14s} {total[3]:7d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", choices=("pnz", "rg", "law"), action="append")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong notes per pnz file")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    for folder in args.folder or ("pnz", "rg", "law"):
        if folder == "pnz":
            measure_pnz(args.show)
        else:
            measure_printed(folder)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
