"""Score histkit's reference parser on the reference lists of JATS articles, against the fields their publishers tagged.

A JATS article from SciELO or PubMed Central often gives each reference twice:
as printed (`mixed-citation`) and as tagged fields (`element-citation`). The
printed text goes through `histkit.parse_reference`; its fields are compared
with the tagged ones (`histkit.evaluate.jats_reference_gold`) as the corpus
gold's are (`field_agrees`: strict, and soft as GROBID's end-to-end evaluation).
A field is scored where the gold has it. "found" is the instance-level test of
`evaluate_references`: first author and year agree, or the title is at least
0.8 similar. Figures per field, by the article's language and by the kind of
work (journal article, book, …), and with ``--wrong N`` the first N misses of
a field (``--field``, default title).

These are reference lists, not notes: entries cite whole works in the house
style of a bibliography (ABNT's `SOBRENOME, Nome. Título.`, Vancouver's
`Surname AB. Title. Journal. 2001;12:34-56.`), so the figures say how the
parser reads styles and languages it was not written on, not how it finds
references in notes.

Run: python scripts/measure_jats_references.py FILE_OR_FOLDER ... [--wrong N] [--field title]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import parse_reference  # noqa: E402
from histkit.evaluate import FIELDS, jats_reference_gold, reading_agreement  # noqa: E402


def gold_of(paths: list[Path]) -> pd.DataFrame:
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.suffix in (".xml", ".nxml"))
    frames = []
    for path in files:
        try:
            frames.append(jats_reference_gold(path.read_bytes(), path.stem))
        except ET.ParseError as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def scored(gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold entry: what the parser read and, per field, whether it agrees strictly and softly."""
    rows = []
    for entry in gold.itertuples(index=False):
        got = parse_reference(entry.raw)
        row = {"doc_id": entry.doc_id, "ref_id": entry.ref_id, "kind": entry.kind, "language": entry.language,
               "raw": entry.raw}
        row.update(reading_agreement(entry, got, FIELDS))
        rows.append(row)
    return pd.DataFrame(rows)


def summary(table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    groups = table.groupby(by) if by else [("all", table)]
    out = []
    for name, part in groups:
        row = {by or "": name, "entries": len(part), "found": round(part.found.mean(), 3)}
        for field in FIELDS:
            scored_ = part[f"{field}_soft"].dropna()
            row[field] = (f"{part[f'{field}_strict'].dropna().astype(bool).mean():.2f} / "
                          f"{scored_.astype(bool).mean():.2f} ({len(scored_)})") if len(scored_) else "-"
        out.append(row)
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--wrong", type=int, default=0)
    parser.add_argument("--field", default="title", choices=FIELDS)
    args = parser.parse_args(argv)
    gold = gold_of(args.paths)
    if gold.empty:
        print("no reference printed and tagged in these files")
        return 0
    table = scored(gold)
    print(f"{len(table)} references printed and tagged, in {table.doc_id.nunique()} articles; fields strict / soft "
          "(entries with the field)")
    for by in (None, "language", "kind"):
        print(summary(table, by).to_string(index=False), end="\n\n")
    misses = table[table[f"{args.field}_soft"] == False]  # noqa: E712 (None: the gold has no such field)
    for row in misses.head(args.wrong).itertuples(index=False):
        print(f"{row.doc_id} {row.ref_id}: {row.raw}\n    gold {getattr(row, 'gold_' + args.field)!r}  "
              f"got {getattr(row, 'got_' + args.field)!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
