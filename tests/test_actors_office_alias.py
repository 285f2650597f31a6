"""An office listed as a person's alias (`président du Conseil`) names the holder, and its last words are no family
name of his; small texts written for the behaviour."""

from conftest import found_mentions


def test_an_office_alias_in_small_letters_makes_no_family_name():
    text = ("Le président du Conseil, Georges Bidault, parla le 3 mai. La séance du Conseil dura deux heures; "
            "Du Conseil on ne sut rien.")
    found = found_mentions(text, ("b", "Georges Bidault", "person", "président du Conseil"))
    assert [s for _, s in found] == ["président du Conseil", "Georges Bidault"]


def test_a_title_before_the_given_name_still_declines_as_a_name():
    text = "Игуменья благословила мать Серафиму; мать Серафима уехала."
    found = found_mentions(text, ("s", "Серафима (Бурцева)", "person", "мать Серафима|Серафима"))
    assert [s for _, s in found] == ["мать Серафиму", "мать Серафима"]
