"""An archive's compound code is the same code whichever dash joins its parts (`SAPMO–BArch`, `SAPMO-BArch`),
while a spaced dash still parts an archive's name from its town (`ДА – Варна`: round 15's Bulgarian archive)."""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations


def read(text: str) -> list[tuple[str, str, str]]:
    notes = pd.DataFrame([{"doc_id": "d", "note_no": "1", "text": text}])
    found = extract_citations(notes).citations
    return [(r.archive, r.fond, r.unit) for r in found[found.kind == "archival"].itertuples()]


def test_a_compound_code_joined_by_an_en_dash_is_the_code_listed_with_a_hyphen():
    assert read("Für Genossen Dahlem, 14.9.1946 (SAPMO–BArch, DY 30/IV 2/11/v. 3126).") == \
        read("Für Genossen Dahlem, 14.9.1946 (SAPMO-BArch, DY 30/IV 2/11/v. 3126).") == \
        [("BArch", "DY 30", "IV 2/11/v. 3126")]
