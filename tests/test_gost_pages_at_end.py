"""The GOST reader's pages at a reference's end are found only where the text ends as pages end: the search skipped
elsewhere finds what the whole pattern finds (invented texts)."""

import pytest

from histkit.citations.gost import _PAGES, _pages_at_end

ENDS = [
    "Иванов И. И. Земство. М., 1991. С. 12–15.",
    "Иванов И. И. Земство. С. 12, 14–16 .  ",
    "ГАРФ. Ф. 102. Оп. 1. Д. 12. Л. 3 об.",
    "Иванов И. И. Указ. соч. С. 10 и след.",
    "Иванов И. И. Указ. соч. С. 10 и сл.\n",
    "Петров. Цит. съч. С. ٤٥",  # (another script's digits are digits to the pattern too)
    "Иванов И. И. Земство. М., 1991 (репринт)",
    "Иванов И. И. Земство. С. 12..",
    "Reform and Schooling… P. 150",
    "",
]


@pytest.mark.parametrize("text", ENDS)
def test_pages_at_end_finds_what_the_pattern_finds(text):
    found, expected = _pages_at_end(text), _PAGES.search(text)
    assert (found and (found.span(), found.group("pages"))) == (expected and (expected.span(), expected.group("pages")))


def test_pages_at_end_skips_a_text_ending_in_a_bracket():
    assert _pages_at_end("Иванов И. И. Земство. С. 12 (репринт)") is None


def test_pages_at_end_reads_pages_closed_by_a_full_stop_and_spaces():
    assert _pages_at_end("Иванов И. И. Земство. С. 12–15 .  ").group("pages") == "С. 12–15"
