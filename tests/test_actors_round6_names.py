"""Name shapes of mention round 6's languages: each test a small text written for one behaviour."""

from conftest import found_mentions


def test_a_yoruba_family_name_with_subdot_vowels_stands_alone_as_a_vietnamese_one_would_not():
    # ọ and ẹ are Yoruba letters too: they do not make a name Vietnamese, whose two-syllable names are not cut short
    assert found_mentions("Nígbà tí Awólọ́wọ̀ lọ sí Èkó.", ("awo", "Ọbáfẹ́mi Awólọ́wọ̀", "person", "")) \
        == [("awo", "Awólọ́wọ̀")]


def test_a_reign_numbered_in_digits_gives_no_family_name_of_its_number():
    found = found_mentions("รัชกาลที่ 7 ทรงสละราชสมบัติ หน้า 7", ("p", "พระปกเกล้า", "person", "รัชกาลที่ 7"))
    assert found == [("p", "รัชกาลที่ 7")]


def test_zulu_prefixes_written_on_a_name_are_part_of_its_mention():
    found = found_mentions("Amazwi kaMandela; ubuholi bukaLuthuli; uTambo noMandela.",
                           ("m", "Nelson Mandela", "person", ""), ("l", "Albert Luthuli", "person", ""),
                           ("t", "Oliver Tambo", "person", ""))
    assert found == [("m", "kaMandela"), ("l", "bukaLuthuli"), ("t", "uTambo"), ("m", "noMandela")]


def test_a_zulu_prefix_takes_the_place_of_the_initial_vowel_of_a_name_or_alias():
    found = found_mentions("UButhelezi wavuselela iNkatha; abaholi beNkatha bahlangana nabaholi bakaKhongolose.",
                           ("i", "Inkatha Freedom Party", "party", "Inkatha"),
                           ("a", "African National Congress", "party", "uKhongolose"))
    assert found == [("i", "iNkatha"), ("i", "beNkatha"), ("a", "bakaKhongolose")]


def test_an_ethiopian_is_named_by_the_given_name_not_by_the_fathers():
    found = found_mentions("ገርማሜ በአሜሪካ ተምሮ ነበር፤ ራስ ንዋይ ግን አልተማረም።", ("g", "ገርማሜ ንዋይ", "person", ""))
    assert found == [("g", "ገርማሜ")]


def test_a_thai_is_named_by_the_given_name_in_unspaced_text_and_a_title_before_it_is_none():
    found = found_mentions("นายปรีดีย้ายไปเป็นรัฐมนตรี จอมพลสฤษดิ์ยึดอำนาจ",
                           ("p", "ปรีดี พนมยงค์", "person", ""), ("s", "สฤษดิ์ ธนะรัชต์", "person", ""),
                           ("f", "แปลก พิบูลสงคราม", "person", "จอมพล ป. พิบูลสงคราม"))
    assert found == [("p", "ปรีดี"), ("s", "สฤษดิ์")]


def test_amharic_prefixes_and_suffixes_on_a_name_alone_or_together_are_part_of_its_mention():
    found = found_mentions("የደርግን መነሣት፤ ከደርጉ ጋር ተለያየ፤ መኢሶንም ወጣ።", ("d", "ደርግ", "institution", ""),
                           ("m", "መላው ኢትዮጵያ ሶሻሊስት ንቅናቄ", "party", "መኢሶን"))
    assert found == [("d", "የደርግን"), ("d", "ከደርጉ"), ("m", "መኢሶንም")]


def test_amharic_letters_that_sound_alike_spell_one_name():
    found = found_mentions("ሀይለ ስላሴ ከዙፋን ወረዱ፤ ቀዳማዊ፡ኃይለ፡ሥላሴ፡ ሕይወቴ።", ("h", "ኃይለ ሥላሴ", "person", "ቀዳማዊ ኃይለ ሥላሴ"))
    assert found == [("h", "ሀይለ ስላሴ"), ("h", "ቀዳማዊ፡ኃይለ፡ሥላሴ")]


def test_mongolian_case_suffixes_follow_the_names_vowels_and_its_hidden_n():
    found = found_mentions("Чойбалсангийн үүрэг; Цэдэнбалыг огцруулжээ; Сүхбаатарт; Коминтернтэй зөрчилдсөн",
                           ("c", "Хорлоогийн Чойбалсан", "person", ""), ("t", "Юмжаагийн Цэдэнбал", "person", ""),
                           ("s", "Дамдины Сүхбаатар", "person", ""),
                           ("k", "Коммунист Интернационал", "organisation", "Коминтерн"))
    assert [s for _, s in found] == ["Чойбалсангийн", "Цэдэнбалыг", "Сүхбаатарт", "Коминтернтэй"]


def test_a_word_in_lower_case_ending_a_capitalised_name_is_a_title_not_a_family_name():
    assert found_mentions("Богд хаан нас барав; шинэ хаан байгаагүй.", ("b", "Богд хаан", "person", "")) \
        == [("b", "Богд хаан")]


def test_towns_squares_districts_and_universities_named_after_a_person_in_round_6s_languages_are_no_mentions():
    for text, row in (("Чойбалсан хот; Сүхбаатарын талбай", ("c", "Дамдины Сүхбаатар", "person", "")),
                      ("Sharof Rashidov tumani", ("r", "Sharof Rashidov", "person", "")),
                      ("ang Lungsod Quezon", ("q", "Manuel Quezon", "person", "")),
                      ("Yunifásítì Ọbáfẹ́mi Awólọ́wọ̀", ("a", "Ọbáfẹ́mi Awólọ́wọ̀", "person", "")),
                      ("Garoonka Diyaaradaha Aadan Cadde", ("a", "Aadan Cabdulle Cismaan", "person", "Aadan Cadde")),
                      ("ቀዳማዊ ኃይለ ሥላሴ ዩኒቨርሲቲ ተመሠረተ", ("h", "ኃይለ ሥላሴ", "person", "ቀዳማዊ ኃይለ ሥላሴ"))):
        assert found_mentions(text, row) == [], text


def test_somali_clitics_on_a_name_and_the_remote_article_on_the_head_of_an_organisations_name_are_its_mention():
    found = found_mentions("Cigaalna wuxuu noqday ra'iisul wasaare; Golihii Sare ee Kacaanka waa la beddelay.",
                           ("c", "Maxamed Ibraahim Cigaal", "person", ""),
                           ("g", "Golaha Sare ee Kacaanka", "institution", ""))
    assert found == [("c", "Cigaalna"), ("g", "Golihii Sare ee Kacaanka")]


def test_the_uzbek_letter_o_with_its_turned_comma_matches_the_apostrophes_that_stand_for_it():
    found = found_mentions("Xo‘jayev va Xo'jayevning ishi", ("x", "Fayzulla Xoʻjayev", "person", ""))
    assert found == [("x", "Xo‘jayev"), ("x", "Xo'jayevning")]


def test_the_uzbek_terminative_on_a_name_is_part_of_its_mention():
    assert found_mentions("Xo'jayevdan Rashidovgacha", ("r", "Sharof Rashidov", "person", "")) == [("r", "Rashidovgacha")]


def test_a_name_of_three_words_without_its_first_is_one_mention_not_two():
    found = found_mentions("Hantiwadaagga Siyaad Barre wuxuu ku dhawaaqay.", ("s", "Maxamed Siyaad Barre", "person", ""))
    assert found == [("s", "Siyaad Barre")]


def test_a_thai_name_cut_short_by_the_abbreviation_mark_is_a_mention():
    found = found_mentions("ประกาศของคณะฯ และร่างของพิบูลฯ", ("k", "คณะราษฎร", "party", ""),
                           ("p", "แปลก พิบูลสงคราม", "person", ""))
    assert found == [("k", "คณะฯ"), ("p", "พิบูลฯ")]


def test_a_cyrillic_name_as_latin_script_literature_romanises_it_is_a_mention():
    found = found_mentions("Kh. Choibalsan, Selected Works; B. Baabar on Tsedenbal.",
                           ("c", "Хорлоогийн Чойбалсан", "person", ""), ("t", "Юмжаагийн Цэдэнбал", "person", ""))
    assert found == [("c", "Choibalsan"), ("t", "Tsedenbal")]


def test_an_abbreviation_with_a_full_stop_after_each_letter_is_a_mention():
    found = found_mentions("the A.N.C. and ኢ.ሕ.አ.ፓ.፣ ዴሞክራሲያ", ("a", "African National Congress", "party", "ANC"),
                           ("e", "የኢትዮጵያ ሕዝቦች አብዮታዊ ፓርቲ", "party", "ኢሕአፓ"))
    assert found == [("a", "A.N.C."), ("e", "ኢ.ሕ.አ.ፓ.")]
