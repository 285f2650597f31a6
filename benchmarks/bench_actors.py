"""Mentions per second for actor matching, as a ratio against one `str.count` loop over the same names.

The floor is the naive approach: for every canonical name of the authority,
count it in every document with `str.count` (no variants, no word
boundaries, no offsets). The matcher does more (all generated variants,
whole words, offsets back into the original text) in one automaton pass per
block. Both run in this process on the same 200 synthetic documents and a
5,000-name synthetic authority, so the ratio is what to compare between
machines.

Run: make bench   (or .venv/bin/python benchmarks/bench_actors.py)
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from histkit import Document  # noqa: E402
from histkit.actors import build_matcher, find_mentions  # noqa: E402
from histkit.layout import Block, Layout  # noqa: E402

N_ACTORS, N_DOCS, PARAGRAPHS, SEED = 5000, 200, 30, 20211
SYLLABLES = "ra ko vi la mi do sta ne bo ja ve li ka to pe ru di go ze ma".split()
ENDINGS = ["ić", "ović", "ski", "er", "an", "ek", "in", "as"]
FILLER = ("the delegation met with representatives of the party and discussed the situation in the "
          "country as well as the cooperation between both sides during the following years").split()


def word(rng, syllables, ending=""):
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize() + ending


def authority(rng) -> pd.DataFrame:
    names = set()
    while len(names) < N_ACTORS:
        names.add(f"{word(rng, 2)} {word(rng, 2, rng.choice(ENDINGS))}")
    rows = [{"actor_id": f"a{i:05d}", "name": n, "kind": "person", "aliases": "", "birth": "", "death": "",
             "wikidata": "", "note": ""} for i, n in enumerate(sorted(names))]
    return pd.DataFrame(rows)


def documents(rng, names) -> list[Document]:
    docs = []
    for d in range(N_DOCS):
        paragraphs = []
        for _ in range(PARAGRAPHS):
            words = [rng.choice(FILLER) for _ in range(60)]
            for _ in range(3):
                words.insert(rng.randrange(len(words)), rng.choice(names))
            text = " ".join(words)
            # wrap at about 70 characters, as PDF-extracted text is
            lines, line = [], ""
            for w in text.split(" "):
                if len(line) + len(w) > 70:
                    lines.append(line)
                    line = ""
                line = f"{line} {w}".strip()
            paragraphs.append("\n".join(lines + [line]))
        docs.append(Document.from_text("\n\n".join(paragraphs) + "\n", doc_id=f"d{d:03d}"))
    return docs


def layout(doc: Document) -> Layout:
    blocks, pos = [], 0
    for i, para in enumerate(doc.text.split("\n\n")):
        start = doc.text.index(para, pos)
        pos = start + len(para)
        blocks.append(Block(f"b{i}", "body", start, pos, para, para))
    return Layout(doc, blocks, [])


def main() -> None:
    rng = random.Random(SEED)
    actors = authority(rng)
    docs = documents(rng, actors.name.tolist())
    layouts = [layout(d) for d in docs]
    names = actors.name.tolist()

    start = time.perf_counter()
    matcher = build_matcher(actors)
    build = time.perf_counter() - start

    start = time.perf_counter()
    floor_found = sum(doc.text.count(name) for doc in docs for name in names)
    floor = time.perf_counter() - start

    start = time.perf_counter()
    found = sum(len(find_mentions(lay, matcher)) for lay in layouts)
    match = time.perf_counter() - start

    chars = sum(len(d.text) for d in docs)
    print(f"documents: {len(docs)} ({chars / 1e6:.2f} M characters); authority: {len(names)} names, "
          f"{len(matcher.entries):,} variants (built in {build:.1f} s)")
    print(f"str.count floor: {floor_found:,} hits in {floor:.2f} s = {floor_found / floor:,.0f} mentions/s")
    print(f"matcher (variants, whole words, offsets): {found:,} mentions in {match:.2f} s = {found / match:,.0f} mentions/s")
    print(f"ratio matcher / floor: {floor / match:,.1f}x faster than the str.count loop over the same names")


if __name__ == "__main__":
    main()
