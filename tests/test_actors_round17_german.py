"""German adjectives in an organisation's name take `-en` in the genitive and dative (`name_paradigms.csv`: der
Sozialdemokratischen Partei Deutschlands; mention round 17); a small text written for the behaviour."""

from conftest import found_mentions


def test_a_german_party_name_is_found_with_its_adjective_in_the_genitive():
    text = "Der Ortsverein der Sozialdemokratischen Partei Deutschlands wurde im Juni 1933 aufgelöst."
    found = found_mentions(text, ("s", "Sozialdemokratische Partei Deutschlands", "organisation", "SPD"))
    assert found == [("s", "Sozialdemokratischen Partei Deutschlands")]
