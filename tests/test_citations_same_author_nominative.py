"""Russian's "the same author" in the nominative (`Он же.`, `Она же.`, `Они же.`) before a second work gives it the
author named before (``reference_words.csv``, kind ``same_author``), as the genitive `Его же` did."""

import pytest

from histkit.citations.archives import default_matcher
from histkit.citations.extract import cite_document


@pytest.mark.parametrize("word", ["Он же", "Она же"])
def test_the_same_author_in_the_nominative_is_the_author_before(word):
    note = f"Петровская Л. А. Мелкий кредит. Тверь, 1909. С. 3; {word}. Кредитные товарищества. М., 1912. С. 15."
    found = cite_document("d", [("1", note)], default_matcher().copy())
    assert [(ref["authors"], ref["title"]) for ref in found.references] == [
        ("Петровская Л. А.", "Мелкий кредит"), ("Петровская Л. А.", "Кредитные товарищества")]
