"""Scripts and naming customs that mention round 5 (tests/fixtures/mentions/round5/) needed, each on a small text
written for the test: names in Japanese text without spaces, Korean particles, Tamil case suffixes, Hindi
spellings and -jī, Indonesian spelling reforms, Vietnamese short names, Maltese articles and double family
names, the Swahili locative."""

from conftest import found_mentions

from histkit.actors.variants.names import unspaced_family_name
from histkit.actors.variants.paradigms import decline

YOSHIDA = ("yoshida", "吉田茂", "person", "")


def test_a_japanese_name_stands_between_particles_and_its_family_name_alone_too():
    text = "吉田茂は総裁となり、吉田内閣は吉田氏の下で続いた。"
    assert [s for _, s in found_mentions(text, YOSHIDA)] == ["吉田茂", "吉田", "吉田"]


def test_a_katakana_name_gives_its_family_name_after_the_middle_dot():
    macarthur = ("m", "ダグラス・マッカーサー", "person", "")
    assert [s for _, s in found_mentions("マッカーサーは東京に入った。", macarthur)] == ["マッカーサー"]


def test_full_width_latin_letters_are_read_as_latin():
    ghq = ("ghq", "連合国軍最高司令官総司令部", "institution", "GHQ")
    assert [s for _, s in found_mentions("ＧＨＱ民政局は草案を書いた。", ghq)] == ["ＧＨＱ"]


def test_a_han_family_name_of_one_or_three_characters_is_read_from_the_data_file():
    assert (unspaced_family_name("佐々木更三"), unspaced_family_name("林銑十郎"), unspaced_family_name("片山哲")) == (
        "佐々木", "林", "片山")


def test_a_korean_name_carries_its_particles():
    rhee, kim = ("rhee", "이승만", "person", ""), ("kim", "김구", "person", "")
    text = "이승만은 김구와 만났고, 김구의 반대에도 이승만이 이겼다."
    assert [s for _, s in found_mentions(text, rhee, kim)] == ["이승만은", "김구와", "김구의", "이승만이"]


def test_a_tamil_name_on_a_consonant_drops_the_pulli_before_its_case_suffix():
    periyar = ("p", "பெரியார்", "person", "")
    text = "பெரியாரின் கட்சி பெரியாரைப் பின்பற்றியது."
    assert [s for _, s in found_mentions(text, periyar)] == ["பெரியாரின்", "பெரியாரைப்"]


def test_a_tamil_noun_on_m_takes_tt_before_its_case_suffix():
    assert decline("கழகம்")[("ta", "g")][0] == "கழகத்தின்"


def test_a_hindi_name_takes_the_honorific_ji_written_on_it():
    gandhi = ("g", "मोहनदास करमचंद गांधी", "person", "")
    assert [s for _, s in found_mentions("गांधीजी ने कहा और गांधी जी चुप रहे।", gandhi)] == ["गांधीजी", "गांधी"]


def test_hindi_spellings_with_short_u_or_without_nukta_are_the_same_name():
    nehru, azad = ("n", "जवाहरलाल नेहरू", "person", ""), ("a", "अबुल कलाम आज़ाद", "person", "")
    assert [a for a, _ in found_mentions("नेहरु और आजाद", nehru, azad)] == ["n", "a"]


def test_a_devanagari_vowel_sign_after_a_name_continues_the_word():
    azad = ("a", "अबुल कलाम आज़ाद", "person", "")
    assert found_mentions("आज़ादी के सैनिक", azad) == []


INDONESIAN = "Pada tahun itu {} dan para pemimpin yang lain tidak dapat bertemu dengan wakil Belanda untuk berunding."


def test_an_indonesian_text_spells_a_name_before_or_after_the_spelling_reforms():
    soekarno, masyumi = ("s", "Soekarno", "person", ""), ("m", "Masyumi", "party", "")
    assert [s for _, s in found_mentions(INDONESIAN.format("Sukarno, Masjumi"), soekarno, masyumi)] == [
        "Sukarno", "Masjumi"]


def test_the_spelling_reforms_of_indonesian_stay_out_of_an_english_text():
    soekarno = ("s", "Soekarno", "person", "")
    text = "In that year Sukarno and the other leaders of the party could not meet the Dutch envoy for the talks."
    assert found_mentions(text, soekarno) == []


def test_a_vietnamese_reign_name_is_not_cut_to_its_last_syllable_a_birth_name_of_three_is():
    baodai, diem = ("b", "Bảo Đại", "person", ""), ("d", "Ngô Đình Diệm", "person", "")
    text = "Bảo Đại học ở Pháp; sau này ông Diệm phế truất Bảo Đại ở Đại học Sài Gòn."
    assert [a for a, _ in found_mentions(text, baodai, diem)] == ["b", "d", "b"]


def test_a_maltese_alias_with_its_article_is_found_after_a_preposition():
    mintoff = ("m", "Dom Mintoff", "person", "Il-Perit")
    assert [s for _, s in found_mentions("Il-kariżma tal-Perit kienet kbira.", mintoff)] == ["tal-Perit"]


def test_a_maltese_text_names_a_person_by_both_family_names():
    borg = ("b", "Ġorġ Borg Olivier", "person", "")
    text = ("Fl-1962 il-partit kien rebaħ u Borg Olivier kien Prim Ministru, iżda huwa kien ukoll minn dawk li "
            "kienu jemmnu li l-Indipendenza kienet bħala l-ewwel pass.")
    assert [s for _, s in found_mentions(text, borg)] == ["Borg Olivier"]


def test_a_swahili_institution_takes_the_locative_ni():
    bunge = ("bunge", "Bunge la Tanzania", "institution", "Bunge")
    assert [s for _, s in found_mentions("Bungeni wabunge walipinga.", bunge)] == ["Bungeni"]
