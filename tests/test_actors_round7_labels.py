"""Front matter labelled in the languages of mention round 7 (Chinese, Bengali, Urdu, Nepali, Tajik, Malagasy,
Māori, Hausa); small articles written for each."""

from conftest import front_lines


def test_abstracts_and_key_words_labelled_in_tajik_malagasy_maori_or_hausa_are_front_matter():
    for abstract, keywords in (("Аннотатсия", "Калидвожаҳо"), ("Famintinana", "Teny fototra"),
                               ("Ngā kōrero whakarāpopoto", "Kupu matua"),
                               ("Taƙaitawa", "Kalmomi masu muhimmanci")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract


def test_abstracts_and_key_words_labelled_in_chinese_bengali_urdu_or_nepali_are_front_matter():
    for abstract, keywords in (("摘要", "关键词"), ("সারসংক্ষেপ", "মূলশব্দ"), ("خلاصہ", "کلیدی الفاظ"),
                               ("सार", "मुख्य शब्दहरू")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract
