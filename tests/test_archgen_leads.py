"""A Latvian or Lithuanian "see also" after a citation's full stop opens another citation (generality
round 3's misses, on invented notes)."""

import pytest
from conftest import cite


@pytest.mark.parametrize("text", [
    "LVA, 101. f., 2. apr., 7. l., 1950–1952. Sk. arī LVVA, 6343. f., 1. apr., 12. l.",
    "LCVA, f. R-612, ap. 1, b. 7, 1941–1942. Taip pat žr. LYA, f. K-1, ap. 3, b. 5.",
])
def test_a_see_also_of_the_baltic_languages_after_a_full_stop_opens_a_second_citation(text):
    rows = cite(text).citations
    assert list(rows.kind) == ["archival", "archival"] and rows.archive.iloc[0] != "" and rows.archive.iloc[1] != ""
