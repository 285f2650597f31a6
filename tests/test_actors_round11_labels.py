"""Front matter labelled in the languages of mention round 11 (Afrikaans, Scottish Gaelic, Galician, Kannada); small
articles written for each."""

import pytest
from conftest import front_lines


@pytest.mark.parametrize("abstract,keywords", [("Opsomming", "Sleutelwoorde"), ("Geàrr-chunntas", "Faclan-luirg"),
                                               ("Resumo", "Palabras chave"), ("ಸಾರಾಂಶ", "ಮುಖ್ಯ ಪದಗಳು")])
def test_abstracts_and_key_words_labelled_in_afrikaans_gaelic_galician_or_kannada_are_front_matter(abstract, keywords):
    assert front_lines(abstract, keywords) == ["front", "front"]
