"""Places named after a person in the languages of mention round 12 (eponym_words.csv); small texts written for each."""

from conftest import found_mentions


def test_a_lao_school_word_glued_to_the_word_before_it_still_names_a_place():
    text = "ໃນປີ 1950 ທ່ານສຸວັນນະ ວົງສາ ກັບມາວຽງຈັນ. ມື້ນີ້ ມີໂຮງຮຽນ ສຸວັນນະ ວົງສາ ຢູ່ວຽງຈັນ."
    assert found_mentions(text, ("s", "ສຸວັນນະ ວົງສາ", "person", "")) == [("s", "ສຸວັນນະ ວົງສາ")]


def test_a_chuvash_street_and_a_sorani_school_named_after_a_person_are_no_mentions():
    chuvash = "Ҫак ҫулта Иван Яковлев шкул уҫнӑ. Паян Шупашкарта Иван Яковлев урамӗ пур."
    sorani = "لە ساڵی ١٩٢٠دا پیرەمێرد گەڕایەوە. ئەمڕۆ قوتابخانەی پیرەمێرد لە سلێمانی هەیە."
    assert found_mentions(chuvash, ("y", "Иван Яковлев", "person", "")) == [("y", "Иван Яковлев")]
    assert found_mentions(sorani, ("p", "پیرەمێرد", "person", "")) == [("p", "پیرەمێرد")]
