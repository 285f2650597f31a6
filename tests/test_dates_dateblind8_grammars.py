"""Date grammars of round 8's languages (rules 69-75): year-first days with a hyphened year word and a month in a
case, endings and prefixes glued to a number or a month's name, words of scripts written without spaces touching
the number, spans marked by case endings, and the page words of these languages' notes."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates.gluedendings import with_glued_ending
from histkit.dates.values import DateMatch


def _dates(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return list(zip(table["surface"], table["date_start"], table["date_end"]))


def test_an_uzbek_year_first_day_takes_its_month_in_the_locative():
    assert _dates("Shartnoma 1936-yil 5-dekabrda imzolandi.") == [("1936-yil 5-dekabrda", "1936-12-05", "1936-12-05")]


def test_a_kyrgyz_year_first_day_takes_the_genitive_year_word_and_the_month_in_a_case():
    assert _dates("Съезд 1927-жылдын 3-мартында ачылган.") \
        == [("1927-жылдын 3-мартында", "1927-03-03", "1927-03-03")]


def test_a_day_joined_to_its_month_by_a_hyphen_without_its_year_takes_the_year_before():
    assert _dates("Shartnoma 1936-yil 5-dekabrda imzolandi, 7-dekabrda esa e’lon qilindi.")[1:] \
        == [("7-dekabrda", "1936-12-07", "1936-12-07")]


def test_a_day_with_its_ordinal_mark_glued_takes_the_year_before():
    assert _dates("Shirku wuxuu furmay 3da Abriil 1955, wuxuuna xirmay 9ka Abriil.")[1:] \
        == [("9ka Abriil", "1955-04-09", "1955-04-09")]


def test_a_tajik_month_in_the_ezafe_with_the_year_word_inside():
    assert _dates("Қарор 3 апрели соли 1933 қабул шуд.") == [("3 апрели соли 1933", "1933-04-03", "1933-04-03")]


def test_an_ending_glued_to_the_year_is_of_the_surface():
    assert _dates("Kongre di Gulana 1958an de civiya.") == [("Gulana 1958an", "1958-05-01", "1958-05-31")]


def test_a_single_latin_letter_after_a_year_is_a_works_suffix_not_an_ending():
    text = "as Novak 1931b argued"
    assert with_glued_ending(DateMatch(9, 13, "1931", "", "", "year"), text).surface == "1931"


def test_a_khmer_year_word_touches_its_number_inside_a_day():
    assert _dates("នៅ ថ្ងៃទី៥ ខែមីនា ឆ្នាំ១៩៦០ ។") == [("៥ ខែមីនា ឆ្នាំ១៩៦០", "1960-03-05", "1960-03-05")]


def test_a_khmer_decade_word_touches_its_number():
    assert [(s, a, b) for s, a, b in _dates("ក្នុង ទសវត្សរ៍ឆ្នាំ១៩៤០ ។")] \
        == [("ទសវត្សរ៍ឆ្នាំ១៩៤០", "1940-01-01", "1949-12-31")]


def test_a_zulu_month_keeps_the_prefix_glued_to_it():
    assert _dates("Umhlangano wawungomhla ka-3 kuNhlaba 1950.") == [("3 kuNhlaba 1950", "1950-05-03", "1950-05-03")]


def test_a_breton_day_of_the_month_of_november():
    assert _dates("Ar c'hendalc'h a voe d'an 2 a viz Du 1945.") == [("2 a viz Du 1945", "1945-11-02", "1945-11-02")]


def test_breton_month_names_that_are_english_words_stand_only_after_the_word_for_month():
    assert _dates("Here 1945 ended the war.") == [("1945", "1945-01-01", "1945-12-31")]


def test_two_dates_marked_from_and_until_by_case_endings_are_one_span():
    assert _dates("Urush 1941-yil iyundan 1945-yil maygacha davom etdi.") \
        == [("1941-yil iyundan 1945-yil maygacha", "1941-06-01", "1945-05-31")]


def test_two_years_without_case_endings_stay_two_dates():
    assert _dates("Urush 1941 1945 davom etdi.") == [("1941", "1941-01-01", "1941-12-31"),
                                                     ("1945", "1945-01-01", "1945-12-31")]


def test_two_decades_joined_by_the_sinhala_word_for_from_are_one_span():
    assert _dates("1920 ගණන්වල සිට 1940 ගණන්වල දක්වා ගැටලුව පැවතිණි.") \
        == [("1920 ගණන්වල සිට 1940 ගණන්වල", "1920-01-01", "1949-12-31")]


def test_centuries_in_uzbek_and_yiddish_words():
    assert _dates("XVIII asrda shahar kengaydi.") == [("XVIII asrda", "1700-01-01", "1799-12-31")]
    assert _dates("אין 18טן יאָרהונדערט") == [("18טן יאָרהונדערט", "1700-01-01", "1799-12-31")]


def test_a_yiddish_day_with_its_ordinal_suffix():
    assert _dates("דער צוזאַמענפֿאָר איז געווען דעם 3טן יוני 1921.") == [("3טן יוני 1921", "1921-06-03", "1921-06-03")]


def test_a_gujarati_date_keeps_the_ending_glued_to_its_year():
    assert _dates("૫ મે ૧૯૪૦ના રોજ સભા મળી.") == [("૫ મે ૧૯૪૦ના", "1940-05-05", "1940-05-05")]


def test_the_page_words_of_these_languages_number_no_year():
    assert _dates("Warqad 4 Maarso 1950; Kaydka, bogga 1944.") == [("4 Maarso 1950", "1950-03-04", "1950-03-04")]
    assert _dates("Incwadi ka-3 kuMbasa 1906, ikhasi 1912.") == [("3 kuMbasa 1906", "1906-04-03", "1906-04-03")]


def test_an_imprints_year_before_a_page_numbered_with_its_word_after_a_hyphen_is_no_date():
    assert _dates("Karimov A. Tarix. Toshkent, 1998. 211-bet.") == []
    assert _dates("Mustaqillik 1991-yilda, 1998. 211 kishi keldi.")[1:] == [("1998", "1998-01-01", "1998-12-31")]


def test_a_span_marked_by_an_ending_with_a_vowel_sign_and_a_word_for_until_after_it():
    assert _dates("૧૯૨૦થી ૧૯૨૫ સુધી ચળવળ ચાલી.") == [("૧૯૨૦થી ૧૯૨૫", "1920-01-01", "1925-12-31")]


def test_a_sinhala_year_and_month_with_the_word_for_month_after_the_name():
    assert _dates("1962 ජූලි මස අග සාකච්ඡා පැවතිණි.") == [("1962 ජූලි මස", "1962-07-01", "1962-07-31")]


def test_a_year_and_a_month_name_without_a_word_between_or_after_stay_apart():
    assert _dates("In 1958 May was hot.") == [("1958", "1958-01-01", "1958-12-31")]


def test_a_khmer_span_of_days_whose_word_for_to_touches_the_second_day():
    assert _dates("ពី ថ្ងៃទី៤ ដល់ថ្ងៃទី៩ ខែមិថុនា ឆ្នាំ១៩៥៥ ។") == [("៤ ដល់ថ្ងៃទី៩ ខែមិថុនា ឆ្នាំ១៩៥៥", "1955-06-04", "1955-06-09")]


def test_a_tajik_ordinal_decade_with_its_century_after_it():
    assert _dates("Дар соли 1925 ва солҳои 40-уми асри XX шаҳр калон шуд.")[1:] \
        == [("солҳои 40-уми асри XX", "1940-01-01", "1949-12-31")]
