"""A member noun made from an abbreviation is no mention of the organisation (`member_suffixes.csv`: Dutch `NSB'er`,
German `SPD-ler`; mention round 17); small texts written for each behaviour."""

from conftest import found_mentions


def test_a_dutch_member_noun_after_an_apostrophe_names_members_not_the_party():
    text = "De NSB won in 1935; zijn arbeiders werden geen NSB'ers."
    found = found_mentions(text, ("n", "Nationaal-Socialistische Beweging", "organisation", "NSB"))
    assert found == [("n", "NSB")]


def test_a_german_member_noun_after_a_hyphen_names_members_not_the_party():
    text = "Die SPD verlor; die SPD-ler der Stadt schwiegen."
    found = found_mentions(text, ("s", "Sozialdemokratische Partei Deutschlands", "organisation", "SPD"))
    assert found == [("s", "SPD")]
