"""A court's or a publishing body's capitals opening a dated citation with a number are no archive's code.

A code no list gives is learnt from its use (`CODE, call number, date`), but a court's decision (`OLG, Urteil vom …,
5 U 123/80`) and a statistical office's numbered report (`ISTAT, Rapporto n. 4-1985, Roma, 1986`) have the same
shape: the decision's docket and the report's number are no call numbers.
"""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.openingcode import opening_codes, printed_source


def _rows(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes).citations.fillna("")


def test_a_court_by_its_capitals_with_its_decision_and_docket_is_no_archive():
    assert opening_codes("BAG, Urteil vom 14. Mai 1974 – 1 AZR 123/73, BAGE 26, 198.") == []
    rows = _rows("BAG, Urteil vom 14. Mai 1974 – 1 AZR 123/73, BAGE 26, 198.")
    assert "archival" not in set(rows.kind)


def test_a_body_s_numbered_report_with_its_imprint_is_no_archive():
    assert printed_source("ISTAT, Rapporto n. 4-1985, Roma, 1986, tav. 2.")
    assert "archival" not in set(_rows("ISTAT, Rapporto n. 4-1985, Roma, 1986, tav. 2.").kind)


def test_an_archive_s_code_before_its_call_number_and_date_is_still_learnt():
    assert opening_codes("LYA, f. K-1, ap. 58, b. 12345/3, 12 May 1947.") == ["LYA"]
