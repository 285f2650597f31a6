"""Scores of a references table against gold: instance-level P/R/F1 and field accuracy, per article and micro-averaged.

Instance level: a gold reference is found when a prediction matched it
(`match_references`); precision is matched over predicted, recall matched
over gold. Field level, in the manner of GROBID's end-to-end evaluation: over
the matched pairs, the share whose field agrees with the gold's, strictly and
softly (`field_agrees`), counted where the gold gives the field. A
micro-average adds the counts of the articles of a group (a language, the
corpus) before dividing, so a long article weighs as much as its references.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .compare import FIELDS, field_agrees, squeeze
from .match import gold_scope, match_references

#: One row per matched pair and field the gold gives.
FIELD_AGREEMENT_COLUMNS = ["doc_id", "gold_row", "pred_row", "note_no", "field", "gold", "predicted", "strict", "soft"]
#: One row per article (any other columns of the ``articles`` given come after ``language``).
ARTICLE_COLUMNS = ["doc_id", "language", "gold", "predicted", "out_of_scope", "matched", "precision", "recall", "f1"]
#: One row per article and field (with the same describing columns).
FIELD_ACCURACY_COLUMNS = ["doc_id", "language", "field", "n", "strict_ok", "soft_ok", "strict", "soft"]

_COUNTS = ("gold", "predicted", "out_of_scope", "matched", "n", "strict_ok", "soft_ok")


@dataclass(frozen=True)
class Evaluation:
    """What `evaluate_references` gives: the tables compared, how they align, and the scores per article."""

    gold: pd.DataFrame
    predicted: pd.DataFrame  # the predictions in the gold's scope, renumbered: ``pred_row`` is a position here
    alignment: pd.DataFrame
    fields: pd.DataFrame
    articles: pd.DataFrame
    field_accuracy: pd.DataFrame


def field_agreement(alignment: pd.DataFrame, gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """For every matched pair, each field the gold gives, its two values and whether they agree strictly and softly.

    >>> gold = pd.DataFrame({"title": ["Arbeit als Handeln"], "year": ["2010"], "authors": [""]})
    >>> pred = pd.DataFrame({"title": ["Arbeit als Handeln."], "year": ["2010"]})
    >>> alignment = pd.DataFrame({"doc_id": ["a"], "gold_row": [0], "pred_row": [0], "note_no": ["4"],
    ...                           "outcome": ["tp"]})
    >>> field_agreement(alignment, gold, pred)[["field", "strict", "soft"]].values.tolist()
    [['title', False, True], ['year', True, True]]
    """
    gold, predicted = gold.reset_index(drop=True), predicted.reset_index(drop=True)
    rows = []
    for pair in alignment[alignment.outcome == "tp"].itertuples(index=False):
        gi, pi = int(pair.gold_row), int(pair.pred_row)
        for field in FIELDS:
            expected = squeeze(gold[field][gi]) if field in gold.columns else ""
            if not expected:
                continue
            got = squeeze(predicted[field][pi]) if field in predicted.columns else ""
            strict = field_agrees(field, expected, got, soft=False)
            rows.append({"doc_id": pair.doc_id, "gold_row": gi, "pred_row": pi, "note_no": pair.note_no,
                         "field": field, "gold": expected, "predicted": got, "strict": strict,
                         "soft": strict or field_agrees(field, expected, got, soft=True)})
    return pd.DataFrame(rows, columns=FIELD_AGREEMENT_COLUMNS).astype({"strict": bool, "soft": bool})


def evaluate_references(gold: pd.DataFrame, predicted: pd.DataFrame, articles: pd.DataFrame | None = None) -> Evaluation:
    """Score a references table (histkit's, or any with doc_id, note_no, authors, title, year, …) against gold.

    >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "note_no": ["1", "2"], "authors": ["Luhmann", "Flecker"],
    ...                      "title": ["Rechtssoziologie", "Arbeit und Beschäftigung"], "year": ["1972", "2017"]})
    >>> pred = pd.DataFrame({"doc_id": ["a"], "note_no": ["1"], "authors": ["N. Luhmann"],
    ...                      "title": ["Rechtssoziologie"], "year": ["1972"]})
    >>> evaluate_references(gold, pred).articles[["gold", "predicted", "matched", "precision", "recall"]].to_dict("records")
    [{'gold': 2, 'predicted': 1, 'matched': 1, 'precision': 1.0, 'recall': 0.5}]

    ``articles`` (doc_id, language, and any other columns that describe an
    article, kept in the scores to group by) names the articles scored; by
    default the articles of the gold, language "". Predictions
    for other articles, or in notes after the last one the gold covers
    (`gold_scope`), are left out (counted in ``out_of_scope``).
    """
    if articles is None:
        articles = pd.DataFrame({"doc_id": sorted(set(gold.doc_id)), "language": ""})
    names = set(articles.doc_id)
    gold = gold[gold.doc_id.isin(names)].reset_index(drop=True)
    predicted = predicted[predicted.doc_id.isin(names)].reset_index(drop=True)
    scope = gold_scope(predicted, gold)
    out_of_scope = predicted[~scope].groupby("doc_id").size()
    predicted = predicted[scope].reset_index(drop=True)
    alignment = match_references(gold, predicted)
    fields = field_agreement(alignment, gold, predicted)
    per_article = _article_rows(alignment, out_of_scope, articles)
    return Evaluation(gold, predicted, alignment, fields, per_article, _field_rows(fields, articles))


def _described(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles' doc_id, language and whatever else describes them (kept in the scores, to group by)."""
    articles = articles if "language" in articles.columns else articles.assign(language="")
    extra = [c for c in articles.columns if c not in ("doc_id", "language") and c not in _COUNTS]
    return articles[["doc_id", "language"] + extra].drop_duplicates("doc_id").reset_index(drop=True)


def _article_rows(alignment: pd.DataFrame, out_of_scope: pd.Series, articles: pd.DataFrame) -> pd.DataFrame:
    described = _described(articles)
    rows = []
    for doc_id in described.doc_id:
        outcome = alignment.outcome[alignment.doc_id == doc_id].value_counts()
        tp, fn, fp = (int(outcome.get(k, 0)) for k in ("tp", "fn", "fp"))
        rows.append({"gold": tp + fn, "predicted": tp + fp, "out_of_scope": int(out_of_scope.get(doc_id, 0)),
                     "matched": tp})
    return _ratios(pd.concat([described, pd.DataFrame(rows, columns=ARTICLE_COLUMNS[2:6])], axis=1))


def _field_rows(fields: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    described = _described(articles)
    rows = []
    for k, doc_id in enumerate(described.doc_id):
        mine = fields[fields.doc_id == doc_id]
        for field in FIELDS:
            agree = mine[mine.field == field]
            rows.append({"_article": k, "field": field, "n": len(agree), "strict_ok": int(agree.strict.sum()),
                         "soft_ok": int(agree.soft.sum())})
    counts = pd.DataFrame(rows, columns=["_article", "field", "n", "strict_ok", "soft_ok"])
    merged = described.iloc[counts._article].reset_index(drop=True)
    return _ratios(pd.concat([merged, counts.drop(columns="_article")], axis=1))


def micro_average(scores: pd.DataFrame, by: str | list[str] | tuple = ()) -> pd.DataFrame:
    """Counts of an article table (``articles`` or ``field_accuracy``) added up per group, ratios recomputed.

    >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "language": ["de", "de"], "gold": [10, 2], "predicted": [10, 0],
    ...                          "out_of_scope": [0, 0], "matched": [8, 0]})
    >>> micro_average(articles, "language")[["language", "gold", "matched", "precision", "recall"]].to_dict("records")
    [{'language': 'de', 'gold': 12, 'matched': 8, 'precision': 0.8, 'recall': 0.6666666666666666}]

    ``by`` names the columns to group on; none gives one row for all. A field
    accuracy table keeps one row per field within each group.
    """
    by = [by] if isinstance(by, str) else list(by)
    keys = by + (["field"] if "field" in scores.columns else [])
    counts = [c for c in _COUNTS if c in scores.columns]
    if keys:
        summed = scores.groupby(keys, sort=False)[counts].sum().reset_index()
    else:
        summed = scores[counts].sum().to_frame().T
    if "field" in summed.columns:  # fields in their report order, not the groupby's
        summed = summed.assign(_order=summed.field.map(FIELDS.index)).sort_values(by + ["_order"], kind="stable")
        summed = summed.drop(columns="_order").reset_index(drop=True)
    elif by:
        summed = summed.sort_values(by, kind="stable").reset_index(drop=True)
    return _ratios(summed.astype({c: "int64" for c in counts}))


def _ratios(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    if "matched" in frame.columns:
        frame["precision"] = [m / p if p else 0.0 for m, p in zip(frame.matched, frame.predicted)]
        frame["recall"] = [m / g if g else 0.0 for m, g in zip(frame.matched, frame.gold)]
        frame["f1"] = [2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(frame.precision, frame.recall)]
    if "n" in frame.columns:
        frame["strict"] = [ok / n if n else 0.0 for ok, n in zip(frame.strict_ok, frame.n)]
        frame["soft"] = [ok / n if n else 0.0 for ok, n in zip(frame.soft_ok, frame.n)]
    return frame
