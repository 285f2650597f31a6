"""An edited volume cited by its title, its editors after it in the words of German, French, Italian or Spanish
(`Titel, hg. von Name und Name, Ort Jahr`, `Titre, sous la direction de Nom, Paris 1990`, `Titolo, a cura di Nome,
Roma 1990`) is a literature reference, its editors read as its persons and its title whole, commas and all."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _tables(note: str):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]}))


def _references(note: str) -> list[list[str]]:
    return _tables(note).references[["authors", "title", "year"]].values.tolist()


@pytest.mark.parametrize(("note", "row"), [
    ("Ästhetik und Rhetorik, Lektüren zu Paul de Man, hg. von Karl Heinz Bohrer, Frankfurt am Main 1973, 8.",
     ["Karl Heinz Bohrer", "Ästhetik und Rhetorik, Lektüren zu Paul de Man", "1973"]),
    ("Stadt und Handel im Mittelalter, hg. von Hans Meier und Karl Weber, Köln: Böhlau 1999, 45.",
     ["Hans Meier und Karl Weber", "Stadt und Handel im Mittelalter", "1999"]),
    ("Les villes et la guerre, sous la direction de Jean Dupont, Paris, Seuil, 1990, p. 12.",
     ["Jean Dupont", "Les villes et la guerre", "1990"]),
])
def test_an_edited_volume_cited_by_its_title_is_a_reference_with_its_editors(note, row):
    tables = _tables(note)
    assert tables.citations.kind.tolist() == ["literature"]
    assert tables.references[["authors", "title", "year"]].values.tolist() == [row]


def test_an_authors_reference_naming_its_editor_keeps_its_author():
    rows = _references("J. Brown, Village history, Part one, ed. L. Smith, London, 1999, p. 4.")
    assert [row[0] for row in rows] == ["J. Brown"]
