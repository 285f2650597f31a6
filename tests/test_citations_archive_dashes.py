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


def test_the_stasi_records_archive_named_as_a_part_of_the_federal_archives_is_that_archive():
    # (since 2021 the Stasi records are the Bundesarchiv's: `Bundesarchiv – Stasi-Unterlagen-Archiv`, data row BStU)
    assert read("Information, 10.6.1970 (Bundesarchiv Stasi-Unterlagen, MfS, HA IX, no. 22375, fol. 69–74).") == \
        [("BStU", "MfS", "no. 22375")]
