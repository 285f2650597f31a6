"""Case endings of mention round 8's languages, from rows of name_paradigms.csv: a name in Marathi, Tatar, Quechua,
Telugu or Sinhala is printed with its case ending (and stem change) written on it."""

from conftest import authority, body_layout

from histkit import actors as act


def surfaces(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_marathi_honorific_plural_oblique_before_a_case_ending():
    assert surfaces("या प्रश्नावर चव्हाणांनी आणि नेहरूंशी बोलणी झाली.",
                    ("c", "यशवंतराव चव्हाण", "person", ""), ("n", "जवाहरलाल नेहरू", "person", "")) == [
        "चव्हाणांनी", "नेहरूंशी"]


def test_marathi_name_on_e_changes_its_stem_before_the_honorific_ending():
    assert surfaces("सभेत डांग्यांनी भाषण केले.", ("d", "श्रीपाद अमृत डांगे", "person", "")) == ["डांग्यांनी"]


def test_tatar_suffixes_follow_the_names_vowel_harmony():
    assert surfaces("Солтангалиевне кулга алдылар, Вахитовны үтерделәр.",
                    ("s", "Мирсәет Солтангалиев", "person", ""), ("v", "Мулланур Вахитов", "person", "")) == [
        "Солтангалиевне", "Вахитовны"]


def test_quechua_accusative_and_genitive_on_a_spanish_name():
    assert surfaces("Hugo Blancota hapirqanku; Guzmánpa awqanakuynin.",
                    ("b", "Hugo Blanco", "person", ""), ("g", "Abimael Guzmán", "person", "")) == [
        "Hugo Blancota", "Guzmánpa"]


def test_telugu_dative_replaces_the_final_anusvara():
    assert surfaces("ప్రకాశానికి మెజారిటీ రాలేదు.", ("p", "టంగుటూరి ప్రకాశం", "person", "")) == ["ప్రకాశానికి"]


def test_sinhala_animate_genitive_on_a_name():
    assert surfaces("ජයවර්ධනගේ විවේචනය.", ("j", "ජේ. ආර්. ජයවර්ධන", "person", "")) == ["ජයවර්ධනගේ"]


def test_tatar_name_on_i_short_takes_the_back_genitive():
    assert surfaces("Тукайның шигырьләре.", ("t", "Габдулла Тукай", "person", "")) == ["Тукайның"]


def test_telugu_case_ending_after_a_virama_and_zero_width_non_joiner():
    assert surfaces("కాంగ్రెస్‌కు 60 స్థానాలు.", ("c", "భారత జాతీయ కాంగ్రెస్", "party", "కాంగ్రెస్")) == ["కాంగ్రెస్‌కు"]


def test_tatar_street_named_after_a_poet_is_no_mention():
    assert surfaces("Казандагы Тукай урамы.", ("t", "Габдулла Тукай", "person", "Тукай")) == []


def test_kurmanji_tribe_named_after_a_leader_is_no_mention():
    assert surfaces("Îro eşîra Barzanî li wir e.", ("b", "Mistefa Barzanî", "person", "")) == []


MARATHI = ("राज्य पुनर्रचनेनंतर मुंबईचा प्रश्न तीव्र झाला आणि चळवळ उभी राहिली. {} दिल्लीशी बोलणी केली आणि "
           "आंदोलन थांबले नाही, पण तोडगा निघाला नाही. आज ती आठवण आहे.")


def test_marathi_text_is_told_by_its_function_words_written_with_vowel_signs():
    from histkit.actors.languages import document_languages
    assert "mr" in document_languages(MARATHI.format("त्यांनी"))


def test_marathi_given_name_alone_with_its_honorific_ending_is_a_mention():
    assert surfaces(MARATHI.format("यशवंतरावांनी"), ("c", "यशवंतराव चव्हाण", "person", "")) == ["यशवंतरावांनी"]


def test_quechua_text_keeps_the_spanish_paternal_surname_alone():
    text = ("Kay qillqaqa hacienda pachamanta rimarin. Chay pachapi Velasco kamachiyta qhawachirqan, ichaqa mana "
            "llapanchu kusikurqan; kunan runakuna nispa yuyarinku, ima hina karqan chayta.")
    assert surfaces(text, ("v", "Juan Velasco Alvarado", "person", "")) == ["Velasco"]


def test_kurmanji_text_is_told_kurmanji_not_italian():
    from histkit.actors.languages import document_languages
    text = ("Piştî vegera wî ya 1958an, di nav partiyê de nakokî derketin û ew ji bajêr derket. Heta 1961ê jî "
            "şer nebû; lê piştî wê salê xwe amade kir û şoreş dest pê kir.")
    assert document_languages(text) == {"ku"}


def test_sinhala_abbreviation_takes_the_definite_ending_and_a_case_after_it():
    assert surfaces("1965 දී එජාපයට ජය ලැබිණි.", ("u", "එක්සත් ජාතික පක්ෂය", "party", "එජාප")) == ["එජාපයට"]


def test_sinhala_abbreviation_with_a_zero_width_joiner_is_declined():
    assert surfaces("1964 දී ශ්\u200dරීලනිපය ඇමති ධුර දුන්නේය.",
                    ("s", "ශ්\u200dරී ලංකා නිදහස් පක්ෂය", "party", "ශ්\u200dරීලනිප")) == ["ශ්\u200dරීලනිපය"]


QUECHUA = ("Kay qillqaqa hacienda pachamanta rimarin. Chay pachapi {} kawsarichirqan, ichaqa mana llapanchu "
           "kusikurqan; kunan runakuna nispa yuyarinku, ima hina karqan chayta.")


def test_quechua_paternal_surname_alone_takes_its_case_ending():
    assert surfaces(QUECHUA.format("Velascoqa"), ("v", "Juan Velasco Alvarado", "person", "")) == ["Velascoqa"]


def test_name_with_a_regnal_numeral_is_declined_without_it():
    assert surfaces(QUECHUA.format("Tupaq Amaruta"), ("t", "Tupaq Amaru II", "person", "")) == ["Tupaq Amaruta"]


def test_regnal_numeral_is_no_second_family_name():
    assert surfaces(QUECHUA.format("Amaru"), ("t", "Tupaq Amaru II", "person", "")) == []


def test_burmese_road_glued_to_the_name_is_no_mention():
    assert surfaces("ရန်ကုန်ရှိ ဗိုလ်ချုပ်အောင်ဆန်းလမ်းနှင့် ဗိုလ်ချုပ်အောင်ဆန်းသည်",
                    ("a", "အောင်ဆန်း", "person", "ဗိုလ်ချုပ်အောင်ဆန်း")) == ["ဗိုလ်ချုပ်အောင်ဆန်း"]


def test_hyphenated_abbreviation_typeset_with_an_en_dash_is_a_mention():
    assert surfaces("PCP\u2013SL, Bases de discusión.", ("s", "Sendero Luminoso", "party", "PCP-SL")) == ["PCP\u2013SL"]


def test_samoan_name_printed_without_its_okina_and_macron_is_a_mention():
    assert surfaces("Fiame Mataafa papers, Apia.", ("f", "Fiamē Mataʻafa Faumuina Mulinuʻu II", "person",
                                                    "Fiamē Mataʻafa")) == ["Fiame Mataafa"]
