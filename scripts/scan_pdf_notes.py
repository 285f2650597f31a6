"""Notes read from PDFs that have no gold: how many of the numbers 1..N each PDF's notes run to are found.

A PDF's numbered notes run 1, 2, … N; without a hand-made gold, the notes
histkit reads still say much: the largest number read (N, as far as it was
read), how many of 1..N were read, which are missing, whether they come in
order, how many are linked to a call in the text. A PDF whose notes are all
read says ``complete``. It is the check for real articles of journals no
fixture imitates (docs/heldout_pdfs.md: 60 law and humanities articles of
some thirty publishers); it cannot see a note read with the wrong text.

Run: .venv/bin/python scripts/scan_pdf_notes.py FOLDER [--skip SUBSTRING,…]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scan(pdf: Path) -> dict:
    """The figures of one PDF (``error`` where histkit refused it)."""
    from histkit import analyse_layout, read_document

    try:
        lay = analyse_layout(read_document(pdf))
    except Exception as exc:  # a refused file is a row of the report, not the end of it
        return {"file": pdf.stem, "error": f"{type(exc).__name__}: {exc}"}
    numbers = [int(n.note_no) for n in lay.notes if n.note_no.isdigit()]
    top = max(numbers, default=0)
    missing = sorted(set(range(1, top + 1)) - set(numbers))
    return {"file": pdf.stem, "found": len(set(numbers)), "largest": top, "missing": missing,
            "in_order": numbers == sorted(numbers), "linked": sum(n.marker_start is not None for n in lay.notes),
            "unnumbered": len(lay.notes) - len(numbers)}


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    skip = next((a.split("=", 1)[1].split(",") for a in argv[1:] if a.startswith("--skip=")), [])
    rows = [scan(pdf) for pdf in sorted(folder.glob("*.pdf")) if not any(s and s in pdf.name for s in skip)]
    for r in rows:
        if "error" in r:
            print(f"{r['file'][:50]:50} refused: {r['error'][:80]}")
        else:
            print(f"{r['file'][:50]:50} {r['found']:4} of {r['largest']:4}  linked {r['linked']:4}"
                  f"  unnumbered {r['unnumbered']:2}  {'' if r['in_order'] else 'out of order '}"
                  f"{'missing ' + str(r['missing'][:10]) if r['missing'] else ''}")
    read = [r for r in rows if "error" not in r]
    complete = sum(1 for r in read if r["largest"] and not r["missing"])
    print(f"{len(rows)} PDFs, {len(rows) - len(read)} refused; notes read {sum(r['found'] for r in read)} of "
          f"{sum(r['largest'] for r in read)} numbered; linked {sum(r['linked'] for r in read)}; "
          f"complete 1..N: {complete}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
