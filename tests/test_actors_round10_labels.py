"""Front matter labelled in the languages of mention round 10 (Turkmen, Gujarati, Malayalam, Uyghur, Pashto, Breton,
Kinyarwanda, Upper Sorbian); small articles written for each."""

import pytest
from conftest import front_lines


@pytest.mark.parametrize("abstract,keywords", [("Annotasiýa", "Açar sözler"), ("સારાંશ", "ચાવીરૂપ શબ્દો"),
                                               ("സംഗ്രഹം", "താക്കോൽ വാക്കുകൾ"), ("قىسقىچە مەزمۇنى", "ئاچقۇچلۇق سۆزلەر"),
                                               ("لنډيز", "کليدي کلمې")])
def test_abstracts_and_key_words_labelled_in_turkic_indic_or_pashto_are_front_matter(abstract, keywords):
    assert front_lines(abstract, keywords) == ["front", "front"]


@pytest.mark.parametrize("abstract,keywords", [("Diverrañ", "Gerioù-alc'hwez"), ("Incamake", "Amagambo y'ingenzi"),
                                               ("Zjeće", "Klučowe słowa")])
def test_abstracts_and_key_words_labelled_in_breton_kinyarwanda_or_sorbian_are_front_matter(abstract, keywords):
    # the apostrophe inside `Gerioù-alc'hwez` and `y'ingenzi` belongs to the label
    assert front_lines(abstract, keywords) == ["front", "front"]
