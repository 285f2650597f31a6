"""Case endings of the languages of mention round 9 as rows of name_paradigms.csv (Kyrgyz, Ossetian, Faroese);
small texts written for each behaviour."""

from conftest import found_mentions


def test_kyrgyz_case_suffixes_follow_the_last_vowel_and_its_rounding():
    text = "Абдрахмановдун катын Сталинге жөнөтүштү; Орозбековду камашты, Рыскуловго жазышты."
    assert found_mentions(text, ("ja", "Жусуп Абдрахманов", "person", ""), ("st", "Иосиф Сталин", "person", ""),
                          ("ao", "Абдыкадыр Орозбеков", "person", ""), ("tr", "Турар Рыскулов", "person", "")) == [
        ("ja", "Абдрахмановдун"), ("st", "Сталинге"), ("ao", "Орозбековду"), ("tr", "Рыскуловго")]
