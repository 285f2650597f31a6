"""Reference round 20's words and shapes: Tatar's ibid, op. cit. and see-lead before a GOST reference whose title holds
a colon, Telugu's word for "especially" before a page mark in a repeat, Marathi's see-also lead after a repeat and
its "and" between editors, a Marathi name with the father's initial inside it, Myanmar script read as a caseless
script's, a corporate author of many capitalised words, and the month names of the round's languages.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.corporate import corporate_head
from histkit.citations.names import is_name
from histkit.citations.splitter import split_citations
from histkit.dates import find_dates


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


_TATAR_BOOK = "Гыйлаҗев Р. Ф. Авыл мәктәпләре: тарихи очерк. Казан: Мәгариф, 2004. 12–20 б."


def test_the_tatar_ibid_repeats_the_work_before():
    refs = _references(_TATAR_BOOK, "Шунда ук. 31 б.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_the_tatar_op_cit_for_an_article_after_the_authors_name_repeats_their_article():
    refs = _references("Вәлиева Л. Р. Авыл мәктәпләре // Фәнни Татарстан. 2004. № 2. 12–20 б.",
                       "Вәлиева Л. Р. Күрсәтелгән мәкалә. 31 б.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_a_tatar_see_word_and_its_colon_are_a_lead_in_before_a_gost_reference():
    text = "Карагыз: Вәлиев Н. Х. Казан китапханәләре: XVIII гасыр – XIX гасыр уртасы. Казан: Фән, 1999. 7–9 б."
    assert [(s.role, s.raw) for s in split_citations(text)][0] == ("lead-in", "Карагыз: ")


def test_a_hausa_see_word_is_a_lead_in():
    assert [s.role for s in split_citations("Duba Musa Bello, Tarihin Kasuwa, Kano: Gidan Dabino, 2001, sh. 4.")] \
        == ["lead-in", "citation"]


def test_a_telugu_word_for_especially_before_the_page_mark_leaves_the_repeat_its_page():
    refs = _references("ఎ. బి. సుబ్బారావు, “కాకినాడ రేవు”, భారతి, సంపుటి 12, సంచిక 3 (1961), పు. 10–20.",
                       "సుబ్బారావు, పైన పేర్కొన్న వ్యాసం, ముఖ్యంగా పు. 15.")
    assert refs[["authors", "ref_of", "pages"]].values.tolist()[1] == ["సుబ్బారావు", "1:1", "15"]


def test_a_marathi_see_also_lead_after_a_repeat_is_no_authors_name():
    refs = _references("ग. ह. केळकर, शेती आणि बाजार, पुणे: काल्पनिक प्रकाशन, १९८१, पृ. ४.",
                       "केळकर, उपरोक्त ग्रंथ, पृ. ९; तसेच पाहा: माधव श. कुलकर्णी, गावगाडा आणि कर्ज, मुंबई: काल्पनिक प्रकाशन, "
                       "१९९०, पृ. १२.")
    assert refs[["authors", "title", "ref_of"]].values.tolist()[1:] == [["केळकर", "शेती आणि बाजार", "1:1"],
                                                                        ["माधव श. कुलकर्णी", "गावगाडा आणि कर्ज", ""]]


def test_marathi_editors_joined_by_their_and_are_the_authors_of_a_volume():
    refs = _references("र. म. जोशी आणि स. वि. भावे (संपा.), दख्खनचा इतिहास, पुणे: काल्पनिक प्रकाशन, २००५.")
    assert refs[["authors", "title"]].values.tolist() == [["र. म. जोशी आणि स. वि. भावे", "दख्खनचा इतिहास"]]


def test_a_forename_an_initial_and_a_surname_in_a_caseless_script_is_a_name():
    assert is_name("माधव श. कुलकर्णी") and not is_name("शेती आणि बाजार आणि कर्ज")


def test_a_burmese_name_is_a_caseless_scripts_name():
    assert is_name("ဦးမြင့်ဆွေ")


def test_the_burmese_ibid_and_op_cit_repeat_the_work_before():
    first = "ဦးမြင့်ဆွေ၊ အညာဒေသ စိုက်ပျိုးရေး၊ ဒုတိယအကြိမ်၊ ရန်ကုန်၊ စာပေဗိမာန်၊ ၁၉၈၂၊ စာ-၁၂–၁၅။"
    refs = _references(first, "၎င်း၊ စာ-၂၀။", "ဦးမြင့်ဆွေ၊ အထက်ပါကျမ်း၊ စာ-၃၃။")
    assert refs.ref_of.tolist() == ["", "1:1", "1:1"]


def test_a_corporate_author_of_several_capitalised_words_ends_in_its_head_word():
    text = "Eastern Region Cocoa Marketing Board, Annual Report for 1955, Lagos: Government Printer, 1956, p. 4"
    assert text[:corporate_head(text)] == "Eastern Region Cocoa Marketing Board, "


def test_a_title_case_title_without_a_head_word_is_no_corporate_author():
    assert corporate_head("Rural Credit in Upper Burma, London, 1932") == 0


def test_the_month_names_of_marathi_telugu_and_tatar_give_the_day():
    assert [d.date_start for text in ("9 मार्च 1902", "3 జూలై 1950", "7 гыйнвар 1911")
            for d in find_dates(text)] == ["1902-03-09", "1950-07-03", "1911-01-07"]


def test_a_tatar_short_title_closed_by_its_ellipsis_and_a_page_mark_after_the_number_repeats_the_work():
    refs = _references("Вәлиева Л. Р. Кышлык бунтлар // Татар тарихы. Казан: ИЯЛИ, 2008. 101–130 б.",
                       "Вәлиева Л. Р. Кышлык бунтлар… 120 б.")
    assert refs[["ref_of", "pages"]].values.tolist()[1] == ["1:1", "120 б"]


def test_a_books_length_after_its_year_is_no_page_cited():
    refs = _references("Петров И. И. Земство. М.: Наука, 1991. 320 с.")
    assert refs.pages.tolist() == [""]
