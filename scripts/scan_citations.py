"""The citations histkit reads from PDFs that have no gold: how many of each kind, how many left unparsed, and the
notes that give no citation at all though they name a year or a page.

Without hand-made gold the kinds still say much on real articles of journals no fixture imitates
(docs/heldout_pdfs.md): an `unparsed` citation is one no reader understood, and a note that names a year or a
page but gives no citation row is one the splitter took for a remark (its text is in notes.csv, cited nowhere).
Reading the samples these print is how held-out misses are found; it cannot tell a citation read wrong.

Run: .venv/bin/python scripts/scan_citations.py FOLDER [--samples N]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scan(folder: Path, samples: int = 0) -> dict:
    """Counts per kind, the notes with no citation row that name a year or a page, and up to ``samples`` of each."""
    from histkit.store import read_store, update_store

    with tempfile.TemporaryDirectory() as out:
        update_store([folder], Path(out) / "store", jobs=1)
        tables = read_store(Path(out) / "store", ["notes", "citations"])
    notes, citations = tables["notes"], tables["citations"]
    cited = set(zip(citations.doc_id, citations.note_no.astype(str)))
    silent = notes[[(d, str(k)) not in cited for d, k in zip(notes.doc_id, notes.note_no)]]
    dated = silent[silent.text.str.contains(r"\b(?:1[5-9]\d\d|20[0-2]\d)\b|\bpp?\.\s*\d", regex=True)]
    unparsed = citations[citations.kind == "unparsed"]
    return {"notes": len(notes), "kinds": citations.kind.value_counts().to_dict(), "silent": len(silent),
            "silent_dated": len(dated),
            "unparsed_samples": unparsed.sample(min(samples, len(unparsed)), random_state=0).raw.tolist() if samples else [],
            "silent_samples": dated.sample(min(samples, len(dated)), random_state=0).text.tolist() if samples else []}


def main(argv: list[str]) -> None:
    samples = int(argv[argv.index("--samples") + 1]) if "--samples" in argv else 0
    found = scan(Path(argv[0]), samples)
    print(f"{found['notes']} notes; citations by kind: {found['kinds']}")
    print(f"notes with no citation row: {found['silent']}, of which naming a year or a page: {found['silent_dated']}")
    for raw in found["unparsed_samples"]:
        print("  unparsed |", " ".join(raw.split())[:160])
    for text in found["silent_samples"]:
        print("  no row   |", " ".join(text.split())[:160])


if __name__ == "__main__":
    main(sys.argv[1:])
