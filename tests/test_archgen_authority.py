"""Archives of East Asia cited in English, and an archive's Russian name, in the authority file (generality round 3's
misses, on invented notes)."""

import pytest
from conftest import cite, one_citation


@pytest.mark.parametrize("text, code", [
    ("Second Historical Archives of China, Nanjing, 2-1-345, memorandum, 4 May 1937.", "SHAC"),
    ("Academia Historica, Taipei, Yan Xishan Papers, 116-010101-0002-011, n.d.", "Academia Historica"),
    ("Japan Center for Asian Historical Records, Ref. A03023456700, 2 March 1932.", "JACAR"),
])
def test_an_archive_of_east_asia_named_in_english_is_the_authoritys(text, code):
    row = one_citation(text)
    assert (row["kind"], row["archive"]) == ("archival", code)


def test_a_code_defined_for_an_archives_russian_name_is_the_archive_the_authority_knows():
    rows = cite("Архив общественно-политических организаций Республики Молдова (АОПОРМ), ф. 2, оп. 1, д. 7.",
                "АОПОРМ, ф. 2, оп. 1, д. 8.").citations
    assert set(rows.archive_name) == {"Arhiva Organizațiilor Social-Politice a Republicii Moldova"}
