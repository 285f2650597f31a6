"""Notes per second for the literature model (`model_references`), as a ratio against crfsuite's own reading.

The floor is what any reader with the shipped model must pay: crfsuite labels
each note from its attribute names, ready made, and gives the marginals of its
labels. Against it, in the same run on the same notes: `model_references`,
which also tokenises each note, names its tokens' features (`items`) and makes
the labels into references, first in a fresh state (every word named for the
first time, as in one run of `histkit tables`), then again (best of three).
The notes are the bundled articles' and, where the shared corpus is at hand
($HISTKIT_CORPUS or ../shared/corpus), its PDFs' too (pass --no-corpus to
leave them out). CPU time, not wall time: the machine is often shared.

Run: .venv/bin/python benchmarks/bench_literature.py [--no-corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import build_tables, load_corpus  # noqa: E402
from histkit.literature import model_references  # noqa: E402
from histkit.literature import items as items_module  # noqa: E402
from histkit.literature import tokens as tokens_module  # noqa: E402
from histkit.literature.items import items  # noqa: E402
from histkit.literature.model import _tagger, shipped_model  # noqa: E402
from histkit.literature.tokens import tokenize  # noqa: E402
from corpus import DEFAULT_CORPUS  # noqa: E402
from timing import cpu  # noqa: E402



def forget_words() -> None:
    """Empty the per-word caches of the features and their names (reading the notes above filled them)."""
    for module in (items_module, tokens_module):
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and value is not tokens_module.word_kinds:
                value.cache_clear()


def notes_frame(corpus: bool) -> pd.DataFrame:
    paths = [ROOT / "data" / "corpus"]
    if corpus and DEFAULT_CORPUS.is_dir():
        paths += sorted(DEFAULT_CORPUS.glob("*/*.pdf"))
    return build_tables(load_corpus(paths))["notes"][["doc_id", "note_no", "text"]]


def main(argv: list[str]) -> None:
    notes = notes_frame("--no-corpus" not in argv)
    texts = [str(t) for t in notes.text.fillna("") if tokenize(str(t))]
    tagger = _tagger(str(shipped_model()))
    forget_words()
    fresh = cpu(lambda: model_references(notes))  # every word named for the first time
    again = cpu(lambda: model_references(notes), repeat=3)
    ready = [items(text) for text in texts]

    def crfsuite() -> None:
        for names in ready:
            tagger.set(names)
            [tagger.marginal(label, k) for k, label in enumerate(tagger.tag())]

    floor = cpu(crfsuite, repeat=3)
    tokens = sum(len(tokenize(t)) for t in texts)
    print(f"notes: {len(texts)}, tokens: {tokens}")
    print(f"crfsuite floor: {floor:.3f} s CPU ({len(texts) / floor:,.0f} notes/s)")
    print(f"model_references: {again:.3f} s CPU (first run {fresh:.3f} s); ratio {again / floor:.2f}x the floor")


if __name__ == "__main__":
    main(sys.argv[1:])
