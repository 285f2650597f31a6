"""Front matter labelled in the languages of mention round 7 (Chinese, Bengali, Urdu, Nepali, Tajik, Malagasy,
Māori, Hausa); small articles written for each."""

from conftest import layout_of

BODY = (" The crisis began in the autumn of the year, when the government could no longer rely on the support of\n"
        "the parties that had formed it and the president had to choose between new elections and a new cabinet.\n"
        "Neither choice was easy, and the archives show how long the decision took and who was asked about it.\n")


def front_lines(abstract_label, keywords_label):
    """The zones of the abstract's and the key words' blocks of a small article labelled so."""
    text = ("Journal of Regional History 12 (2019), 41–66\n\n"
            "Parties and the State\n\n"
            "A. N. Author\nUniversity of the Region\n\n"
            f"{abstract_label}: The article reads the crisis of 1958 anew from the papers of the president, who kept\n"
            "them in his house until his death, and from the minutes of the parties' meetings.\n\n"
            f"{keywords_label}: crisis, president, parties\n\n"
            "Introduction\n\n" + BODY)
    layout = layout_of(text)
    return [b.zone for b in sorted(layout.blocks, key=lambda b: b.start)
            if text[b.start:b.end].startswith((abstract_label, keywords_label))]


def test_abstracts_and_key_words_labelled_in_tajik_malagasy_maori_or_hausa_are_front_matter():
    for abstract, keywords in (("Аннотатсия", "Калидвожаҳо"), ("Famintinana", "Teny fototra"),
                               ("Ngā kōrero whakarāpopoto", "Kupu matua"),
                               ("Taƙaitawa", "Kalmomi masu muhimmanci")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract


def test_abstracts_and_key_words_labelled_in_chinese_bengali_urdu_or_nepali_are_front_matter():
    for abstract, keywords in (("摘要", "关键词"), ("সারসংক্ষেপ", "মূলশব্দ"), ("خلاصہ", "کلیدی الفاظ"),
                               ("सार", "मुख्य शब्दहरू")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract
