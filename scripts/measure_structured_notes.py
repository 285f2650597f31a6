"""Measure the notes histkit reads from Word (.docx) and TEI files against an independent reference.

    python scripts/measure_structured_notes.py [FOLDER]    # default ../shared/corpus/pnz ($HISTKIT_CORPUS/pnz if set)

For each .docx and .tei.xml file of FOLDER, the reference is the CSV (note_no, text) that
`../shared/tools/notes_from_source.py FILE` writes from the file's own structure, independently
of histkit. histkit's notes are the ``notes`` of `analyse_layout(read_document(FILE))` (the
``notes`` table's note_no and text). How they are compared:

- found: how many notes histkit gives; reference: how many the reference gives;
- same label: reference notes for which histkit has a note with the same note_no (a label given
  to several notes pairs them in order);
- exact: of those pairs, how many have the same text once every run of white space in both texts
  is one space and none is at the ends (histkit's ``notes.text`` vs the reference's ``text``);
- exact, any label: how many reference texts histkit has among its notes' texts whatever their
  label (a multiset intersection of the squeezed texts), so that a note labelled differently still counts.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = Path(os.environ.get("HISTKIT_CORPUS") or ROOT.parent / "shared" / "corpus")
CORPUS = SHARED_CORPUS / "pnz"
REFERENCE_TOOL = SHARED_CORPUS.parent / "tools" / "notes_from_source.py"
COLUMNS = ("file", "reference", "found", "same_label", "exact", "exact_any_label")


def squeeze(text: str) -> str:
    return " ".join(text.split())


def reference_notes(path: Path) -> list[tuple[str, str]]:
    """The (note_no, text) rows the independent reference tool gives for one file."""
    out = subprocess.run([sys.executable, str(REFERENCE_TOOL), str(path)], check=True, capture_output=True, text=True)
    return [(row["note_no"], squeeze(row["text"])) for row in csv.DictReader(io.StringIO(out.stdout))]


def histkit_notes(path: Path) -> list[tuple[str, str]]:
    """The (note_no, text) of the notes histkit reads from one file."""
    sys.path.insert(0, str(ROOT))
    from histkit import analyse_layout, read_document

    return [(n.note_no, squeeze(n.text)) for n in analyse_layout(read_document(path)).notes]


def compare(reference: list[tuple[str, str]], found: list[tuple[str, str]]) -> dict:
    """The counts of one file (see the module's docstring)."""
    by_label = defaultdict(list)
    for label, text in found:
        by_label[label].append(text)
    same = exact = 0
    for label, text in reference:
        if by_label[label]:
            same += 1
            exact += by_label[label].pop(0) == text
    any_label = sum((Counter(t for _, t in reference) & Counter(t for _, t in found)).values())
    return {"reference": len(reference), "found": len(found), "same_label": same, "exact": exact,
            "exact_any_label": any_label}


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.docx")) + sorted(folder.glob("*.tei.xml"))


def measure(folder: Path = CORPUS) -> list[dict]:
    """One row per file, then one total row per format (docx, tei)."""
    rows = [{"file": path.name, **compare(reference_notes(path), histkit_notes(path))} for path in files(folder)]
    totals = []
    for kind, suffix in (("docx", ".docx"), ("tei", ".tei.xml")):
        mine = [r for r in rows if r["file"].endswith(suffix)]
        totals.append({"file": f"TOTAL {kind} ({len(mine)} files)",
                       **{c: sum(r[c] for r in mine) for c in COLUMNS[1:]}})
    return rows + totals


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CORPUS
    if not folder.is_dir():
        print(f"no corpus at {folder}", file=sys.stderr)
        return 1
    rows = measure(folder)
    width = max(len(r["file"]) for r in rows)
    print(f"{'file':<{width}}  " + "  ".join(f"{c:>15}" for c in COLUMNS[1:]))
    for row in rows:
        print(f"{row['file']:<{width}}  " + "  ".join(f"{row[c]:>15}" for c in COLUMNS[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
