"""Citations per second for `extract_citations`, as a ratio against one regular-expression pass.

The floor is the least any citation parser must do: read each note once with
one compiled regular expression (split at every `;`). Both are measured in
this run on the same notes: the bundled article's notes (through
`analyse_layout`) repeated, plus notes in other archives' styles, so the
ratio, not the absolute figure, is what to compare between machines.

Run: make bench   (or .venv/bin/python benchmarks/bench_citations.py)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import analyse_layout, load_corpus  # noqa: E402
from histkit.citations import extract_citations  # noqa: E402
from timing import best_of  # noqa: E402

COPIES = 20
STYLES = [
    "TNA, FO 371/107832, WY 1051/12, Belgrade to Foreign Office, 12 March 1953; Ibid., 4.",
    "NARA, RG 59, Central Decimal File 1950–1954, 768.00/5-1552, box 4721, Allen to Secretary of State, May 15, 1952.",
    "See: PA AA, B 12, Bd. 466, Aufzeichnung, 3. März 1955, Bl. 4–6; BArch, DY 30/IV 2/20/123, Protokoll, 12. Juli 1956.",
    "Vidi: HDA, fond 1220, CK SKH, kut. 12, Zapisnik sjednice, 3. srpnja 1952; Isto, 5.",
    "Geoff Eley, Forging Democracy, (New York: Oxford University Press, 2002), 12; Eley, Forging Democracy, 14.",
    "He was born in Split in 1902 and became a lawyer; he died in 1981.",
]


def seed_notes() -> list[tuple[str, str]]:
    notes = []
    for doc in load_corpus(ROOT / "data" / "corpus"):
        try:
            layout = analyse_layout(doc)
        except NotImplementedError:
            return []
        notes += [(n.note_no, n.text) for n in layout.notes]
    return notes


def notes_frame() -> pd.DataFrame:
    base = seed_notes() + [(str(900 + i), t) for i, t in enumerate(STYLES)]
    rows = [{"doc_id": f"d{c}", "note_no": no, "text": text} for c in range(COPIES) for no, text in base]
    return pd.DataFrame(rows)


def main() -> None:
    notes = notes_frame()
    texts = notes.text.tolist()
    semicolon = re.compile(r"[^;]+")
    # the floor takes about a millisecond: time fifty passes, best of five, so that noise does not set the ratio
    floor = best_of(lambda: [[sum(1 for _ in semicolon.finditer(t)) for t in texts] for _ in range(50)], repeat=5) / 50
    result = extract_citations(notes)
    n = len(result.citations)
    full = best_of(lambda: extract_citations(notes), repeat=3)
    print(f"notes: {len(notes)}, citations: {n} ({result.citations.kind.value_counts().to_dict()})")
    print(f"regex floor: {len(notes) / floor:,.0f} notes/s")
    print(f"extract_citations: {n / full:,.0f} citations/s ({len(notes) / full:,.0f} notes/s)")
    print(f"ratio citations / floor: 1 : {full / floor:,.0f}  (extract_citations takes {full / floor:,.0f}x the floor's time)")


if __name__ == "__main__":
    main()
