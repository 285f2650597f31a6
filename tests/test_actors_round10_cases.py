"""Case endings of the languages of mention round 10 as rows of name_paradigms.csv (Turkmen, Gujarati, Malayalam,
Uyghur, Pashto, Upper Sorbian); small texts written for each behaviour."""

from conftest import found_mentions


def test_turkmen_case_suffixes_follow_the_last_vowel_and_voice_a_final_k():
    text = ("Bu ýylda Nyýazowyň kararyna garşy Kulyýewiň hatlary we Agzybirligiň agzalary bilen "
            "Mejlisde çykyş etdi, emma soň Nyýazowa ýüz tutdy.")
    assert found_mentions(text, ("n", "Saparmyrat Nyýazow", "person", ""), ("k", "Awdy Kulyýew", "person", ""),
                          ("a", "Agzybirlik", "organisation", ""), ("m", "Türkmenistanyň Mejlisi", "institution",
                                                                    "Mejlis")) == [
        ("n", "Nyýazowyň"), ("k", "Kulyýewiň"), ("a", "Agzybirligiň"), ("m", "Mejlisde"), ("n", "Nyýazowa")]


def test_turkmen_possessive_of_a_party_name_takes_the_genitive_after_its_n():
    text = "Bu ýylda Türkmenistanyň Demokratik partiýasynyň gurultaýy bolup geçdi we hem täze maksatnama kabul edildi."
    assert found_mentions(text, ("t", "Türkmenistanyň Demokratik partiýasy", "party", "TDP")) == [
        ("t", "Türkmenistanyň Demokratik partiýasynyň")]


def test_a_city_named_after_the_turkmen_president_is_no_mention_of_him():
    text = "Bu ýylda Türkmenbaşy şäheri täze port gurdy, emma Türkmenbaşy hem-de hökümet bu barada dymdy."
    assert found_mentions(text, ("n", "Saparmyrat Nyýazow", "person", "Türkmenbaşy")) == [("n", "Türkmenbaşy")]


def test_gujarati_postpositions_and_the_ergative_are_written_on_the_name():
    text = ("આ વર્ષે મોરારજી દેસાઈએ ઉપવાસ કર્યા અને યાજ્ઞિકની સભા પછી જનતા પરિષદને બેઠકો મળી, "
            "પણ નહેરુએ તે સ્વીકાર્યું અને પરિષદે વિરોધ કર્યો.")
    assert found_mentions(text, ("d", "મોરારજી દેસાઈ", "person", ""), ("y", "ઇન્દુલાલ યાજ્ઞિક", "person", ""),
                          ("p", "મહાગુજરાત જનતા પરિષદ", "party", "જનતા પરિષદ"),
                          ("n", "જવાહરલાલ નહેરુ", "person", "")) == [
        ("d", "મોરારજી દેસાઈએ"), ("y", "યાજ્ઞિકની"), ("p", "જનતા પરિષદને"), ("n", "નહેરુએ")]


def test_a_bridge_named_after_nehru_in_gujarati_is_no_mention_of_him():
    text = "આજે સાબરમતી પરનો નહેરુ બ્રિજ જૂનો છે અને નહેરુ પણ અમદાવાદ આવ્યા હતા."
    assert found_mentions(text, ("n", "જવાહરલાલ નહેરુ", "person", "")) == [("n", "નહેરુ")]


def test_malayalam_cases_change_a_final_chillu_anusvara_or_virama_before_the_ending():
    text = ("ഈ സമരം മന്നത്ത് പത്മനാഭന്റെ നേതൃത്വത്തിൽ ആയിരുന്നു. മന്നത്തിന്റെ ആഹ്വാനം അദ്ദേഹം ചെയ്തു, "
            "പിന്നീട് നമ്പൂതിരിപ്പാടിന്റെ മന്ത്രിസഭയും മുണ്ടശ്ശേരിയെ എതിർത്തു; കോൺഗ്രസും ഒരു സമരം നൽകി.")
    assert found_mentions(text, ("m", "മന്നത്ത് പത്മനാഭൻ", "person", "മന്നം"),
                          ("e", "ഇ. എം. എസ്. നമ്പൂതിരിപ്പാട്", "person", ""),
                          ("j", "ജോസഫ് മുണ്ടശ്ശേരി", "person", ""),
                          ("c", "ഇന്ത്യൻ നാഷണൽ കോൺഗ്രസ്", "party", "കോൺഗ്രസ്")) == [
        ("m", "മന്നത്ത് പത്മനാഭന്റെ"), ("m", "മന്നത്തിന്റെ"), ("e", "നമ്പൂതിരിപ്പാടിന്റെ"), ("j", "മുണ്ടശ്ശേരിയെ"),
        ("c", "കോൺഗ്രസും")]


def test_sugar_mills_named_after_mannam_are_no_mention_of_him():
    text = "ഈ സമരം മന്നം നയിച്ചു; പന്തളത്തെ മന്നം ഷുഗർ മിൽസ് ഇന്നും ഒരു ഓർമ ആണ്, അത് പിന്നീട് ചെയ്തു."
    assert found_mentions(text, ("m", "മന്നത്ത് പത്മനാഭൻ", "person", "മന്നം")) == [("m", "മന്നം")]


def test_a_malayalam_abbreviation_with_points_takes_its_ending_in_place_of_the_last_point():
    text = "ഈ സമരം ഇ.എം.എസിന്റെ മന്ത്രിസഭ ആണ്; എൻ.എസ്.എസും അത് പിന്നീട് ചെയ്തു, എൻ.എസ്.എസ്. ഒരു സംഘടന ആയിരുന്നു."
    assert found_mentions(text, ("e", "ഇ. എം. എസ്. നമ്പൂതിരിപ്പാട്", "person", "ഇ.എം.എസ്."),
                          ("n", "നായർ സർവീസ് സൊസൈറ്റി", "organisation", "എൻ.എസ്.എസ്.")) == [
        ("e", "ഇ.എം.എസിന്റെ"), ("n", "എൻ.എസ്.എസും"), ("n", "എൻ.എസ്.എസ്.")]


def test_uyghur_suffixes_follow_the_vowels_and_raise_a_final_a_or_e():
    text = ("بۇ يىلى ئېلىخان تۆرىنىڭ ھۆكۈمىتى گومىنداڭغا قارشى تۇردى ۋە ئەزىزى مىللىي ئارمىيىنى "
            "ئۈچۈن قاسىمىنىڭ ئورنىنى ئالدى، لېكىن ئۇ بولدى.")
    assert found_mentions(text, ("e", "ئېلىخان تۆرە", "person", ""), ("g", "گومىنداڭ", "party", ""),
                          ("a", "مىللىي ئارمىيە", "organisation", ""), ("q", "ئەخمەتجان قاسىمى", "person", "")) == [
        ("e", "ئېلىخان تۆرىنىڭ"), ("g", "گومىنداڭغا"), ("a", "مىللىي ئارمىيىنى"), ("q", "قاسىمىنىڭ")]


def test_a_uyghur_street_named_after_a_man_is_no_mention_of_him():
    text = "بۇ يىلى قاسىمى ۋە باشقىلار بىلەن بولدى؛ غۇلجىدىكى ئەخمەتجان قاسىمى كوچىسى ئۇنىڭ ئۈچۈن ئاتالدى."
    assert found_mentions(text, ("q", "ئەخمەتجان قاسىمى", "person", "")) == [("q", "قاسىمى")]


def test_upper_sorbian_cases_of_men_and_of_names_on_a_with_their_adjective():
    text = ("Prěni předsyda bě Arnošt Bart; Bartej pomhaše tež Maćica Serbska. Zhromadźizny w domje Maćicy Serbskeje "
            "hižo wotměwachu, a nacionalsocialisća zakazachu Domowinje dźěławosć; Brězana su tež čitali.")
    assert found_mentions(text, ("b", "Arnošt Bart", "person", ""), ("m", "Maćica Serbska", "organisation", ""),
                          ("d", "Domowina", "organisation", ""), ("j", "Jurij Brězan", "person", "")) == [
        ("b", "Arnošt Bart"), ("b", "Bartej"), ("m", "Maćica Serbska"), ("m", "Maćicy Serbskeje"), ("d", "Domowinje"),
        ("j", "Brězana")]


def test_a_sorbian_school_named_after_a_man_is_no_mention_of_him():
    text = "Na Jana Skale smjerć dopomina dźensa šula Jana Skale, kotraž bě hižo tež zo su."
    assert found_mentions(text, ("s", "Jan Skala", "person", "")) == [("s", "Jana Skale")]


def test_the_pashto_oblique_plural_of_an_organisation_named_by_its_members_is_a_mention():
    text = "په 1948 کال کې پر خدايي خدمتګارانو ډزې وشوې او د هغه ورور وويل چې خدايي خدمتګار به پاتې شي."
    assert found_mentions(text, ("k", "خدايي خدمتګار", "organisation", "")) == [
        ("k", "خدايي خدمتګارانو"), ("k", "خدايي خدمتګار")]


def test_an_airport_named_after_bacha_khan_is_no_mention_of_him():
    text = "د هغه پلويان او باچا خان په بند کې وو؛ نن باچا خان نړيوال هوايي ډګر د پېښور دی."
    assert found_mentions(text, ("b", "خان عبدالغفار خان", "person", "باچا خان")) == [("b", "باچا خان")]


def test_a_breton_militia_named_after_a_priest_is_no_mention_of_him():
    text = "Goude ma voe lazhet an aotrou Yann-Vari Perrot e voe roet an anv Bezen Perrot d'al lu. Bez Perrot a zo eno."
    assert found_mentions(text, ("p", "Yann-Vari Perrot", "person", "")) == [("p", "Yann-Vari Perrot"), ("p", "Perrot")]
