"""Scores of actor discovery against hand-written gold (tests/fixtures/discovery/): does the draft name the narrative's actors first?

Usage: ``python scripts/measure_discovery.py [FOLDER ...] [--raw] [--top N] [--list]``

A folder holds ``NAME.gold.csv`` (name,kind,forms,in_body: one row per actor
of the narrative, every surface form ``|``-separated) and, optionally,
``NAME.not_actors.csv`` (form,why), with the text ``NAME.txt`` beside them or
in ``data/corpus/``. Each text is drafted alone, with an empty authority file.
Default folders: ``tests/fixtures/discovery/sample`` and every
``tests/fixtures/discovery/roundN``.

An entry of the draft (its name and aliases; with ``--raw`` the one-form
candidates of `histkit.actors.discover`, as `histkit actors discover` listed
them before issue 16) names a gold actor when one of its forms is one of the
actor's forms (Unicode NFC, typographic apostrophes read as plain). Per text,
among the first N entries (default 40):

- body persons found: gold persons with ``in_body`` > 0 named by an entry;
- narrative share: entries naming a gold person or organisation, of N;
- of possible: the same entries, of min(N, the gold's persons and
  organisations): a text whose gold has fewer than N of them cannot reach a
  narrative share of 100 %, and this column says how near it is to its ceiling;
- grouped right: entries naming exactly one gold actor that no other entry
  of the first N also names, of the entries naming any; ``merged`` entries
  name several actors, ``split`` actors are named by several entries;
- not actors: entries one of whose forms is a form of ``not_actors.csv``
  and that name no gold actor.

``--list`` prints the first N entries with what each was matched to.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "discovery"
NARRATIVE_KINDS = ("person", "organisation")


def norm(form: str) -> str:
    """A form as the scorer compares it: NFC, typographic apostrophes plain, spaces collapsed."""
    form = unicodedata.normalize("NFC", form).replace("’", "'").replace("‘", "'")
    return " ".join(form.split())


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def text_of(folder: Path, name: str) -> Path:
    for candidate in (folder / f"{name}.txt", ROOT / "data" / "corpus" / f"{name}.txt"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"no text {name}.txt in {folder} or data/corpus")


def draft_entries(path: Path, raw: bool) -> list[list[str]]:
    """The forms of each entry of the draft of one text, best first."""
    from histkit.actors import COLUMNS

    empty = pd.DataFrame(columns=[*COLUMNS, "gender"], dtype=str)
    if raw:
        from histkit.actors import discover
        from histkit.layout import analyse_layout
        from histkit.read import load_corpus

        table = discover([analyse_layout(doc) for doc in load_corpus([path])], empty)
        return [[c] for c in table["candidate"]]
    from histkit.actors import draft_actors
    from histkit.store import build_tables

    table = draft_actors(build_tables([path], actors=empty), empty)
    return [[row["name"], *[a for a in row["aliases"].split("|") if a]] for row in table.to_dict("records")]


def score(gold: list[dict], not_actors: list[dict], entries: list[list[str]], top: int) -> tuple[dict, list]:
    """The figures of one text and, for --list, each entry with the gold actors it names."""
    owner: dict[str, set] = {}
    for k, row in enumerate(gold):
        for form in row["forms"].split("|"):
            if form.strip():
                owner.setdefault(norm(form), set()).add(k)
    bad = {norm(r["form"]) for r in not_actors}
    first = entries[:top]
    named = [set().union(*(owner.get(norm(f), set()) for f in forms)) for forms in first]
    by_actor: dict[int, int] = {}
    for actors in named:
        for k in actors:
            by_actor[k] = by_actor.get(k, 0) + 1
    persons = [k for k, r in enumerate(gold) if r["kind"] == "person" and int(r["in_body"] or 0) > 0]
    matched = [a for a in named if a]
    figures = {
        "body_persons": len(persons),
        "persons_found": sum(1 for k in persons if k in by_actor),
        "entries": len(first),
        "narrative": sum(1 for a in named if any(gold[k]["kind"] in NARRATIVE_KINDS for k in a)),
        "possible": min(top, sum(1 for r in gold if r["kind"] in NARRATIVE_KINDS)),
        "matched": len(matched),
        "grouped_right": sum(1 for a in matched if len(a) == 1 and by_actor[next(iter(a))] == 1),
        "merged": sum(1 for a in matched if len(a) > 1),
        "split": sum(1 for n in by_actor.values() if n > 1),
        "not_actors": sum(1 for forms, a in zip(first, named) if not a and any(norm(f) in bad for f in forms)),
    }
    listing = [(forms, sorted(gold[k]["name"] for k in a), not a and any(norm(f) in bad for f in forms))
               for forms, a in zip(first, named)]
    return figures, listing


def folders_of(args: list[str]) -> list[Path]:
    given = [Path(a) for a in args if not a.startswith("--")]
    if given:
        return [g if g.is_absolute() or g.exists() else FIXTURES / g for g in given]
    return [FIXTURES / "sample", *sorted(p for p in FIXTURES.glob("round*") if p.is_dir())]


def main(argv: list[str]) -> int:
    raw, listing = "--raw" in argv, "--list" in argv
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 40
    args = [a for i, a in enumerate(argv) if not (i and argv[i - 1] == "--top")]
    rows = []
    for folder in folders_of(args):
        for gold_path in sorted(folder.glob("*.gold.csv")):
            name = gold_path.name[: -len(".gold.csv")]
            gold = read_csv(gold_path)
            entries = draft_entries(text_of(folder, name), raw)
            figures, entry_list = score(gold, read_csv(folder / f"{name}.not_actors.csv"), entries, top)
            rows.append({"text": f"{folder.name}/{name}", **figures})
            if listing:
                for i, (forms, actors, bad) in enumerate(entry_list, 1):
                    print(f"{i:3d}  {' | '.join(forms)[:70]:70s}  {', '.join(actors) or ('NOT ACTOR' if bad else '-')}")
    table = pd.DataFrame(rows)
    if table.empty:
        print("no gold found")
        return 1
    table["persons"] = table.persons_found.astype(str) + "/" + table.body_persons.astype(str)
    table["narrative_share"] = (table.narrative / table.entries.clip(lower=1)).map("{:.0%}".format)
    table["of_possible"] = (table.narrative / table.possible.clip(lower=1)).map("{:.0%}".format)
    table["grouped"] = table.grouped_right.astype(str) + "/" + table.matched.astype(str)
    columns = ["text", "persons", "narrative_share", "of_possible", "grouped", "merged", "split", "not_actors", "entries"]
    print(f"discovery ({'raw candidates' if raw else 'drafted actors'}), first {top} entries")
    print(table[columns].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
