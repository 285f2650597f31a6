"""How well histkit reads the dates of the blind date rounds (tests/fixtures/dates/roundN/).

A round holds ``texts.csv`` (doc_id, para_no, text: the body paragraphs of
imitated articles) and ``expected.csv`` (doc_id, para_no, seq, surface,
date_start, date_end, precision: every date a historian reads in each
paragraph, in reading order, ``surface`` exactly as written). Each article is
read as `histkit tables` reads a text file: its paragraphs joined by blank
lines into one document, its layout analysed, its dates table made
(`histkit.analyse_layout`, `histkit.dates_table`); each found date goes to the
paragraph its offsets fall in.

Within a paragraph, found and expected dates are paired in reading order: an
expected date takes the first found date not yet taken whose characters
overlap its surface. Per language (the second part of the doc_id,
``d3_de_weimar`` → ``de``) and over the round: dates *expected*, *found*,
*paired* (overlapping), *surface* (paired and the same characters), *span*
(paired with the same date_start and date_end), *precision* (paired with the
same precision) and *extra* (found, paired with none). ``--wrong`` lists every
expected date not read exactly and every extra one.

Run: .venv/bin/python scripts/measure_dates.py [roundN ...] [--wrong]
(default: every round).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import Document, analyse_layout, dates_table  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "dates"
FIGURES = ("expected", "found", "paired", "surface", "span", "precision", "extra")


def read_round(folder: Path) -> tuple[dict[str, list[str]], dict[tuple[str, int], list[dict]]]:
    """The paragraphs of each article, in order, and the expected dates of each (doc_id, para_no)."""
    paragraphs: dict[str, list[str]] = defaultdict(list)
    with open(folder / "texts.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if int(row["para_no"]) != len(paragraphs[row["doc_id"]]) + 1:
                raise SystemExit(f"{folder.name}/texts.csv: {row['doc_id']} paragraph {row['para_no']} out of order")
            paragraphs[row["doc_id"]].append(row["text"])
    expected: dict[tuple[str, int], list[dict]] = defaultdict(list)
    with open(folder / "expected.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            expected[(row["doc_id"], int(row["para_no"]))].append(row)
    return dict(paragraphs), dict(expected)


def with_offsets(text: str, rows: list[dict]) -> list[dict]:
    """The expected rows with the offsets of their surfaces, each sought after the one before."""
    out, pos = [], 0
    for row in rows:
        start = text.find(row["surface"], pos)
        if start < 0:
            raise SystemExit(f"{row['doc_id']}:{row['para_no']}: {row['surface']!r} is not in the paragraph after "
                             f"the date before it; fix expected.csv")
        pos = start + len(row["surface"])
        out.append({**row, "start": start, "end": pos})
    return out


def found_dates(doc_id: str, paragraphs: list[str]) -> dict[int, list[dict]]:
    """Per paragraph number, the dates histkit finds in it, with offsets into the paragraph, in reading order."""
    text = "\n\n".join(paragraphs) + "\n"
    begins, pos = [], 0
    for paragraph in paragraphs:
        begins.append(pos)
        pos += len(paragraph) + 2
    table = dates_table(analyse_layout(Document.from_text(text, doc_id=doc_id)))
    found: dict[int, list[dict]] = defaultdict(list)
    for row in table.sort_values("start").to_dict("records"):
        k = max(i for i, b in enumerate(begins) if b <= row["start"])
        found[k + 1].append({"surface": row["surface"], "start": row["start"] - begins[k], "end": row["end"] - begins[k],
                             "date_start": row["date_start"], "date_end": row["date_end"],
                             "precision": row["precision"]})
    return found


def pair(expected: list[dict], found: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Each expected date with the first found one not yet taken that overlaps it (or None); the found left over."""
    taken: set[int] = set()
    pairs = []
    for want in expected:
        match = next((i for i, got in enumerate(found)
                      if i not in taken and got["start"] < want["end"] and want["start"] < got["end"]), None)
        if match is not None:
            taken.add(match)
        pairs.append((want, found[match] if match is not None else None))
    return pairs, [got for i, got in enumerate(found) if i not in taken]


def score(pairs: list[tuple[dict, dict | None]], extra: list[dict]) -> dict[str, int]:
    """The figures of one paragraph (or any list of pairs)."""
    got = [(w, f) for w, f in pairs if f is not None]
    return {"expected": len(pairs), "found": len(got) + len(extra), "paired": len(got),
            "surface": sum(w["surface"] == f["surface"] for w, f in got),
            "span": sum((w["date_start"], w["date_end"]) == (f["date_start"], f["date_end"]) for w, f in got),
            "precision": sum(w["precision"] == f["precision"] for w, f in got), "extra": len(extra)}


def language(doc_id: str) -> str:
    parts = doc_id.split("_")
    return parts[1] if len(parts) > 2 else doc_id


def measure_round(folder: Path) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Per language, the round's figures; and the lines of what was not read exactly."""
    paragraphs, expected = read_round(folder)
    figures: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FIGURES, 0))
    wrong: list[str] = []
    for doc_id, texts in sorted(paragraphs.items()):
        found = found_dates(doc_id, texts)
        for no, text in enumerate(texts, 1):
            pairs, extra = pair(with_offsets(text, expected.get((doc_id, no), [])), found.get(no, []))
            for key, value in score(pairs, extra).items():
                figures[language(doc_id)][key] += value
            for want, got in pairs:
                if got is None:
                    wrong.append(f"{doc_id}:{no} missed {want['surface']!r} {want['date_start']}..{want['date_end']} "
                                 f"{want['precision']}")
                elif any(want[k] != got[k] for k in ("surface", "date_start", "date_end", "precision")):
                    wrong.append(f"{doc_id}:{no} {want['surface']!r} {want['date_start']}..{want['date_end']} "
                                 f"{want['precision']} read {got['surface']!r} {got['date_start']}..{got['date_end']} "
                                 f"{got['precision']}")
            wrong.extend(f"{doc_id}:{no} extra {got['surface']!r} {got['date_start']}..{got['date_end']} "
                         f"{got['precision']}" for got in extra)
    return dict(figures), wrong


def totals(figures: dict[str, dict[str, int]]) -> dict[str, int]:
    return {key: sum(f[key] for f in figures.values()) for key in FIGURES}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*")
    parser.add_argument("--wrong", action="store_true", help="list the dates not read exactly, and the extra ones")
    args = parser.parse_args(argv)
    names = args.rounds or sorted(p.name for p in FIXTURES.glob("round*") if p.is_dir())
    for name in names:
        figures, wrong = measure_round(FIXTURES / name)
        for lang, row in sorted(figures.items()):
            print(f"{name} {lang}: " + " ".join(f"{k} {v}" for k, v in row.items()))
        print(f"{name} total: " + " ".join(f"{k} {v}" for k, v in totals(figures).items()))
        if args.wrong:
            print("\n".join(wrong))


if __name__ == "__main__":
    main()
