"""Front matter labelled in the languages of mention round 13 (Latin, Esperanto, Tigrinya, Tibetan, Hawaiian,
Javanese, Inuktitut); small articles written for each."""

import pytest
from conftest import front_lines


@pytest.mark.parametrize("abstract,keywords", [("Summarium", "Verba gravia"), ("Resumo", "Ŝlosilvortoj"),
                                               ("ጽማቝ", "ቀንዲ ቃላት"), ("Hōʻuluʻulu manaʻo", "Nā huaʻōlelo koʻikoʻi"),
                                               ("Ringkesan", "Tembung wigati"),
                                               ("ᓇᐃᓈᖅᑕᐅᓯᒪᔪᖅ", "ᐅᖃᐅᓰᑦ ᐱᒻᒪᕆᐅᔪᑦ")])
def test_abstracts_and_key_words_labelled_in_round_13s_languages_are_front_matter(abstract, keywords):
    assert front_lines(abstract, keywords) == ["front", "front"]
