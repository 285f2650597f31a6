"""Short references that repeat an earlier one: `supra note 12`, `(Fn. 3)`, `op. cit.`, `a. a. O.`, `nav. delo`, `ibid.`.

Each gets ``ref_of``: the label (``note:seq``) of the reference it repeats.
``note`` patterns name the note where the work was cited (its first reference
by the same author there, else its first); ``author`` patterns (a. a. O. and its
kin) repeat the last reference by the same first author, ``article`` ones (art.
cit., nav. čl.) the last of them in a container (a journal, a book), ``book``
ones (op. cit.) the last not in one, when there is such; ``previous``
patterns (ibid., isto; not `Id.` or `ders.`, which open a new work of the
author named before) the reference just before. The patterns are data:
``histkit/data/literature/repeats.csv``. `short_title` finds the work a short
title (its first words) repeats. `same_authors` gives a reference read with a
word for "the same author" as its authors (`Táž`, `Isti`, `Id.`, `ders.`: the
``same_author`` words of ``histkit/data/citations/reference_words.csv``, which
the rule parser reads too) the authors of the reference before it.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from ..data import data_rows
from ..evaluate import fold
from .rawspan import found_at
from .read import YEAR
from .tokens import key
from ..patterns import compiled


@functools.lru_cache(maxsize=1)
def repeat_patterns() -> list[tuple[re.Pattern, str]]:
    """The patterns of ``repeats.csv`` and their kinds (``note``, ``author``, ``article``, ``book``, ``previous``)."""
    return [(compiled(row["pattern"], re.IGNORECASE), row["kind"]) for row in data_rows("literature", "repeats.csv")]


_patterns = repeat_patterns


@functools.lru_cache(maxsize=1)
def _chapter() -> re.Pattern:
    # an author, a title, then a word for "in" (`words.csv`, kind ``in``) before the container a note reference names
    words = "|".join(re.escape(row["form"]) for row in data_rows("literature", "words.csv") if row["kind"] == "in")
    return compiled(rf"^[^,]{{2,80}},\s*[^,]{{3}}.*?,\s*(?:{words})\s*:?\s+\S[^,]*$", re.IGNORECASE)


def surname(authors: str) -> str:
    """The first author's surname as compared: the last word before a comma, `/`, `;` or `and`, folded.

    >>> surname("N. Luhmann / R. Stichweh"), surname("Savigny")
    ('luhmann', 'savigny')
    """
    first = re.split(r"[,/;&]|\s(?:and|und|et|i|e)\s", authors or "")[0].split()
    return key(first[-1]) if first else ""


def repeated(ref: dict, earlier: list[tuple[str, str, dict]]) -> str:
    """The label of the reference ``ref`` repeats among ``earlier`` (label, note_no, reference), or "".

    >>> earlier = [("3:1", "3", {"authors": "Luhmann", "raw": "Luhmann, Rechtssoziologie, 1972"}),
    ...            ("4:1", "4", {"authors": "Teubner", "raw": "Teubner, Recht als autopoietisches System, 1989"})]
    >>> repeated({"authors": "Luhmann", "raw": "Luhmann (Fn. 3), 12"}, earlier)
    '3:1'
    >>> repeated({"authors": "Luhmann", "raw": "Luhmann, a. a. O., 14"}, earlier)
    '3:1'
    >>> repeated({"authors": "", "raw": "Ebd., 15"}, earlier), repeated({"authors": "Weber", "raw": "Weber, 3"}, earlier)
    ('4:1', '')
    """
    raw = ref.get("raw", "")
    for pattern, kind in _patterns():
        m = pattern.search(raw)
        if not m or not earlier:
            continue
        if kind == "note":
            return _in_note(m.group(1), (surname(ref.get("authors", "")), _printed_before(raw[:m.start()])), earlier)
        if kind in ("author", "article", "book"):
            return _by_author(surname(ref.get("authors", "")), kind, earlier)
        return _work(*earlier[-1][::2])
    return ""


def cited_in_note(ref: dict, earlier: list[tuple[str, str, dict]]) -> str:
    """The label of the reference of the note a short form names (`Halbfass, Tatsache (Fn. 2)`, `Klimrath, Travaux (n.
    10) 9`) by its author or with its title, or "": a note that holds no such reference is not guessed at, and a
    reference printing a year of its own (`Schelp, Die Haftungsbelastung … (2003), 15 (Fn 69)`) is no short form, nor
    is a chapter in the book the note cites (`Weber, Über die Zünfte, in: Werke (Fn. 1), 414`).

    >>> earlier = [("10:1", "10", {"authors": "Klimrath", "title": ""}), ("12:1", "12", {"authors": "", "title": "Die Entstehung des Strafrechts"})]
    >>> cited_in_note({"authors": "Klimrath", "raw": "Klimrath, Travaux (n. 10) 9"}, earlier)
    '10:1'
    >>> cited_in_note({"authors": "Willoweit", "title": "Entstehung des Strafrechts", "raw": "Willoweit, Entstehung des Strafrechts (Fn. 12)"}, earlier)
    '12:1'
    >>> cited_in_note({"authors": "Halbfass", "title": "Tatsache", "raw": "Halbfass, Tatsache (Fn. 12)"}, earlier)
    ''
    """
    raw = ref.get("raw") or ""
    if YEAR.search(raw):
        return ""
    name, title = surname(ref.get("authors") or ""), fold(ref.get("title") or "")
    for pattern, kind in _patterns():
        m = pattern.search(raw) if kind == "note" else None
        if m and _chapter().match(raw[:m.start()].rstrip(" (")):
            return ""  # (`Weber, Über die Zünfte, in: Werke (Fn. 1), 414`: a chapter of its own in the book cited there)
        if m:
            return next((label for label, no, e in earlier if no == str(int(m.group(1))) and (
                name and surname(e.get("authors") or "") == name or title and title in fold(e.get("title") or ""))), "")
    return ""


#: The fields a repeat takes from the reference it repeats (the rules fill them in: `a. a. O.` prints none).
_TAKEN = ("title", "container", "volume", "issue", "place", "publisher", "year")


def relinked(ref: dict, earlier: list[tuple[str, str, dict]], moved: set[str]) -> dict:
    """``ref`` linked anew (`repeated`) where the reference it repeats (``ref_of``) is among ``moved``, whose authors
    changed after the rules linked it (`Dies., Gesindezwang …` given the author named before it), with the fields it
    took from that reference taken from the new one; else ``ref`` as it is.

    >>> earlier = [("1:1", "1", {"authors": "Brückner", "title": "Gesinderecht", "year": "1985", "ref_of": ""}),
    ...            ("8:1", "8", {"authors": "Lauterbach", "title": "Gesindezwang", "year": "2001", "ref_of": ""})]
    >>> ref = {"authors": "Brückner", "title": "Gesindezwang", "year": "2001", "raw": "Brückner, a. a. O., S. 14", "ref_of": "8:1"}
    >>> [relinked(ref, earlier, moved)[c] for c in ("ref_of", "title", "year") for moved in [{"8:1"}]]
    ['1:1', 'Gesinderecht', '1985']
    >>> relinked(ref, earlier, set())["ref_of"]
    '8:1'
    """
    old = ref.get("ref_of") or ""
    new = repeated(dict(ref, ref_of=""), earlier) if old in moved else ""
    if not new or new == old:
        return ref
    works = {label: reference for label, _, reference in earlier}
    before, after = works.get(old, {}), works.get(new, {})
    taken = {field: after.get(field) or "" for field in _TAKEN
             if before.get(field) and str(ref.get(field) or "") == str(before.get(field))}
    return dict(ref, ref_of=new, **taken)


def _work(label: str, reference: dict) -> str:
    """The label of the work ``reference`` (labelled ``label``) cites: the one it repeats, if it is a repeat itself
    (`Brückner (Fn. 1)` is the work of note 1), else its own.

    >>> _work("4:1", {"ref_of": "1:1"}), _work("3:1", {"ref_of": ""}), _work("3:1", {})
    ('1:1', '3:1', '3:1')
    """
    repeats = reference.get("ref_of")
    return repeats if isinstance(repeats, str) and repeats else label


def _by_author(name: str, kind: str, earlier) -> str:
    """The label of the work of the latest of ``earlier`` by ``name`` (`_work`: a repeat stands for the work it
    repeats); for an ``article`` repeat (`art. cit.`) the latest that has a container if there is one, for a ``book``
    (`op. cit.`) the latest without."""
    first = ""
    for label, _, e in reversed(earlier):
        if name and surname(e["authors"]) == name:
            if kind == "author" or bool(str(e.get("container") or "").strip()) == (kind == "article"):
                return _work(label, e)
            first = first or _work(label, e)
    return first


def short_title(ref: dict, earlier: list[tuple[str, str, dict]]) -> str:
    """The label of the latest of ``earlier`` whose title begins with ``ref``'s title of two words or more (folded), or
    "": a short title repeating a work cited in full before (`Kujawy w dobie zaborów, t. 2, s. 320`).

    >>> earlier = [("2:1", "2", {"title": "Kujawy w dobie zaborów, t. 1. Włocławek"})]
    >>> short_title({"title": "Kujawy w dobie zaborów"}, earlier), short_title({"title": "Kujawy"}, earlier)
    ('2:1', '')
    """
    mine = fold(ref.get("title", ""))
    if len(mine.split()) < 2:
        return ""
    return next((label for label, _, e in reversed(earlier) if fold(e.get("title", "")).startswith(mine)), "")


def _in_note(note_no: str, names: tuple[str, ...], earlier) -> str:
    """The reference of note ``note_no`` by the first of ``names`` that one of its references is by, else its first."""
    cited = [(label, e) for label, no, e in earlier if no == str(int(note_no))]
    for name in names:
        same = [label for label, e in cited if name and surname(e["authors"]) == name]
        if same:
            return same[0]
    return (cited or [("", None)])[0][0]


def _printed_before(text: str) -> str:
    """The surname printed just before a note reference (`Berman & Reid, supra note 50`, `… peace.” 1 BLACKSTONE,
    supra note 23`): the last stretch after a comma, for when the fields did not take it as the authors.

    >>> _printed_before("Berman & Reid, "), _printed_before("the kingdom settled in peace.” 1 BLACKSTONE, ")
    ('berman', 'blackstone')
    """
    return surname(text.rstrip(" ,").rsplit(",", 1)[-1].strip())


@functools.cache
def _same_author_words() -> frozenset[str]:
    return frozenset(key(form) for form in _same_author_forms())


@functools.cache
def _same_author_forms() -> tuple[str, ...]:
    return tuple(row["form"] for row in data_rows("citations", "reference_words.csv") if row["kind"] == "same_author")


@functools.cache
def _opens_with_same_author() -> re.Pattern:
    # as printed (`Dies.`, not the German `Dies zeigt …`), as the rule parser reads them
    return compiled(rf"^(?:{'|'.join(re.escape(form) for form in _same_author_forms())})[.,:]?\s+(?=\S)")


def opens_with_same_author(raw: str) -> bool:
    """Whether the reference ``raw`` opens with a word for "the same author" as printed: it is by the author named
    before, whether or not the reading gave it one.

    >>> opens_with_same_author("Ead., Le leghe bracciantili, op. cit., p. 40."), opens_with_same_author("Dies zeigt …")
    (True, False)
    """
    return _opens_with_same_author().match(raw.strip()) is not None


def same_authors(references: pd.DataFrame, notes: pd.DataFrame | None = None) -> pd.Series:
    """Each reference's authors, those of the reference printed before it in its document where it opens with a word
    for "the same author" (a new work of the author just named, not an Ibid.) or has one for its authors (the model's
    reading); a chain of them takes the first one's author. A note's references are taken in the order its text
    (``notes``) prints them: the model's, numbered after the rules', may stand before them.

    >>> refs = pd.DataFrame({"doc_id": ["d", "d", "d", "e"], "note_no": ["1", "2", "2", "3"],
    ...                      "authors": ["Marie Dvořáčková", "Táž", "", "Isti"],
    ...                      "raw": ["Marie Dvořáčková, Konfiskace", "Táž, Pozemková reforma", "Id., Spolky", "Isti, Zadruge"]})
    >>> same_authors(refs).tolist()  # (the last has none before it in its document)
    ['Marie Dvořáčková', 'Marie Dvořáčková', 'Marie Dvořáčková', 'Isti']
    """
    texts = {} if notes is None else dict(zip(zip(notes.doc_id, notes.note_no.astype(str)),
                                              notes.text.fillna("").astype(str)))
    authors = same_authors_of(references.doc_id.tolist(), references.note_no.astype(str).tolist(),
                              references.authors.fillna("").astype(str).tolist(),
                              references.raw.fillna("").astype(str).tolist(), texts)
    return pd.Series(authors, index=references.index, dtype=object)


def same_authors_of(doc_ids: list, note_nos: list[str], authors: list[str], raws: list[str], texts: dict) -> list[str]:
    """`same_authors` of rows given as their columns' lists (``authors`` and ``raws`` as text, a missing one empty)
    and the notes' ``texts`` by (doc_id, note_no): for a caller holding rows, not a frame (a frame of a document's few
    rows cost more than the work).

    >>> same_authors_of(["d", "d"], ["1", "2"], ["Marie Dvořáčková", "Táž"], ["Marie Dvořáčková, Konfiskace",
    ...                 "Táž, Pozemková reforma"], {})
    ['Marie Dvořáčková', 'Marie Dvořáčková']
    """
    authors, last = list(authors), {}
    for (doc_id, note_no), rows in _note_runs(doc_ids, note_nos):
        for k in _printed_order(rows, raws, texts.get((doc_id, note_no), "")):
            if last.get(doc_id) and (key(authors[k].strip(" ,.:;")) in _same_author_words()
                                     or opens_with_same_author(raws[k])):
                authors[k] = last[doc_id]
            last[doc_id] = authors[k]
    return authors


def _note_runs(doc_ids: list, note_nos: list[str]) -> list[tuple[tuple[str, str], list[int]]]:
    """The positions of each run of rows of one note, in order."""
    runs: list = []
    for k, note in enumerate(zip(doc_ids, note_nos)):
        if runs and runs[-1][0] == note:
            runs[-1][1].append(k)
        else:
            runs.append((note, [k]))
    return runs


def _printed_order(rows: list[int], raws: list[str], text: str) -> list[int]:
    """``rows`` in the order ``text`` prints their ``raws``; a row not found there stays after the one before it."""
    at, places = -1, []
    for k in rows:
        found = found_at(text, raws[k])
        at = found if found >= 0 else at
        places.append(at)
    return [k for _, k in sorted(zip(places, rows), key=lambda pair: pair[0])]
