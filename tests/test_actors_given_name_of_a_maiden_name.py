"""A woman's given name alone names her where an alias with the same given name puts her in a family the authority
holds others of (`Caroline Schlegel` of `Caroline Schlegel-Schelling`, `histkit/actors/givennames.py`)."""

from conftest import found_mentions

AUGUST = ("w", "August Wilhelm Schlegel", "person", "")
FRIEDRICH = ("f", "Friedrich Schlegel", "person", "")
CAROLINE = ("c", "Caroline Schlegel-Schelling", "person", "Caroline Schlegel|Caroline Böhmer")


def test_her_given_name_alone_names_her_once_named_in_full():
    text = "August Wilhelm Schlegel married Caroline Schlegel-Schelling in 1796; Caroline wrote reviews."
    assert [a for a, _ in found_mentions(text, AUGUST, FRIEDRICH, CAROLINE)] == ["w", "c", "c"]


def test_her_given_name_alone_names_no_one_where_no_alias_shares_the_family_name():
    text = "Caroline Schlegel-Schelling came to Jena; Caroline wrote reviews."
    found = found_mentions(text, AUGUST, ("c", "Caroline Schlegel-Schelling", "person", "Caroline Böhmer"))
    assert found == [("c", "Caroline Schlegel-Schelling")]
