"""A reference in a script without case read by its shape where no list holds its words (issue 15): a lead word before
the author (with a colon, or a comma before a name in capitals), an editor's word in brackets after the names, a
volume's word of five to eight characters before its number, and a title's years that lend no words to a second author.
The lead, editor's and volume words are made up (letters of the script, no language's word)."""

from histkit.citations.caseless import caseless_lead, caseless_volume
from histkit.citations.references import parse_reference


def test_a_long_caseless_lead_word_counted_with_its_vowel_signs_before_a_colon_is_a_lead():
    assert caseless_lead("ক্ষ্রিত্তম: প্রদীপ সেনগুপ্ত, বাংলার শ্রমিক, ১৯৯৬").group() == "ক্ষ্রিত্তম: "


def test_a_caseless_lead_before_a_three_word_name_and_an_arabic_comma_is_a_lead():
    assert caseless_lead("تکھپ: محمد اسلم ملک، تاریخ انجمن، ۱۹۹۶ء").group() == "تکھپ: "


def test_a_caseless_word_and_a_comma_before_a_name_in_capitals_is_a_lead():
    assert caseless_lead("ढेखोत, Peter Aldridge, Peasants and Raj, 1984").group() == "ढेखोत, "


def test_a_chinese_name_and_a_comma_before_an_english_title_is_no_lead():
    assert caseless_lead("王建国, Rice Trade in Shanghai, 2005") is None


def test_a_latin_word_before_a_colon_is_not_read_here():
    assert caseless_lead("Qem: Jan Qarvo, Yllbok, 2006") is None


def test_the_lead_is_cut_from_the_authors():
    ref = parse_reference("ढेखोत, Peter Aldridge, Peasants and Raj in Awadh (Delhi: Oxford University Press, 1984), 112.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Peter Aldridge", "Peasants and Raj in Awadh", "1984")


def test_a_caseless_title_keeps_its_years_rather_than_pass_for_a_second_author():
    ref = parse_reference("প্রদীপ সেনগুপ্ত, বাংলার চটকল শ্রমিক, 1890–1940, কলকাতা: আনন্দ পাবলিশার্স, 1996, পৃ. 45")
    assert (ref["authors"], ref["title"], ref["year"]) == ("প্রদীপ সেনগুপ্ত", "বাংলার চটকল শ্রমিক, 1890–1940", "1996")


def test_a_caseless_editors_word_in_brackets_after_the_name_leaves_the_name_as_authors():
    ref = parse_reference("दिनेश पन्त (सम्पाक.), सनद सवाल सङ्ग्रह, काठमाडौँ: प्रज्ञा प्रतिष्ठान, 2048, पृ. 77")
    assert (ref["authors"], ref["title"], ref["year"]) == ("दिनेश पन्त", "सनद सवाल सङ्ग्रह", "2048")


def test_a_caseless_volume_word_of_six_characters_before_a_number_is_a_volume():
    assert caseless_volume(["மாநாட்டு அறிக்கைகள்", "தொகுதி 2"]) == ("2", 1)


def test_a_long_caseless_word_before_a_letter_is_no_volume():
    assert caseless_volume(["מאָלמאָלן", "באַנדיק ב"]) is None


def test_a_newspapers_town_in_brackets_before_its_date_is_no_editors_word():
    ref = parse_reference("प्रताप (कानपुर), 7 फ़रवरी 1921, पृ. 3")
    assert ref["authors"] != "प्रताप"


def test_one_indic_word_and_a_comma_before_a_fuller_name_is_a_lead_not_an_author():
    ref = parse_reference("ढेखोत, रामप्रसाद अधिकारी, तराईको इतिहास, काठमाडौँ: साझा प्रकाशन, 2045, पृ. 45")
    assert (ref["authors"], ref["title"]) == ("रामप्रसाद अधिकारी", "तराईको इतिहास")


def test_a_hebrew_surname_before_its_forenames_stays_an_author():
    from histkit.citations.caseless import without_lead_word
    assert without_lead_word("כהן, יוסף לוי") == "כהן, יוסף לוי"
