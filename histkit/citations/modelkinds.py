"""Citations the rules could not read but the learned reader read as a reference: literature, not `unparsed`.

The rules give each citation its kind (`extract.classify`); the learned
reader (`histkit.literature`) then reads the notes again and adds the
references it is confident of to the references table. A citation it read
so (`Antonio Cassese, International Criminal Law (Oxford University Press,
Oxford, 2003), p. 402.`, whose imprint in brackets holds commas the rules
did not expect) stayed `unparsed` in the citations table, and was reported
as not understood, while the references table held it: the two tables said
two things of one citation. It is literature, with the title the reader read, unless it is a document dated
to the day (a letter, a diary's entry), which the reader, knowing works only, reads as one.
"""

from __future__ import annotations

import pandas as pd

from ..dates import find_dates
from ..errors import Problem

_COMPARED = 40  # a reading and a citation are one where either's first characters (squeezed) stand in the other


def unparsed_warning(doc_id: str, notes: list[str]) -> Problem:
    """The warning of a document's citations not understood (``notes``: the note of each, in order)."""
    return Problem(doc_id, "citations", f"{len(notes)} citation(s) not understood, kept as kind=unparsed "
                                        f"(notes {', '.join(dict.fromkeys(notes))})")


def read_by_the_model(citations: pd.DataFrame, references: pd.DataFrame,
                      warnings: list[Problem]) -> tuple[pd.DataFrame, list[Problem]]:
    """The citations with every unparsed one a reference of the model's reads (same note, one text in the other)
    made literature, titled as read; and the warnings with the not-understood ones counted again.

    >>> cites = pd.DataFrame({"doc_id": ["d"], "note_no": ["4"], "kind": ["unparsed"], "title": [""],
    ...                       "raw": ["A. Cassese, International Criminal Law (OUP, Oxford, 2003), p. 402."]})
    >>> refs = pd.DataFrame({"doc_id": ["d"], "note_no": ["4"], "source": ["model"], "title": ["International Criminal Law"],
    ...                      "raw": ["A. Cassese, International Criminal Law (OUP, Oxford, 2003)"]})
    >>> out, warned = read_by_the_model(cites, refs, [unparsed_warning("d", ["4"])])
    >>> out[["kind", "title"]].values.tolist(), warned
    ([['literature', 'International Criminal Law']], [])
    """
    if citations.empty or references.empty or "source" not in references.columns:
        return citations, warnings
    readings: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for doc_id, note_no, raw, title, source in zip(references.doc_id, references.note_no.astype(str),
                                                   references.raw.fillna(""), references.title.fillna(""),
                                                   references.source):
        if source == "model":
            readings.setdefault((doc_id, note_no), []).append((_squeezed(raw), str(title)))
    citations = citations.copy()
    unparsed = citations.kind == "unparsed"
    # (the unparsed rows read as columns, and the rows read so changed in one step: a row looked up and set one at
    # a time cost a document's citations more than reading them)
    changed, titles = [], []
    for k, doc_id, note_no, raw_text in zip(citations.index[unparsed], citations.doc_id[unparsed],
                                            citations.note_no[unparsed], citations.raw[unparsed]):
        raw = _squeezed(str(raw_text))
        title = next((title for read, title in readings.get((doc_id, str(note_no)), [])
                      if read and raw and (read[:_COMPARED] in raw or raw[:_COMPARED] in read)), None)
        # (not a document dated to the day, a letter, a diary's entry, a note in someone's papers: the reader knows
        # works, and reads such a source as one, `Papiers Pichon, Ms 4398, Barrère à Pichon, 9 février 1909`)
        if title is not None and not any(d.precision == "day" for d in find_dates(str(raw_text))):
            changed.append(k)
            titles.append(title)
    if changed:
        citations.loc[changed, ["kind", "title"]] = [["literature", title] for title in titles]
    left: dict[str, list[str]] = {}
    for doc_id, note_no in zip(citations.doc_id[citations.kind == "unparsed"],
                               citations.note_no[citations.kind == "unparsed"].astype(str)):
        left.setdefault(doc_id, []).append(note_no)
    counted = []
    for warning in warnings:
        if warning.stage == "citations" and warning.message.endswith(")") and "not understood" in warning.message:
            if warning.doc_id in left:
                counted.append(unparsed_warning(warning.doc_id, left[warning.doc_id]))
        else:
            counted.append(warning)
    return citations, counted


def _squeezed(text: str) -> str:
    return " ".join(text.split())
