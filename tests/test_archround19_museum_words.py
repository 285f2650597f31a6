"""A museum named in Scandinavian with its article (`Sjöhistoriska museet`, `M/S Museet for Søfart`) or in the South
Slavic languages (`Pomorski muzej Crne Gore`) is a holding's keeper, as `museum`, `muzeum` and `muuseum` are."""

import pandas as pd

from histkit.citations import extract_citations


def _archival(text: str) -> list[tuple[str, str]]:
    rows = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": [1], "text": [text]})).citations
    archival = rows[rows.kind == "archival"]
    return list(zip(archival.archive_name, archival.unit))


def test_a_swedish_museum_with_its_article_is_the_archive():
    assert [name for name, _ in _archival("Skeppets loggbok, juli–augusti 1801, Sjöhistoriska museet, Loggböcker, "
                                          "D 1234.")] == ["Sjöhistoriska museet"]


def test_a_montenegrin_maritime_museum_keeps_the_family_papers():
    assert _archival("Pomorski muzej Crne Gore, Arhiv porodice Visković, kut. 3, br. 45, pismo, 14. januara "
                     "1802.")[0][0] == "Pomorski muzej Crne Gore"
