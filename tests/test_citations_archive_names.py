"""Archives named as they are today: the Stasi records archive as a part of the Bundesarchiv (since 2021)."""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations


def read(text: str) -> list[tuple[str, str, str]]:
    notes = pd.DataFrame([{"doc_id": "d", "note_no": "1", "text": text}])
    found = extract_citations(notes).citations
    return [(r.archive, r.fond, r.unit) for r in found[found.kind == "archival"].itertuples()]


def test_the_stasi_records_archive_named_as_a_part_of_the_federal_archives_is_that_archive():
    # (since 2021 the Stasi records are the Bundesarchiv's: `Bundesarchiv – Stasi-Unterlagen-Archiv`, data row BStU)
    assert read("Information, 10.6.1970 (Bundesarchiv Stasi-Unterlagen, MfS, HA IX, no. 22375, fol. 69–74).") == \
        [("BStU", "MfS", "no. 22375")]
