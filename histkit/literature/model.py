"""The sequence model: training a CRF on labelled notes (`train`), and reading a note with it (`tag`).

A linear-chain CRF (python-crfsuite, the CRFsuite library AnyStyle's Wapiti
models resemble) labels every token of a note with a field of a reference
(``author``, ``title``, … ``other``; ``B-`` on a reference's first token) or
``out``. The shipped model (``histkit/data/literature/references.crfsuite``)
is loaded once, read-only; nothing is trained at run time.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
from importlib.resources import as_file, files
from pathlib import Path

from .items import items
from .tokens import Token, features, tokenize

#: The shipped model's file name in ``histkit/data/literature/``.
MODEL_FILE = "references.crfsuite"
#: Training parameters: L-BFGS with L1 and L2 penalties; c1 chosen by cross-validation by article on the corpus
#: (model alone, micro-F1: c1 0.1: 0.599, 0.2: 0.621, 0.3: 0.630, 0.4: 0.617, 0.6: 0.611).
#: The 150 iterations stop L-BFGS before it converges (the loss still falls by about 2 a step), and that early stop
#: is worth keeping: trained until the loss falls less than 0.1 % in 10 iterations (``delta`` 0.001, ``period`` 10,
#: about 470 iterations on the whole corpus, a quarter of the active features pruned), the model reads the corpus worse
#: by cross-validation by article, whatever the penalties: merged table without repeats 0.710 here, 0.701 converged
#: (c1 0.3, c2 0.01; model alone 0.641 -> 0.617), 0.701 (c1 0.6; 0.625), 0.699 (c1 0.1, c2 0.1; 0.632); shipped, the
#: first reads rounds 2 and 4 two to three points lower (``scripts/measure_references.py``).
PARAMS = {"c1": 0.3, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def _items(text: str, tokens: list | None = None) -> list[dict]:
    # crfsuite reads a number as the feature's weight, a string as one of its values: a flag is 1, a count
    # or position is a value (as a weight, position 9 would count nine times as much as position 1)
    return [{k: (1.0 if v is True else str(v)) for k, v in f.items() if v is not False}
            for f in features(text, tokens)]


def input_digest(notes: list[dict]) -> str:
    """A hash of what `train` reads of labelled notes: every token's attribute names and every label.

    A change of the features (tokens.py, items.py, the word lists) changes it, so a model kept under it (the
    cross-validation's fold models) is never taken for one trained on other input.

    >>> note = {"text": "Luhmann, Recht.", "labels": ["B-author", "other", "title", "out"]}
    >>> input_digest([note]) == input_digest([dict(note)]), input_digest([note]) == input_digest([])
    (True, False)
    """
    read = [(_items(note["text"]), list(note["labels"])) for note in notes]
    return hashlib.sha256(repr(read).encode()).hexdigest()


def train(notes: list[dict], path: str | Path, params: dict | None = None) -> Path:
    """Train a CRF on labelled notes (dicts with ``text`` and ``labels``, one label per token) into ``path``.

    >>> import tempfile
    >>> notes = [{"text": "Vgl. Luhmann, Recht, 1972.", "labels": ["out", "out", "B-author", "other", "title",
    ...                                                             "other", "year", "out"]}]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = train(notes, Path(folder) / "m.crfsuite")
    ...     tag("Vgl. Luhmann, Recht, 1972.", path)[2]
    'B-author'

    The same notes and parameters give the same model: L-BFGS starts from zero.
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for note in notes:
        trainer.append(_items(note["text"]), note["labels"])
    trainer.set_params(dict(PARAMS, **(params or {})))
    path = Path(path)
    trainer.train(str(path))
    return path


@functools.lru_cache(maxsize=1)  # asked once per note otherwise
def shipped_model() -> Path:
    """The path of the model shipped in the package.

    >>> shipped_model().name
    'references.crfsuite'
    """
    with as_file(files("histkit.data") / "literature" / MODEL_FILE) as path:
        return Path(path)


@functools.lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def tag(text: str, model: str | Path | None = None) -> list[str]:
    """The label of every token of ``text`` (`tokenize`) by the model (default: the shipped one).

    >>> tag("")
    []
    """
    return read_note(text, model)[1]


def tag_with_confidence(text: str, model: str | Path | None = None) -> tuple[list[str], list[float]]:
    """The labels of ``text``'s tokens and each label's marginal probability.

    >>> tag_with_confidence("")
    ([], [])
    """
    tokens, labels, _ = read_note(text, model)
    if not tokens:
        return [], []
    tagger = _tagger(str(model or shipped_model()))  # still set to this note by `read_note`
    return labels, [tagger.marginal(label, k) for k, label in enumerate(labels)]


def read_note(text: str, model: str | Path | None = None, confident: bool = False
              ) -> tuple[list[Token], list[str], list[float]]:
    """A note's tokens, their labels and, with ``confident``, the marginal probability of each label that is not
    ``out`` (0.0 for an ``out``: a reference is made of the others, so theirs are the only ones read).

    >>> read_note("")
    ([], [], [])
    """
    tokens = tokenize(text)
    if not tokens:
        return [], [], []
    tagger = _tagger(str(model or shipped_model()))
    tagger.set(items(text, tokens))
    labels = tagger.tag()
    # crfsuite computes the marginals of a note once, at the first one asked: none asked, none computed
    confidence = [0.0 if label == "out" else tagger.marginal(label, k) for k, label in enumerate(labels)] if (
        confident) else []
    return tokens, labels, confidence


def scratch_model() -> Path:
    """A path in a fresh temporary folder to train a model into (cross-validation, tests)."""
    return Path(tempfile.mkdtemp(prefix="histkit-crf-")) / MODEL_FILE
