"""An op. cit. word that names the kind of work it repeats links to the author's work of that kind: `art. cit.`,
`nav. čl.` to her article or chapter (a reference with a container), `op. cit.` to her book (one without)."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract
from histkit.literature.repeats import repeated

ARTICLE = "Marie Dupont, « Les hospices de Lyon », Revue historique, 250, 1980, p. 3-40."
BOOK = "Marie Dupont, Les pauvres de Lyon, Paris, Payot, 1985, p. 7."


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


@pytest.mark.parametrize("word", ["art. cit.", "nav. čl.", "cit. čl."])
def test_an_article_op_cit_links_to_the_authors_article_not_her_later_book(word):
    refs = _references(ARTICLE, BOOK, f"Dupont, {word}, p. 12.")
    assert refs.ref_of.iloc[-1] == "1:1"


def test_an_op_cit_links_to_the_authors_book_not_her_later_article():
    refs = _references(BOOK, ARTICLE, "Dupont, op. cit., p. 12.")
    assert refs.ref_of.iloc[-1] == "1:1"


@pytest.mark.parametrize(("raw", "label"), [("Dupont, art. cit., p. 4", "1:1"), ("Dupont, нав. чл., 4", "1:1"),
                                            ("Dupont, op. cit., p. 4", "2:1"), ("Dupont, a. a. O., 4", "2:1")])
def test_the_models_repeat_prefers_the_authors_work_of_the_kind_it_names(raw, label):
    earlier = [("1:1", "1", {"authors": "Marie Dupont", "title": "Les hospices", "container": "Revue historique"}),
               ("2:1", "2", {"authors": "Marie Dupont", "title": "Les pauvres de Lyon", "container": ""})]
    assert repeated({"authors": "Dupont", "raw": raw}, earlier) == label
