"""A book's several places of publication set off by commas (`Chicago, London 1987`) are its place, not the end of
its title; a name with a particle in small letters (`Anke te Heesen`) is a person's, also as an edited book's editor
named after its title, with words in small letters before it that are no lead."""

import pytest

from histkit.citations import extract_citations, parse_reference
from histkit.citations.names import is_name

import pandas as pd


@pytest.mark.parametrize(("imprint", "place"), [("Chicago, London 1987", "Chicago, London"),
                                                 ("Cambridge, Mass. 1987", "Cambridge, Mass."),
                                                 ("Frankfurt a. M., New York 1987", "Frankfurt a. M., New York"),
                                                 ("Berlin, New York, London 1987", "Berlin, New York, London")])
def test_places_set_off_by_commas_are_the_place(imprint, place):
    ref = parse_reference(f"Peter Galison, How Experiments End, {imprint}, 45.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("Peter Galison", "How Experiments End", place,
                                                                         "1987")


def test_a_title_s_last_part_before_the_place_stays_the_title():
    ref = parse_reference("Hans Müller, Geschichte, Berlin 1990.")
    assert (ref["title"], ref["place"]) == ("Geschichte", "Berlin")


@pytest.mark.parametrize("name", ["Anke te Heesen", "João dos Santos", "Anna della Rovere"])
def test_a_particle_in_small_letters_belongs_to_the_name(name):
    assert is_name(name)


def test_a_title_named_before_its_editors_with_a_particle_is_a_reference():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Sammeln als Wissen, hg. von Anke te Heesen und E.C. Spary, Göttingen 2001."]})
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "place", "year"]].values.tolist() == [
        ["Anke te Heesen und E.C. Spary", "Sammeln als Wissen", "Göttingen", "2001"]]
