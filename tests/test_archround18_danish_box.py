"""The Danish and Norwegian word for a box, `kasse`, before its number is a unit (round 18, sch:6, 7, 10, 12)."""

import pandas as pd

from histkit.citations import extract_citations


def test_kasse_and_its_number_are_the_unit():
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [
        "Rigsarkivet Viborg, Arkiv 7, kasse 12, brev fra amtmanden, 3.4.1921."]})).citations
    archival = rows[rows.kind == "archival"]
    assert list(archival.unit) == ["kasse 12"]
