"""Archives' names of archival round 16 read in-sample."""

import pandas as pd

from histkit.citations import extract_citations


def _archives(*texts: str) -> list[tuple[str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return [(r.kind, r.archive) for r in rows.itertuples()]


def test_an_archive_named_in_prose_after_at_the_holds_its_bracketed_holding():
    assert _archives("Napier's letters to his brother are at the National Army Museum (1990-11-45, nos. 12–14, "
                     "February–March 1843).") == [("archival", "NAM")]


def test_a_south_asian_record_room_is_an_archive():
    assert _archives("Karachi Port Trust Record Room, Minute Book 3, resolution on the wharves, 1887.") == [
        ("archival", "Karachi Port Trust Record Room")]


def test_an_archive_named_last_before_its_town_and_a_no_date_mark():
    assert _archives("Tan Kim Seng Papers, box 1, file 3, ISEAS Library, Singapore, undated.") == [
        ("archival", "ISEAS Library")]


def test_a_spanish_research_centre_holding_microfilm_reels_is_an_archive():
    assert _archives("Centro de Investigaciones Históricas, Universidad de Puerto Rico, Colección Lares, microfilme 12, "
                     "rollo 3, s.f.") == [("archival", "Centro de Investigaciones Históricas")]


def test_a_known_archives_name_followed_by_a_country_is_another_archive():
    assert _archives("Nationaal Archief Suriname, Koloniaal Secretariaat, Ingekomen stukken, inv.nr. 412, rekest, "
                     "12 november 1862.") == [("archival", "Nationaal Archief Suriname")]

