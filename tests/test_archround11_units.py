"""French `fonds du …`, `fonds de la …`: the fond is the name after the article (round 11's judgement call). The
archives and fonds are invented."""

import pandas as pd

from histkit.citations import extract_citations


def _first(note):
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [note]})
    return extract_citations(notes).citations.iloc[0]


def test_the_article_after_fonds_is_no_part_of_the_fonds_name():
    row = _first("Archives nationales du Tchad (ci-après ANT), fonds du Grand Conseil, carton 23, dossier 4, 12 mars 1926.")
    assert row.fond == "Grand Conseil"


def test_fonds_de_la_drops_its_article_too():
    row = _first("Archives nationales du Tchad (ci-après ANT), fonds de la Région du Nord, carton 45, 1936.")
    assert row.fond == "Région du Nord"
