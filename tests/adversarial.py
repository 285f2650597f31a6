"""Adversarial texts of any size, and each stage of `histkit tables` run on one of them (issue 17).

Shared by benchmarks/bench_adversarial.py (seconds per stage at 10 k, 100 k
and 1 M characters) and tests/test_linear_time.py (the cost of doubling the
input), so both measure the same shapes the same way. Every generator is
deterministic: the same shape and size give the same text.

>>> text = make("letters", 1000)
>>> len(text), text.count("\\n"), text == make("letters", 1000)
(1000, 1, True)
"""

from __future__ import annotations

import base64
import gc
import math
import os
import pickle
import random
import resource
import signal
import string
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import pandas as pd

from histkit import (Block, Document, Layout, analyse_layout, build_matcher, dates_table, extract_citations,
                     find_mentions, load_actors, load_archives, load_corpus)

REPO = Path(__file__).resolve().parent.parent

#: The stages of `histkit tables`, in the order `tables_of` runs them.
STAGES = ("read", "layout", "citations", "dates", "actors")

_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
_GREEK = "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
_OPENERS, _CLOSERS = "([{«“„‘‹", ")]}»”“’›"

_NOTES = (  # note shapes of the fixtures' styles: archival (two conventions), literature, ibid, Cyrillic
    "AJ, 507, IX, {a}/I-{b}, Zabeleška o razgovoru, {d}. {m}. 195{y}.",
    "TNA, FO 371/{k}, Minute by Eden, {d} March 195{y}.",
    "Ivo Banac, With Stalin against Tito (Ithaca: Cornell University Press, 1988), {a}–{b}.",
    "Ibid., {a}.",
    "Владимир Дедијер, Изгубљена битка (Сарајево: Свјетлост, 1969), {a}.",
)


@lru_cache(maxsize=1)
def fragments() -> tuple[str, ...]:
    """The article texts the realistic shapes are cut from: the bundled corpus and the layout fixtures.

    >>> len(fragments()) > 10
    True
    """
    paths = sorted((REPO / "data" / "corpus").glob("*.txt")) + sorted((REPO / "tests" / "fixtures" / "layout").glob("*.txt"))
    return tuple(p.read_text(encoding="utf-8") for p in paths)


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    return tuple(w for text in fragments() for w in text.split() if w.isalpha())


def _one_line(chars: str):
    return lambda rng, size: "".join(rng.choice(chars) for _ in range(size))


def _wrapped(words, width: int = 78) -> str:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


def _base64(rng, size):
    return base64.b64encode(rng.randbytes(size * 3 // 4 + 3)).decode("ascii")


def _urls(rng, size):
    out, length = [], 0
    while length < size:
        path = "/".join(rng.choice(_words()).lower() for _ in range(rng.randint(1, 4)))
        url = f"https://www.{rng.choice(_words()).lower()}.org/{path}?id={rng.randint(1, 99999)}&lang=en"
        out.append(url)
        length += len(url)
    return "".join(out)


def _repeated_articles(rng, size, join: str = "\n\n"):
    texts, out, length = list(fragments()), [], 0
    while length < size:
        rng.shuffle(texts)
        out.extend(texts)
        length += sum(len(t) + len(join) for t in texts)
    return join.join(out)


def _long_line(rng, size):
    return " ".join(_repeated_articles(rng, size).split())


def _short_lines(rng, size):
    words = _words()
    return "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(1, 2))) for _ in range(size // 6 + 1))


def _brackets(rng, size):
    words = _words()
    half = size // 2
    opened, length, depth = [], 0, []
    while length < half:
        i = rng.randrange(len(_OPENERS))
        opened.append(_OPENERS[i] + rng.choice(words))
        depth.append(i)
        length += len(opened[-1]) + 1
    closed = [rng.choice(words) + _CLOSERS[i] for i in reversed(depth)]
    return _wrapped(opened + closed)


def _notes(rng, size):
    count = max(size // 80, 3)  # a few more notes than fit: the text is cut at ``size``
    words = _words()
    body = _wrapped(f"{' '.join(rng.choice(words) for _ in range(4))}.{n}" for n in range(1, count + 1))
    notes = []
    for n in range(1, count + 1):
        values = {"a": rng.randint(1, 400), "b": rng.randint(1, 400), "d": rng.randint(1, 28), "m": rng.randint(1, 12),
                  "y": rng.randint(0, 9), "k": rng.randint(100000, 130000)}
        notes.append(f"{n} " + rng.choice(_NOTES).format(**values))
    return body + "\n\n" + "\n".join(notes)


def _scripts(rng, size):
    alphabets = (string.ascii_letters, _CYRILLIC, _GREEK)

    def word():
        kind = rng.randrange(4)  # one script, or the letters interleaved
        letters = alphabets[kind] if kind < 3 else "".join(alphabets)
        return "".join(rng.choice(letters) for _ in range(rng.randint(2, 10)))

    return _wrapped(word() for _ in range(size // 6 + 1))


def _labels(rng, size):
    words, lines, number, length = _words(), [], 1, 0
    while length < size:
        number = number + 1 if rng.random() < 0.5 else rng.randint(1, 999)
        lines.append(f"{number} " + " ".join(rng.choice(words) for _ in range(rng.randint(1, 10))))
        length += len(lines[-1]) + 1
    return "\n".join(lines)


def _cited_prose(rng, size):
    words, out, length = _words(), [], 0
    while length < size:  # one paragraph: each sentence cites a document in parentheses
        values = {"a": rng.randint(1, 400), "b": rng.randint(1, 400), "d": rng.randint(1, 28), "m": rng.randint(1, 12),
                  "y": rng.randint(0, 9), "k": rng.randint(100000, 130000)}
        cited = rng.choice(_NOTES[:2]).format(**values).rstrip(".")
        out.append(f"{' '.join(rng.choice(words) for _ in range(rng.randint(4, 12)))} ({cited}).")
        length += len(out[-1]) + 1
    words = []
    for word in " ".join(out).split():  # no line starts with a number: the layout would take it for a note
        if word[0].isdigit() and words:
            words[-1] += " " + word
        else:
            words.append(word)
    return _wrapped(words)


#: the shapes a mixture is made of (those of the first benchmark, so that its figures stay comparable)
_MIXED = ("letters", "base64", "urls", "long_line", "short_lines", "brackets", "notes", "digits", "dots", "dashes",
          "capitals", "scripts", "labels", "book")


def _mixture(rng, size):
    out, length = [], 0
    names = list(_MIXED)
    while length < size:
        piece = rng.randint(200, 2000)
        out.append(SHAPES[rng.choice(names)][1](rng, piece)[:piece] + rng.choice(("\n", "\n\n", " ")))
        length += len(out[-1])
    return "".join(out)


#: name → (what it is, generator(rng, size) of at least ``size`` characters)
SHAPES = {
    "letters": ("one unbroken token of random letters", _one_line(string.ascii_letters)),
    "base64": ("one base64 blob, no line breaks", _base64),
    "urls": ("a list of URLs without spaces, one line", _urls),
    "long_line": ("articles with their line breaks removed, one line", _long_line),
    "short_lines": ("thousands of lines of one or two words", _short_lines),
    "brackets": ("brackets and quotes nested ever deeper, then closed", _brackets),
    "notes": ("a body calling N notes, then N notes (about 10,000 at 1 M)", _notes),
    "digits": ("one run of digits", _one_line(string.digits)),
    "dots": ("one run of dots", _one_line(".")),
    "dashes": ("one run of hyphens, en and em dashes", _one_line("-–—")),
    "capitals": ("one run of capital letters", _one_line(string.ascii_uppercase)),
    "scripts": ("words of Latin, Cyrillic and Greek letters, often mixed in one word", _scripts),
    "labels": ("every line starts like a note label (12 Text)", _labels),
    "cited_prose": ("one paragraph of sentences, each citing a document in parentheses", _cited_prose),
    "mixture": ("pieces of 200 to 2,000 characters of every other shape, one after another", _mixture),
    "book": ("articles one after another, as pdftotext gives them", _repeated_articles),
}


def make(shape: str, size: int) -> str:
    """A text of exactly ``size`` characters of the named shape, ending in a line break.

    >>> make("labels", 60).splitlines()[0].split()[0].isdigit()
    True
    >>> sorted({len(make(shape, 2000)) for shape in SHAPES})
    [2000]
    """
    asked = size
    while True:  # seeded by the shape: a longer text often extends a shorter one
        text = SHAPES[shape][1](random.Random(shape), asked)
        if len(text) >= size:
            return text[: size - 1] + "\n"
        asked *= 2


def cold_time(func, repeat: int = 3, budget: float = 1.0, cap: float | None = None, keep: bool = False):
    """The shortest CPU time of up to ``repeat`` runs of ``func``, each in a child process; and what it returned.

    >>> seconds, value = cold_time(lambda: 6 * 7, keep=True)
    >>> seconds < 0.5, value
    (True, 42)

    Each run is a fork of this process: what it inherits (patterns compiled
    on first use, the authority tables) is warm, and what a run caches by
    content (the dates of a text, the reading of a citation) is gone before
    the next, so a repeat is never faster for having been done. No further
    run once ``budget`` seconds are spent. Figures are the child's CPU time,
    not wall time: other work on a shared machine changes them much less.
    A run that uses more than ``cap`` CPU seconds is stopped by the system
    (RLIMIT_CPU) and gives ``None`` seconds. With ``keep`` the first run's
    value comes back (pickled), else None. Needs ``os.fork`` (Linux, macOS).
    """
    times, value = [], None
    while len(times) < repeat and sum(times) < budget:
        seconds, result = _forked(func, cap, keep and not times)
        if seconds is None:
            return None, None
        times.append(seconds)
        value = result if keep and len(times) == 1 else value
    return min(times), value


def _forked(func, cap, keep):
    gc.freeze()  # the child's collections leave the parent's objects alone: their pages are not copied
    try:
        return _fork_and_time(func, cap, keep)
    finally:
        gc.unfreeze()


def _fork_and_time(func, cap, keep):
    with tempfile.TemporaryFile() as out:
        pid = os.fork()
        if pid == 0:  # the child: time, write, and leave without running anything of the parent's
            code = 1
            try:
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
                if cap is not None:
                    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
                    soft = math.ceil(cap)
                    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
                start = time.process_time()
                result = func()
                seconds = time.process_time() - start
                pickle.dump((seconds, result if keep else None), out)
                out.flush()
                code = 0
            except BaseException as exc:  # the parent raises it
                pickle.dump((f"{type(exc).__name__}: {exc}", None), out)
                out.flush()
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
            return None, None
        out.seek(0)
        seconds, result = pickle.load(out)
    if isinstance(seconds, str):
        raise RuntimeError(f"the timed run failed: {seconds}")
    return seconds, result


@lru_cache(maxsize=1)
def authorities():
    """The shipped archives table and the actor matcher, built once per process."""
    return load_archives(), build_matcher(load_actors())


def warm_up(folder) -> None:
    """Run every stage once on every shape, small: the patterns the package compiles on first use are then compiled.

    Without it the first text to reach, say, the dates pattern pays a second
    of compiling that has nothing to do with its size.
    """
    for shape in SHAPES:
        subject = Subject(make(shape, 1500), folder)
        for stage in STAGES:
            subject.job(stage)()


def paragraph_layout(doc: Document) -> Layout:
    """A stand-in layout, one body block per paragraph, for the stages after a layout that did not finish.

    >>> [b.raw for b in paragraph_layout(Document.from_text("a\\nb\\n\\nc\\n")).blocks]
    ['a\\nb\\n\\n', 'c\\n']
    """
    blocks, start = [], 0
    for i, raw in enumerate(doc.text.replace("\n\n", "\n\n\0").split("\0")):
        if raw:
            blocks.append(Block(f"{doc.doc_id}:{i:04d}", "body", start, start + len(raw), raw, raw.strip(), line=1))
        start += len(raw)
    return Layout(doc, blocks, [])


def notes_frame(layout: Layout) -> tuple[pd.DataFrame, str]:
    """The notes the citations stage reads, and where they come from.

    The layout's notes, as `tables_of` gives them; a layout without notes
    gives each paragraph of the text as a note instead (its lines joined), so
    that the shape still reaches the citation parser.

    >>> frame, source = notes_frame(paragraph_layout(Document.from_text("a\\n\\nb\\n", doc_id="d")))
    >>> frame.text.tolist(), source
    (['a', 'b'], 'paragraphs')
    """
    if layout.notes:
        rows = [(n.note_no, n.text) for n in layout.notes]
        source = "layout"
    else:
        paragraphs = paragraph_layout(layout.doc).blocks  # lines joined, as the layout joins a note's lines
        rows = [(str(i), " ".join(b.text.split("\n"))) for i, b in enumerate(paragraphs, 1)]
        source = "paragraphs"
    frame = pd.DataFrame([{"doc_id": layout.doc.doc_id, "note_no": n, "text": t} for n, t in rows],
                         columns=["doc_id", "note_no", "text"])
    return frame, source


class Subject:
    """One text, and each stage timed on it (what the stage before gives is made once, untimed).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     subject = Subject(make("notes", 3000), folder)
    ...     seconds = [subject.time(stage, repeat=1) for stage in STAGES]
    >>> subject.note_source, len(subject.layout.notes) > 10, all(s < 30 for s in seconds)
    ('layout', True, True)
    """

    def __init__(self, text: str, folder, layout: Layout | None = None):
        self.text = text
        self.folder = Path(folder)
        self.doc = Document.from_text(text, doc_id="adversarial")
        self.layout = layout
        self.note_source = ""
        self.notes = None

    def time(self, stage: str, repeat: int = 3, budget: float = 1.0, cap: float | None = None) -> float | None:
        """CPU seconds of ``stage`` on this text (`cold_time`); a layout timed is kept for the stages after it."""
        seconds, value = cold_time(self.job(stage), repeat, budget, cap, keep=stage == "layout")
        if stage == "layout" and value is not None:
            self.layout = value
        return seconds

    def job(self, stage: str):
        """A call of no arguments that runs ``stage`` on this text (a layout is made first if none is kept)."""
        if stage == "read":
            path = self.folder / "adversarial.txt"
            path.write_text(self.text, encoding="utf-8")
            return lambda: load_corpus([path], strict=True)
        if stage == "layout":
            return lambda: analyse_layout(self.doc)
        if self.layout is None:
            self.layout = analyse_layout(self.doc)
        archives, matcher = authorities()
        if stage == "citations":
            if self.notes is None:
                self.notes, self.note_source = notes_frame(self.layout)
            return lambda: extract_citations(self.notes, archives)
        if stage == "dates":
            return lambda: dates_table(self.layout)
        if stage == "actors":
            return lambda: find_mentions(self.layout, matcher)
        raise ValueError(f"unknown stage {stage!r}")
