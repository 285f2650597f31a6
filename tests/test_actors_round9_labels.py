"""Front matter labelled in the languages of mention round 9 (Luxembourgish, Faroese, Yiddish, Kyrgyz, Ossetian,
Haitian Creole); small articles written for each."""

from conftest import front_lines


def test_abstracts_and_key_words_labelled_in_luxembourgish_faroese_or_yiddish_are_front_matter():
    for abstract, keywords in (("Resumé", "Schlësselwierder"), ("Samandráttur", "Lyklaorð"),
                               ("תּקציר", "שליסלווערטער")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract


def test_abstracts_and_key_words_labelled_in_kyrgyz_or_ossetian_are_front_matter():
    for abstract, keywords in (("Аннотация", "Өзөктүү сөздөр"), ("Аннотаци", "Сӕйраг дзырдтӕ")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract


def test_a_haitian_rezime_with_its_colon_opens_the_abstract_at_the_front():
    # `Rezime` alone heads a Serbian summary at the back; with its colon at the front it is a Creole abstract
    assert front_lines("Rezime", "Mo kle") == ["front", "front"]
