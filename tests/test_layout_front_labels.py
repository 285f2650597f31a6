"""Front matter labelled in more languages, a label closed by a full stop, and a title set as a heading over the
abstract; small articles written for each behaviour."""

from conftest import layout_of

BODY = (" The crisis began in the autumn of the year, when the government could no longer rely on the support of\n"
        "the parties that had formed it and the president had to choose between new elections and a new cabinet.\n"
        "Neither choice was easy, and the archives show how long the decision took and who was asked about it.\n")


def zones(text):
    """(zone, first line) of each block that is not blank."""
    layout = layout_of(text)
    return [(b.zone, text[b.start:b.end].splitlines()[0]) for b in sorted(layout.blocks, key=lambda b: b.start)
            if b.zone != "blank"]


def article(abstract_label, keywords_label, separator=":"):
    return ("Historiallinen Aikakauskirja 118 (2020):3, 301–322\n\n"
            "The Night Frost and the President\n\n"
            "Mikko Virtanen\nUniversity of Helsinki\n\n"
            f"{abstract_label}{separator} The article reads the crisis of 1958 anew from the papers of the president.\n\n"
            f"{keywords_label}{separator} crisis, president, parties\n\n"
            "Introduction\n\n" + BODY)


def test_a_finnish_abstract_and_key_words_are_front_matter():
    got = zones(article("Tiivistelmä", "Asiasanat"))
    assert [z for z, line in got if line.startswith(("Tiivistelmä", "Asiasanat"))] == ["front", "front"]


def test_a_label_closed_by_a_full_stop_opens_front_matter_as_one_closed_by_a_colon():
    got = zones(article("Anotacija", "Reikšminiai žodžiai", separator="."))
    assert [z for z, line in got if line.startswith(("Anotacija", "Reikšminiai"))] == ["front", "front"]


def test_a_title_set_as_a_heading_between_the_journal_line_and_the_abstract_is_front_matter():
    text = ("BELLETEN, Cilt LXXXIV, Sayı 299 (Nisan 2020), s. 245–276\nDOI: 10.37879/belleten.2020.245\n\n"
            "Tek Partiden Çok Partiye\n\n"
            "Ayşe Demir\nAnkara Üniversitesi\n\n"
            "Öz: Bu makale, 1945–1950 yılları arasında Türkiye'de çok partili hayata geçişi inceler.\n\n"
            "Anahtar Kelimeler: seçim, parti\n\n"
            "Giriş\n\n" + BODY)
    got = dict((line, z) for z, line in zones(text))
    assert (got["Tek Partiden Çok Partiye"], got["Ayşe Demir"], got["Giriş"]) == ("front", "front", "heading")


def test_a_heading_after_the_journal_line_with_no_abstract_after_it_is_still_a_heading():
    text = ("BELLETEN, Cilt LXXXIV, Sayı 299 (Nisan 2020), s. 245–276\nDOI: 10.37879/belleten.2020.245\n\n"
            "Introduction\n\n" + BODY + "\n" + BODY)
    assert dict((line, z) for z, line in zones(text))["Introduction"] == "heading"


def test_abstracts_and_key_words_labelled_in_georgian_hebrew_basque_or_azerbaijani_are_front_matter():
    for abstract, keywords in (("ანოტაცია", "საკვანძო სიტყვები"), ("תקציר", "מילות מפתח"),
                               ("Laburpena", "Gako-hitzak"), ("Xülasə", "Açar sözlər")):
        got = zones(article(abstract, keywords))
        assert [z for z, line in got if line.startswith((abstract, keywords))] == ["front", "front"], abstract


def test_a_swedish_summary_heading_without_a_colon_late_in_the_article_is_not_front_matter():
    text = ("Historisk tidskrift 143 (2023)\n\nKohandeln\n\nIngrid Lundqvist\n\n"
            "Inledning\n\n" + BODY + "\nSammanfattning\n\n" + BODY)
    assert dict((line, z) for z, line in zones(text))["Sammanfattning"] != "front"


def test_abstracts_and_key_words_labelled_in_catalan_danish_welsh_kazakh_persian_or_arabic_are_front_matter():
    for abstract, keywords in (("Resum", "Paraules clau"), ("Resumé", "Nøgleord"), ("Crynodeb", "Allweddeiriau"),
                               ("Аңдатпа", "Түйін сөздер"), ("چکیده", "کلیدواژه\u200cها"),
                               ("ملخص", "كلمات مفتاحية")):
        got = zones(article(abstract, keywords))
        assert [z for z, line in got if line.startswith((abstract, keywords))] == ["front", "front"], abstract


def test_armenian_key_words_set_off_by_the_explanatory_comma_are_front_matter():
    got = zones(article("Ամփոփում", "Բանալի բառեր", separator="՝"))
    assert [z for z, line in got if line.startswith(("Ամփոփում", "Բանալի"))] == ["front", "front"]


def test_an_indonesian_abstract_and_key_words_are_front_matter():
    got = zones(article("Abstrak", "Kata kunci"))
    assert [z for z, line in got if line.startswith(("Abstrak", "Kata kunci"))] == ["front", "front"]


def test_a_korean_abstract_and_key_words_are_front_matter():
    got = zones(article("국문초록", "주제어"))
    assert [z for z, line in got if line.startswith(("국문초록", "주제어"))] == ["front", "front"]


def test_a_japanese_abstract_closed_by_a_full_width_colon_is_front_matter():
    got = zones(article("要旨", "キーワード", separator="："))
    assert [z for z, line in got if line.startswith(("要旨", "キーワード"))] == ["front", "front"]
