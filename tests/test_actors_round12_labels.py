"""Front matter labelled in the languages of mention round 12 (West Frisian, Kashubian, Bashkir, Chuvash, Sorani,
Lao, Odia, Northern Sami); small articles written for each."""

import pytest
from conftest import front_lines


@pytest.mark.parametrize("abstract,keywords", [("Gearfetting", "Kaaiwurden"), ("Strzészczenié", "Klucziwé słowa"),
                                               ("Аннотация", "Төп һүҙҙәр"), ("Аннотаци", "Тӗп сӑмахсем"),
                                               ("پوختە", "کلیلەوشە"), ("ບົດຄັດຫຍໍ້", "ຄຳສຳຄັນ"),
                                               ("ସାରାଂଶ", "ମୁଖ୍ୟ ଶବ୍ଦ"), ("Čoahkkáigeassu", "Čoavddasánit")])
def test_abstracts_and_key_words_labelled_in_round_12s_languages_are_front_matter(abstract, keywords):
    assert front_lines(abstract, keywords) == ["front", "front"]
