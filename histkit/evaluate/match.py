"""Which predicted reference is which gold reference: one-to-one, within the note where both sides know it.

A pair qualifies when the gold's first surname names the prediction's first
person and the years agree (``surname+year``), or when the titles are at least
0.8 similar (``title``; Ratcliff/Obershelp, `difflib`, on folded titles). Notes
are aligned by their printed number: the gold's ``fnN`` and histkit's
``note_no`` ``N`` (leading zeros dropped). Pairs in the same note are matched
first; a reference whose note one side does not know (gold without
``@source``, ``fnunclear``) is then matched among what is left anywhere in its
article. Matching is greedy by score (surname+year counts 1, plus the title
similarity), ties broken by gold then prediction order, so the result does not
depend on the order of the input rows' hash or index.
"""

from __future__ import annotations

import re

import pandas as pd

from .compare import cell, first_author_agrees, fold, similar_enough, squeeze, title_similarity
from ..patterns import compiled

#: Titles at least this similar match (the issue's threshold).
TITLE_THRESHOLD = 0.8

#: The columns of an alignment: one row per gold reference and per unmatched prediction.
ALIGNMENT_COLUMNS = ["doc_id", "gold_row", "pred_row", "note_no", "pred_note_no", "matched_by", "title_similarity",
                     "outcome"]

_DIGITS = compiled(r"^0*(\d+)$")


def note_key(value) -> str:
    """A note's number as both sides are aligned on: digits without leading zeros; "" for no note, else as given.

    >>> note_key("fn07"), note_key(12), note_key(" 3 "), note_key(None), note_key("*")
    ('7', '12', '3', '', '*')
    """
    text = re.sub(r"^#?fn", "", cell(value).strip(), flags=re.IGNORECASE)
    m = _DIGITS.match(text)
    return str(int(m.group(1))) if m else text


def gold_scope(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.Series:
    """Which predictions the gold covers: all, unless the gold ties references to notes, then those up to its last.

    >>> gold = pd.DataFrame({"doc_id": ["a"], "note_no": ["81"]})
    >>> gold_scope(pd.DataFrame({"doc_id": ["a", "a", "b"], "note_no": ["80", "200", "9"]}), gold).tolist()
    [True, False, True]

    An annotator who stopped at note 81 of 228 said nothing of notes 82 to 228;
    a prediction there is neither right nor wrong. A note that is not a
    number stays in scope.
    """
    last = {}
    for doc_id, note in zip(gold.doc_id, gold.note_no):
        key = note_key(note)
        if key.isdecimal():
            last[doc_id] = max(last.get(doc_id, 0), int(key))
    keys = [note_key(n) for n in predicted.note_no]
    return pd.Series([not (d in last and k.isdecimal() and int(k) > last[d]) for d, k in zip(predicted.doc_id, keys)],
                     index=predicted.index, dtype=bool)


def match_references(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """The alignment of predicted references with gold ones (`ALIGNMENT_COLUMNS`); rows are positions in each table.

    >>> gold = pd.DataFrame({"doc_id": ["a"], "note_no": ["2"], "authors": ["Luhmann"], "title": ["Rechtssoziologie"],
    ...                      "year": ["1972"]})
    >>> pred = pd.DataFrame({"doc_id": ["a", "a"], "note_no": ["2", "2"], "authors": ["N. Luhmann", ""],
    ...                      "title": ["Rechtssoziologie", "Soziale Systeme"], "year": ["1972", "1984"]})
    >>> match_references(gold, pred)[["gold_row", "pred_row", "matched_by", "outcome"]].values.tolist()
    [[0, 0, 'surname+year', 'tp'], [<NA>, 1, '', 'fp']]

    ``outcome`` is ``tp`` (a matched pair), ``fn`` (a gold reference nothing
    matched) or ``fp`` (a prediction that matched none).
    """
    gold, predicted = gold.reset_index(drop=True), predicted.reset_index(drop=True)
    rows = []
    for doc_id in sorted(set(gold.doc_id) | set(predicted.doc_id)):
        g = gold.index[gold.doc_id == doc_id].tolist()
        p = predicted.index[predicted.doc_id == doc_id].tolist()
        pairs = _pairs(gold, predicted, g, p)
        matched_gold = {gi: (pi, rule, sim) for gi, pi, rule, sim in pairs}
        matched_pred = {pi for _, pi, _, _ in pairs}
        for gi in g:
            pi, rule, sim = matched_gold.get(gi, (pd.NA, "", 0.0))
            rows.append({"doc_id": doc_id, "gold_row": gi, "pred_row": pi, "note_no": note_key(gold.note_no[gi]),
                         "pred_note_no": "" if pi is pd.NA else note_key(predicted.note_no[pi]),
                         "matched_by": rule, "title_similarity": round(sim, 4), "outcome": "tp" if rule else "fn"})
        rows += [{"doc_id": doc_id, "gold_row": pd.NA, "pred_row": pi, "note_no": "",
                  "pred_note_no": note_key(predicted.note_no[pi]), "matched_by": "", "title_similarity": 0.0,
                  "outcome": "fp"} for pi in p if pi not in matched_pred]
    frame = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)
    return frame.astype({"gold_row": "Int64", "pred_row": "Int64", "title_similarity": "float64"})


def _pairs(gold: pd.DataFrame, predicted: pd.DataFrame, g: list[int], p: list[int]) -> list[tuple]:
    """The matched (gold row, prediction row, rule, title similarity) of one article: same note first, then the rest."""
    gnote = {gi: note_key(gold.note_no[gi]) for gi in g}
    pnote = {pi: note_key(predicted.note_no[pi]) for pi in p}
    gtitle = {gi: fold(gold.title[gi]) for gi in g}
    ptitle = {pi: fold(predicted.title[pi]) for pi in p}
    same_note = _greedy(_candidates(gold, predicted, g, p, lambda gi, pi: gnote[gi] != "" and gnote[gi] == pnote[pi],
                                    gtitle, ptitle))
    gleft = [gi for gi in g if gi not in {x[0] for x in same_note}]
    pleft = [pi for pi in p if pi not in {x[1] for x in same_note}]
    elsewhere = _greedy(_candidates(gold, predicted, gleft, pleft, lambda gi, pi: gnote[gi] == "" or pnote[pi] == "",
                                    gtitle, ptitle))
    return same_note + elsewhere


def _candidates(gold, predicted, g, p, allowed, gtitle, ptitle) -> list[tuple]:
    found = []
    for gi in g:
        for pi in p:
            if not allowed(gi, pi):
                continue
            year = squeeze(gold.year[gi])
            by_name = bool(year) and year == squeeze(predicted.year[pi]) \
                and first_author_agrees(gold.authors[gi], predicted.authors[pi])
            titled = similar_enough(gtitle[gi], ptitle[pi], TITLE_THRESHOLD)
            if by_name or titled:
                sim = title_similarity(gold.title[gi], predicted.title[pi])
                found.append((gi, pi, "surname+year" if by_name else "title", sim, int(by_name) + sim))
    return found


def _greedy(candidates: list[tuple]) -> list[tuple]:
    taken_gold, taken_pred, pairs = set(), set(), []
    for gi, pi, rule, sim, _ in sorted(candidates, key=lambda c: (-c[4], c[0], c[1])):
        if gi not in taken_gold and pi not in taken_pred:
            taken_gold.add(gi)
            taken_pred.add(pi)
            pairs.append((gi, pi, rule, sim))
    return sorted(pairs)
