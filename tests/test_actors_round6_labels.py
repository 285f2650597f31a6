"""Front matter labelled in the languages of mention round 6 (Zulu, Amharic, Mongolian, Thai, Yoruba, Uzbek,
Somali, Tagalog), and an Amharic label closed by the Ethiopic preface colon; small articles written for each."""

from conftest import layout_of

BODY = (" The crisis began in the autumn of the year, when the government could no longer rely on the support of\n"
        "the parties that had formed it and the president had to choose between new elections and a new cabinet.\n"
        "Neither choice was easy, and the archives show how long the decision took and who was asked about it.\n")


def front_lines(abstract_label, keywords_label, separator=":"):
    """The zones of the abstract's and the key words' blocks of a small article labelled so."""
    text = ("Journal of Regional History 12 (2019), 41–66\n\n"
            "Parties and the State\n\n"
            "A. N. Author\nUniversity of the Region\n\n"
            f"{abstract_label}{separator} The article reads the crisis of 1958 anew from the papers of the president.\n\n"
            f"{keywords_label}{separator} crisis, president, parties\n\n"
            "Introduction\n\n" + BODY)
    layout = layout_of(text)
    return [b.zone for b in sorted(layout.blocks, key=lambda b: b.start)
            if text[b.start:b.end].startswith((abstract_label, keywords_label))]


def test_abstracts_and_key_words_labelled_in_zulu_mongolian_thai_yoruba_uzbek_somali_or_tagalog_are_front_matter():
    for abstract, keywords in (("Isifingqo", "Amagama asemqoka"), ("Хураангуй", "Түлхүүр үг"),
                               ("บทคัดย่อ", "คำสำคัญ"), ("Àṣamọ̀", "Ọ̀rọ̀ pàtàkì"), ("Annotatsiya", "Kalit soʻzlar"),
                               ("Soo koobid", "Ereyada muhiimka ah"), ("Buod", "Mga susing salita")):
        assert front_lines(abstract, keywords) == ["front", "front"], abstract


def test_an_amharic_abstract_and_key_words_closed_by_the_ethiopic_preface_colon_are_front_matter():
    assert front_lines("አጽሕሮተ ጽሑፍ", "ቁልፍ ቃላት", separator="፦") == ["front", "front"]
