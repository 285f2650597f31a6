"""French notes: lead-ins (`Cité par`, `Voir notamment`), short titles with `(n. N)`, imprints `Paris: PUF 1996`."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract
from conftest import fields
from histkit.citations import parse_reference


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


@pytest.mark.parametrize("lead", ["Cité par", "cité dans", "Voir notamment", "Cf. notamment"])
def test_a_french_lead_in_before_a_short_title_is_cut_off_and_the_reference_repeats_the_note(lead):
    refs = references("J. Dupont, Les coutumes du Nord, Paris 1985, 12.", f"{lead} Dupont, Les coutumes (n. 1) 45.")
    assert refs[["authors", "title", "ref_of"]].values.tolist()[1] == ["Dupont", "Les coutumes", "1:1"]


@pytest.mark.parametrize("authors", ["D. et Y. Roman", "J. Dupont et P. Martin", "J. Dupont and P. Martin"])
def test_two_authors_joined_by_and_before_an_initial_are_the_authors(authors):
    ref = parse_reference(f"{authors}, Histoire de la Gaule, Paris: Fayard 1997, 31.")
    assert fields(ref, "authors", "title", "year") == (authors, "Histoire de la Gaule", "1997")


def test_a_title_with_and_between_capitalised_words_is_not_read_as_authors():
    assert parse_reference("Histoire et Société, Paris 1997.")["authors"] == ""


def test_a_reference_ending_in_a_comma_before_cite_par_is_a_citation_of_its_own():
    refs = references("E. Gans, Das Erbrecht, Berlin 1824, cité par A. Dufour, Histoire naturelle, Paris 1997, 152.")
    assert refs[["authors", "title", "year"]].values.tolist() == \
        [["E. Gans", "Das Erbrecht", "1824"], ["A. Dufour", "Histoire naturelle", "1997"]]


@pytest.mark.parametrize("imprint, place, publisher", [
    ("Paris: Nathan 1996", "Paris", "Nathan"), ("Paris: Actes Sud 2001", "Paris", "Actes Sud")])
def test_an_imprint_of_place_colon_publisher_and_year_without_commas_makes_a_reference(imprint, place, publisher):
    refs = references(f"L. Martin-Dupont, Le droit dans les sociétés humaines, {imprint}, 122.")
    assert refs[["authors", "title", "place", "publisher"]].values.tolist() == \
        [["L. Martin-Dupont", "Le droit dans les sociétés humaines", place, publisher]]


@pytest.mark.parametrize("edition", ["2e éd.", "3ème éd.", "2ième éd."])
def test_a_french_edition_with_its_ordinal_is_not_part_of_the_title(edition):
    ref = parse_reference(f"J. Dupont, Les coutumes, {edition}, Paris, PUF, 1985, 12.")
    assert fields(ref, "title", "publisher", "year") == ("Les coutumes", "PUF", "1985")


def test_a_short_title_whose_note_gave_no_reference_keeps_its_title_without_the_note_reference():
    refs = references("Sur ce point, voir le livre de Klimrath.", "Klimrath, Travaux (n. 1) 9.")
    assert refs[["authors", "title", "ref_of"]].values.tolist() == [["Klimrath", "Travaux", ""]]
