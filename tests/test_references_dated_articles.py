"""An article of a paper, a magazine or a blog cited by author, unquoted title, outlet and the day it appeared (and a
link or a page after it) is a literature reference: the outlet its container, the day's year its year."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _references(note: str) -> list[list[str]]:
    tables = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]}))
    return tables.references[["authors", "title", "container", "year"]].values.tolist()


@pytest.mark.parametrize(("note", "row"), [
    ("Cf Humphreys, A Swiss human rights budget?, EJIL:Talk!, 12.04.2024, https://www.ejiltalk.org/a-swiss-budget/.",
     ["Humphreys", "A Swiss human rights budget?", "EJIL:Talk!", "2024"]),
    ("Somek, Grundrecht kraft Mitlaufens mit dem Zeitgeist, Die Presse, 15.04.2024.",
     ["Somek", "Grundrecht kraft Mitlaufens mit dem Zeitgeist", "Die Presse", "2024"]),
    ("John Smith, The crisis in the Balkans, The Times, 12 May 1936, p. 5.",
     ["John Smith", "The crisis in the Balkans", "The Times", "1936"]),
])
def test_an_article_dated_to_its_day_is_a_reference_with_its_outlet(note, row):
    assert _references(note) == [row]


def test_the_article_keeps_the_page_after_its_day():
    tables = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"],
                                             "text": ["Ana Novak, Zadnji dnevi vojne, Delo, 9. 5. 1985, 3."]}))
    assert tables.references[["container", "year", "pages"]].values.tolist() == [["Delo", "1985", "3"]]
