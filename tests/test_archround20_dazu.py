"""German `dazu` ("on this") opens a citation as `siehe auch` and `ferner` do: `…; dazu DSHI, Gutsarchiv Kabillen,
Nr. 20` cites the archive the code stands for, not a fond named `Gutsarchiv` (round 20)."""

import pandas as pd

from histkit.citations import extract_citations


def test_dazu_before_a_defined_code_leaves_the_code_the_archive():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "Abkürzungen: DSHI = Herder-Institut, Marburg, Dokumentesammlung.",
        "Siehe Heinrich Bosse, „Die Einkommen“, Zeitschrift für Ostforschung 35 (1986), S. 516–594; dazu DSHI, "
        "Gutsarchiv Kabillen, Nr. 20, 1798."]})
    rows = extract_citations(notes).citations
    archival = rows[rows.kind == "archival"]
    assert list(zip(archival.archive_name, archival.fond, archival.unit)) == [
        ("Herder-Institut", "Gutsarchiv Kabillen", "Nr. 20")]
