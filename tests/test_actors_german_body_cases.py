"""A German body's name in its cases: the adjective after the article and in the genitive, the genitive `-s` of a
noun, a weak noun's `-en` (`name_paradigms.csv`); small texts written for the behaviour."""

from conftest import found_mentions


def test_an_office_named_by_adjective_and_noun_declines_in_a_german_text():
    text = ("Das Statistische Amt zählte 1925. Die Akten des Statistischen Amts liegen in Berlin, "
            "die des Statistischen Amtes in Koblenz; dem Statistischen Amt schrieb der Minister.")
    found = found_mentions(text, ("st", "Statistisches Amt", "organisation", ""))
    assert [s for _, s in found] == ["Statistische Amt", "Statistischen Amts", "Statistischen Amtes",
                                     "Statistischen Amt"]


def test_a_party_in_the_genitive_and_an_office_as_a_weak_noun():
    text = ("Die Abgeordneten des Zentrums stimmten zu. Der Reichspräsident unterschrieb; "
            "der Erlass des Reichspräsidenten erschien am 1. Dezember.")
    found = found_mentions(text, ("z", "Deutsche Zentrumspartei", "organisation", "Zentrum"),
                           ("h", "Paul von Hindenburg", "person", "Reichspräsident"))
    assert found == [("z", "Zentrums"), ("h", "Reichspräsident"), ("h", "Reichspräsidenten")]
