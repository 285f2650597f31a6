"""Places and institutions named after a person in the languages of mention round 7: the name inside them is no
mention. Small texts written for each."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_a_name_before_a_word_for_university_airport_or_highway_is_no_mention():
    assert found("नेता महेन्द्र थिए। महेन्द्र राजमार्ग लामो छ। त्रिभुवन विमानस्थल नयाँ छ।",
                 ("m", "महेन्द्र वीर विक्रम शाह", "person", "राजा महेन्द्र|महेन्द्र"),
                 ("t", "त्रिभुवन वीर विक्रम शाह", "person", "त्रिभुवन")) == ["महेन्द्र"]


def test_a_name_after_a_word_for_town_district_street_or_university_is_no_mention():
    assert found("Ғафуров омад. Шаҳри Ғафуров калон аст.", ("g", "Бобоҷон Ғафуров", "person", "")) == ["Ғафуров"]
    assert found("Novonoina i Ratsimandrava. Ny lalana Ratsimandrava.",
                 ("r", "Richard Ratsimandrava", "person", "")) == ["Ratsimandrava"]
    assert found("Ahmadu Bello ya mutu. Jami'ar Ahmadu Bello tana Zariya.", ("b", "Ahmadu Bello", "person", "")) == \
        ["Ahmadu Bello"]

