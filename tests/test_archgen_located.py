"""Where a citation names its archive when it does not open with it: a copy's word and `in` before the archive
(generality round 3's misses, on invented notes)."""

import pytest
from conftest import one_citation


@pytest.mark.parametrize("text, code, unit", [
    ("Copy in Tyne and Wear Archives, Newcastle, DX.12/4/7.", "TWAM", "DX.12/4/7"),
    ("Carbon copy in Hoover Institution Archives, Stanford, Lovestone Papers, box 12.", "HIA", "box 12"),
])
def test_a_copy_held_in_a_known_archive_is_that_archives(text, code, unit):
    row = one_citation(text)
    assert (row["kind"], row["archive"]) == ("archival", code) and unit in row["unit"] + row["fond"]
