"""Front matter labelled in the languages of mention round 11 (Afrikaans, Scottish Gaelic, Galician, Kannada); small
articles written for each."""

import pytest
from conftest import layout_of

BODY = (" The crisis began in the autumn of the year, when the government could no longer rely on the support of\n"
        "the parties that had formed it and the president had to choose between new elections and a new cabinet.\n"
        "Neither choice was easy, and the archives show how long the decision took and who was asked about it.\n")


def front_lines(abstract_label, keywords_label):
    """The zones of the abstract's and the key words' blocks of a small article labelled so."""
    text = ("Journal of Regional History 12 (2019), 41–66\n\n"
            "Parties and the State\n\n"
            "A. N. Author\nUniversity of the Region\n\n"
            f"{abstract_label}: The article reads the crisis of 1958 anew from the papers of the president, who kept\n"
            "them in his house until his death, and from the minutes of the parties' meetings.\n\n"
            f"{keywords_label}: crisis, president, parties\n\n"
            "Introduction\n\n" + BODY)
    layout = layout_of(text)
    return [b.zone for b in sorted(layout.blocks, key=lambda b: b.start)
            if text[b.start:b.end].startswith((abstract_label, keywords_label))]


@pytest.mark.parametrize("abstract,keywords", [("Opsomming", "Sleutelwoorde"), ("Geàrr-chunntas", "Faclan-luirg"),
                                               ("Resumo", "Palabras chave"), ("ಸಾರಾಂಶ", "ಮುಖ್ಯ ಪದಗಳು")])
def test_abstracts_and_key_words_labelled_in_afrikaans_gaelic_galician_or_kannada_are_front_matter(abstract, keywords):
    assert front_lines(abstract, keywords) == ["front", "front"]
