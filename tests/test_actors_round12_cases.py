"""Case endings of the languages of mention round 12 as rows of name_paradigms.csv (Bashkir, Chuvash, Odia, Sorani,
Northern Sami, Kashubian), the languages told by their function words; small texts written for each behaviour."""

from conftest import found_mentions


def test_bashkir_case_suffixes_follow_the_last_vowel_and_the_last_letter():
    text = ("Был йылда Рәхимовтың хаттары тураһында ине, ә Ғәлиәгә менән Рәхимовты ла тиклем "
            "Ҡурайсылар берлеге өсөн яҙҙы, ләкин был юҡ.")
    assert found_mentions(text, ("r", "Сабир Рәхимов", "person", ""), ("g", "Ғәлиә Бикбулатова", "person", "")) == [
        ("r", "Рәхимовтың"), ("r", "Рәхимовты")]


def test_chuvash_genitive_instrumental_and_the_possessive_noun_in_the_dative():
    text = ("Ҫак ҫулта Пайраспа Элекке тата Пайрасӑн юлташӗсем Хресчен союзне ҫырӑннӑ, анчах вӑл вара "
            "унӑн ҫинчен пулнӑ.")
    assert found_mentions(text, ("p", "Семен Пайрас", "person", ""), ("h", "Хресчен союзӗ", "organisation", "")) == [
        ("p", "Пайраспа"), ("p", "Пайрасӑн"), ("h", "Хресчен союзне")]


def test_odia_honorific_and_genitive_suffixes_are_written_on_the_name():
    text = "ଏହି ସମୟରେ ପଣ୍ଡିତ ମିଶ୍ରଙ୍କ ମତ ଥିଲା ଯେ ପ୍ରଜା ମଣ୍ଡଳର ସଭା ହେଲା ଓ ମିଶ୍ରଙ୍କୁ ଏହା ଭଲ ଲାଗିଲା ନାହିଁ।"
    assert found_mentions(text, ("m", "ଗୋଦାବରୀଶ ମିଶ୍ର", "person", ""), ("p", "ପ୍ରଜା ମଣ୍ଡଳ", "organisation", "")) == [
        ("m", "ମିଶ୍ରଙ୍କ"), ("p", "ପ୍ରଜା ମଣ୍ଡଳର"), ("m", "ମିଶ୍ରଙ୍କୁ")]


def test_sorani_izafe_and_clitics_are_written_on_the_name():
    text = "لە ساڵی ١٩٤٥ کۆمەڵەی ژیانەوەی کوردیان دامەزراند و مامۆستا عەلیش لەگەڵ ئەو بوو بۆ کە هەروەها."
    assert found_mentions(text, ("z", "کۆمەڵەی ژیانەوەی کورد", "organisation", ""),
                          ("a", "عەلی ڕەشید", "person", "مامۆستا عەلی")) == [
        ("z", "کۆمەڵەی ژیانەوەی کوردیان"), ("a", "مامۆستا عەلیش")]


def test_northern_sami_searvi_is_declined_with_its_consonant_gradation():
    text = "Máhtte čálii ahte Sámi Girjesearvvis lei ollu bargu, ja son searvvai Sámi Girjesearvái."
    assert found_mentions(text, ("s", "Sámi Girjesearvi", "organisation", "")) == [
        ("s", "Sámi Girjesearvvis"), ("s", "Sámi Girjesearvái")]


def test_kashubian_adjectival_surname_and_a_declension_surname_in_their_cases():
    text = ("Tej rokù Józef Nôtkòwsczi béł dlô Bùdzysza, a Nôtkòwsczégò lëstë do Bùdzyszë òstałë bez "
            "òdpòwiedzë; òd tegò czasu z Nôtkòwsczim nie gôdôł.")
    assert found_mentions(text, ("n", "Józef Nôtkòwsczi", "person", ""), ("b", "Aleksander Bùdzysz", "person", "")) == [
        ("n", "Józef Nôtkòwsczi"), ("b", "Bùdzysza"), ("n", "Nôtkòwsczégò"), ("b", "Bùdzyszë"), ("n", "Nôtkòwsczim")]


def test_a_lao_person_goes_by_the_given_name_written_after_a_glued_title():
    text = "ໃນປີ 1950 ທ່ານສຸວັນນະ ວົງສາ ກັບມາວຽງຈັນ ແລະ ທ່ານສຸວັນນະໄດ້ສອນຢູ່ວຽງຈັນ."
    assert found_mentions(text, ("s", "ສຸວັນນະ ວົງສາ", "person", "")) == [("s", "ສຸວັນນະ ວົງສາ"), ("s", "ສຸວັນນະ")]


def test_bashkir_and_chuvash_names_in_their_russian_spelling_are_mentions():
    text = "Примечание: Ҡаһарманов писал; см. Салимов А. Воспоминания; Ятмаров М. Письма; Кахарманову."
    assert [s for _, s in found_mentions(text, ("k", "Ғабдулла Ҡаһарманов", "person", ""),
                                         ("s", "Әхмәт Сәлимов", "person", ""))] == [
        "Ҡаһарманов", "Салимов А.", "Кахарманову"]


def test_a_kashubian_organisation_in_the_locative_keeps_its_genitive_plural_last_word():
    text = "W tim rokù béł w Kaszëbsczim Zrzeszenim Stôrëch, a jegò brat nié béł dlô nich òd zôczątkù."
    assert found_mentions(text, ("z", "Kaszëbsczé Zrzeszenié Stôrëch", "organisation", "")) == [
        ("z", "Kaszëbsczim Zrzeszenim Stôrëch")]


def test_an_organisation_of_the_authority_as_a_books_publisher_is_a_mention_a_founders_firm_is_not():
    text = "1 A. Kuz, Ĺetopis (Budyšin: Domowina, 1931), 7; B. Ray, Notes (London: Macmillan, 1969), 3."
    found = found_mentions(text, ("d", "Domowina", "organisation", ""), ("m", "Harold Macmillan", "person", ""))
    assert found == [("d", "Domowina")]
