"""Score histkit's reference parser on LinkedBooks, references on the history of Venice that others labelled.

The LinkedBooks dataset (`dhlab-epfl/LinkedBooksDeepReferenceParsing`, MIT
licence; not shipped: ``git show HEAD:dataset/clean_test.txt`` from its
repository, lines ending in a carriage return) labels each token of a reference
with its field. `histkit.evaluate.linkedbooks_gold` rebuilds each reference's
text and fields; the text goes through `histkit.parse_reference` and the fields
are compared as the corpus gold's are (`field_agrees`, strict and soft, and the
place as a text field). A field is scored where the gold has it. "found" is the
instance-level test of `evaluate_references`: first author and year agree, or
the title is at least 0.8 similar; it is counted where the gold has an author
or a title. Figures by kind (secondary: a book or an article cited whole;
meta-annotation: mostly a part of a work, `in` a book or a journal; primary:
an archival source) and by language, guessed from the reference's own words
(`guess_languages`: the language whose commonest words it uses most; a
reference is short, so the guess is rough). For primary references, the share
`extract_citations` reads as archival (a note holding the reference alone).
``--wrong N`` prints the first N misses of a field (``--field``, default title).

Develop on clean_train.txt and clean_valid.txt only; clean_test.txt is for the
figure before and the figure after, never for reading misses.

Run: python scripts/measure_linkedbooks.py FILE [--kind secondary] [--wrong N] [--field title]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import extract_citations, parse_reference  # noqa: E402
from histkit.actors.kinds import guess_languages  # noqa: E402
from histkit.evaluate import FIELDS, linkedbooks_gold, reading_agreement  # noqa: E402

SCORED = FIELDS + ("place",)


def language(text: str) -> str:
    return guess_languages([text], limit=1)[0]


def archival(texts: list[str]) -> list[bool]:
    """Whether histkit's citation classifier reads each text, a note of its own, as an archival citation."""
    if not texts:
        return []
    notes = pd.DataFrame({"doc_id": "lb", "note_no": [str(i) for i in range(len(texts))], "text": texts})
    cited = extract_citations(notes).citations
    kinds = cited.groupby("note_no").kind.apply(set)
    return [("archival" in kinds.get(str(i), set())) for i in range(len(texts))]


def scored(gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold reference: what the parser read and, per field, whether it agrees strictly and softly."""
    rows = []
    for entry in gold.itertuples(index=False):
        got = parse_reference(entry.raw)
        row = {"ref_id": entry.ref_id, "line": entry.line, "kind": entry.kind, "language": language(entry.raw),
               "raw": entry.raw}
        row.update(reading_agreement(entry, got, SCORED))
        row["found"] = row["found"] if entry.authors or entry.title else None
        rows.append(row)
    table = pd.DataFrame(rows)
    primary = table.kind == "primary"
    table["archival"] = None
    table.loc[primary, "archival"] = archival(table.raw[primary].tolist())
    return table


def summary(table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    groups = table.groupby(by) if by else [("all", table)]
    out = []
    for name, part in groups:
        found = part.found.dropna()
        row = {by or "": name, "refs": len(part),
               "found": f"{found.astype(bool).mean():.3f} ({len(found)})" if len(found) else "-"}
        for field in SCORED:
            soft = part[f"{field}_soft"].dropna()
            row[field] = (f"{part[f'{field}_strict'].dropna().astype(bool).mean():.2f} / "
                          f"{soft.astype(bool).mean():.2f} ({len(soft)})") if len(soft) else "-"
        archival_ = part.archival.dropna()
        row["archival"] = f"{archival_.astype(bool).mean():.2f} ({len(archival_)})" if len(archival_) else "-"
        out.append(row)
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--kind", choices=("secondary", "meta-annotation", "primary"))
    parser.add_argument("--wrong", type=int, default=0)
    parser.add_argument("--field", default="title", choices=SCORED + ("found", "archival"))
    args = parser.parse_args(argv)
    gold = linkedbooks_gold(args.path.read_bytes().decode("utf-8"))
    if args.kind:
        gold = gold[gold.kind == args.kind]
    table = scored(gold)
    print(f"{len(table)} references of {args.path.name}; fields strict / soft (references with the field); "
          "archival: primary references read as archival")
    for by in (None, "kind", "language"):
        print(summary(table, by).to_string(index=False), end="\n\n")
    column = args.field if args.field in ("found", "archival") else f"{args.field}_soft"
    misses = table[table[column] == False]  # noqa: E712 (None: the gold has no such field)
    for row in misses.head(args.wrong).itertuples(index=False):
        gold_, got = (getattr(row, "gold_" + args.field), getattr(row, "got_" + args.field)) if column.endswith(
            "_soft") else ((row.gold_authors, row.gold_title, row.gold_year), (row.got_authors, row.got_title, row.got_year))
        print(f"line {row.line} [{row.kind}, {row.language}]: {row.raw}\n    gold {gold_!r}  got {got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
