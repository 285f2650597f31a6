"""Case endings of the languages of mention round 9 as rows of name_paradigms.csv (Kyrgyz, Ossetian, Faroese);
small texts written for each behaviour."""

from conftest import found_mentions


def test_kyrgyz_case_suffixes_follow_the_last_vowel_and_its_rounding():
    text = "Абдрахмановдун катын Сталинге жөнөтүштү; Орозбековду камашты, Рыскуловго жазышты."
    assert found_mentions(text, ("ja", "Жусуп Абдрахманов", "person", ""), ("st", "Иосиф Сталин", "person", ""),
                          ("ao", "Абдыкадыр Орозбеков", "person", ""), ("tr", "Турар Рыскулов", "person", "")) == [
        ("ja", "Абдрахмановдун"), ("st", "Сталинге"), ("ao", "Орозбековду"), ("tr", "Рыскуловго")]


def test_ossetian_cases_go_on_the_last_word_and_after_a_vowel_take_a_glide():
    text = "Гадиты Цомахъы фыстӕг Ленинмӕ ӕмӕ Керменӕн; Ной Жорданиайы хицауад."
    assert found_mentions(text, ("gc", "Гадиты Цомахъ", "person", ""), ("vl", "Владимир Ленин", "person", ""),
                          ("km", "Кермен", "party", ""), ("nz", "Ной Жорданиа", "person", "")) == [
        ("gc", "Гадиты Цомахъы"), ("vl", "Ленинмӕ"), ("km", "Керменӕн"), ("nz", "Ной Жорданиайы")]


def test_faroese_party_and_parliament_names_decline_with_their_definite_suffix():
    text = "Úr Sjálvstýrisflokkinum í Fólkaflokkin; skjøl Løgtingsins og orð Jóannesar Paturssonar."
    assert found_mentions(text, ("sj", "Sjálvstýrisflokkurin", "party", ""), ("fo", "Fólkaflokkurin", "party", ""),
                          ("lt", "Løgtingið", "organisation", ""), ("jp", "Jóannes Patursson", "person", "")) == [
        ("sj", "Sjálvstýrisflokkinum"), ("fo", "Fólkaflokkin"), ("lt", "Løgtingsins"),
        ("jp", "Jóannesar Paturssonar")]


def test_a_yiddish_possessive_s_follows_the_name_and_undoes_a_final_letter():
    text = "מעדעמס אַרטיקלען און פּילסודסקיס רעזשים."
    assert found_mentions(text, ("vm", "וולאַדימיר מעדעם", "person", ""), ("jp", "יוזעף פּילסודסקי", "person", "")) == [
        ("vm", "מעדעמס"), ("jp", "פּילסודסקיס")]
