"""How many actor mentions histkit finds in the blind mention rounds (tests/fixtures/mentions/roundN/).

A round holds, per article, ``NAME.txt`` (the article as plain text),
``NAME.actors.csv`` (its authority file) and one ``expected.csv`` for the
round (fixture, actor_id, zone, count, surfaces: the hand-counted mentions
of each actor in each zone, every counted surface as printed, ``|``-separated).
Each text is read as `histkit tables` reads a text file (layout, then
`histkit.actors.find_mentions` with that authority file); a mention in a
heading counts as ``body``, as the gold counts it.

Per article and over the round: mentions expected, found, *right* (per actor
and zone, the smaller of found and expected), *missed* (expected − right),
*extra* (found − right), and precision, recall and F1 of the right ones.
``--wrong`` lists, per actor and zone, the surfaces expected but not found
and found but not expected.

Run: .venv/bin/python scripts/measure_mentions.py [roundN ...] [--wrong]
(default: every round).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import Document  # noqa: E402
from histkit import actors as act  # noqa: E402
from histkit.layout import analyse_layout  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "mentions"
ZONE_OF = {"heading": "body"}


def found_mentions(folder: Path, name: str) -> Counter:
    """(actor_id, zone, surface) → how many times histkit finds it in one article."""
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    layout = analyse_layout(Document.from_text(text, doc_id=name))
    table = act.find_mentions(layout, act.load_actors(folder / f"{name}.actors.csv"))
    return Counter((a, ZONE_OF.get(z, z), s) for a, z, s in zip(table.actor_id, table.zone, table.surface))


def expected_mentions(folder: Path) -> dict[str, Counter]:
    """Per article, (actor_id, zone, surface) → how many times the gold counts it."""
    expected: dict[str, Counter] = {}
    with open(folder / "expected.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            surfaces = [s for s in row["surfaces"].split("|") if s]
            if len(surfaces) != int(row["count"]):
                raise SystemExit(f"{folder.name}/expected.csv: {row['fixture']} {row['actor_id']} {row['zone']}: "
                                 f"count {row['count']} but {len(surfaces)} surfaces; fix the row")
            counts = expected.setdefault(row["fixture"], Counter())
            for surface in surfaces:
                counts[(row["actor_id"], row["zone"], surface)] += 1
    return expected


def per_actor_zone(counts: Counter) -> Counter:
    """(actor_id, zone) → mentions, the surfaces summed."""
    out: Counter = Counter()
    for (actor, zone, _), n in counts.items():
        out[(actor, zone)] += n
    return out


def score(found: Counter, expected: Counter) -> dict[str, int]:
    """Expected, found, right, missed and extra mentions, right counted per actor and zone."""
    f, e = per_actor_zone(found), per_actor_zone(expected)
    right = sum(min(f[k], e[k]) for k in e)
    return {"expected": sum(e.values()), "found": sum(f.values()), "right": right,
            "missed": sum(e.values()) - right, "extra": sum(f.values()) - right}


def score_round(folder: Path) -> list[dict]:
    """One row per article of a round, with its figures."""
    rows = []
    for name, expected in sorted(expected_mentions(folder).items()):
        rows.append({"article": name, **score(found_mentions(folder, name), expected)})
    return rows


def totals(rows: list[dict]) -> dict[str, float]:
    """The round's summed figures with precision, recall and F1 of the right mentions."""
    sums = {k: sum(r[k] for r in rows) for k in ("expected", "found", "right", "missed", "extra")}
    p = sums["right"] / sums["found"] if sums["found"] else 0.0
    r = sums["right"] / sums["expected"] if sums["expected"] else 0.0
    return {**sums, "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def differences(folder: Path) -> list[str]:
    """Per article, actor and zone: surfaces expected but not found, found but not expected."""
    lines = []
    for name, expected in sorted(expected_mentions(folder).items()):
        found = found_mentions(folder, name)
        for key in sorted(set(per_actor_zone(expected)) | set(per_actor_zone(found))):
            want = Counter({s: n for (a, z, s), n in expected.items() if (a, z) == key})
            got = Counter({s: n for (a, z, s), n in found.items() if (a, z) == key})
            if want != got:
                lines.append(f"{name} {key[0]} {key[1]}: missed {sorted((want - got).elements())} "
                             f"extra {sorted((got - want).elements())}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*")
    parser.add_argument("--wrong", action="store_true", help="list the surfaces missed and extra")
    args = parser.parse_args(argv)
    names = args.rounds or sorted(p.name for p in FIXTURES.glob("round*") if p.is_dir())
    for name in names:
        rows = score_round(FIXTURES / name)
        for row in rows:
            print(f"{name} {row['article']}: " + " ".join(f"{k} {v}" for k, v in row.items() if k != "article"))
        print(f"{name} total: " + " ".join(f"{k} {v}" for k, v in totals(rows).items()))
        if args.wrong:
            print("\n".join(differences(FIXTURES / name)))


if __name__ == "__main__":
    main()
