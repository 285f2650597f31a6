"""Names whose ending changes in their cases by rows of `name_paradigms.csv` (mention round 16): Finnish consonant
gradation, Slovak and Czech family names in -i and -y declined as adjectives, Latin nouns in -er; small texts."""

from conftest import found_mentions


def test_a_finnish_name_in_hti_takes_the_weak_grade_in_genitive_and_allative():
    text = "Vuonna 1928 Eero Salo kirjoitti Väinö Rautahdelle. Rautahden vastaus tuli pian, ja Rautahtea pelättiin."
    found = found_mentions(text, ("v", "Väinö Rautahti", "person", ""))
    assert found == [("v", "Väinö Rautahdelle"), ("v", "Rautahden"), ("v", "Rautahtea")]


def test_a_slovak_family_name_in_i_is_declined_as_an_adjective():
    text = "Pôdu Ladislava Kesziho rozdelili roľníkom; Keszimu ponechali iba dom a o Keszim sa už nehovorilo."
    found = found_mentions(text, ("k", "Ladislav Keszi", "person", ""))
    assert found == [("k", "Ladislava Kesziho"), ("k", "Keszimu"), ("k", "Keszim")]


def test_a_latin_name_in_er_drops_or_keeps_its_e_in_the_other_cases():
    text = "Contiones Georgii Pistri plebem movebant; Senatus Pistrum expulit, sed Pistro reditum dedit."
    found = found_mentions(text, ("p", "Georgius Pister", "person", ""))
    assert [s for _, s in found] == ["Georgii Pistri", "Pistrum", "Pistro"]


def test_an_icelandic_name_with_the_suffixed_article_in_an_is_found_in_its_other_cases():
    text = "Verkamenn gagnrýndu Jónsfjölskylduna, og saga Jónsfjölskyldunnar var rituð síðar."
    found = found_mentions(text, ("j", "Jónsfjölskyldan", "family", ""))
    assert found == [("j", "Jónsfjölskylduna"), ("j", "Jónsfjölskyldunnar")]


def test_a_partys_name_opened_by_a_countrys_genitive_keeps_it_as_the_rest_is_declined():
    text = "Vuonna 1930 Suomen Maalaisliittoisen Puolueen jäsenet kokoontuivat Tampereella."
    found = found_mentions(text, ("p", "Suomen Maalaisliittoinen Puolue", "organisation", ""))
    assert found == [("p", "Suomen Maalaisliittoisen Puolueen")]


def test_an_estonian_name_ending_in_a_consonant_takes_whichever_stem_vowel_its_genitive_has():
    text = "Novembris kohtus Anton Sepp Jaan Tammega; hiljem pöördus ta Jaan Tammesse umbusuga."
    found = found_mentions(text, ("t", "Jaan Tamm", "person", ""))
    assert found == [("t", "Jaan Tammega"), ("t", "Jaan Tammesse")]


def test_an_estonian_adjective_in_lik_is_declined_inside_an_organisations_name():
    text = "Eestimaa Sotsiaaldemokraatliku Partei keskkomitee kogunes 1925. aastal."
    found = found_mentions(text, ("p", "Eestimaa Sotsiaaldemokraatlik Partei", "organisation", ""))
    assert found == [("p", "Eestimaa Sotsiaaldemokraatliku Partei")]


def test_an_icelandic_womans_name_in_un_is_found_in_accusative_and_dative():
    text = ("Sigrún Pálsdóttir var kosin í bæjarstjórn árið 1930 og hún sat þar til 1938. Innan flokksins þótti "
            "Sigrúnu of róttæk, en faðir hennar studdi Sigrúnu með bréfum sem hann skrifaði frá Ísafirði.")
    found = found_mentions(text, ("s", "Sigrún Pálsdóttir", "person", ""))
    assert found == [("s", "Sigrún Pálsdóttir"), ("s", "Sigrúnu"), ("s", "Sigrúnu")]


def test_a_polish_partys_name_is_declined_adjective_and_noun_alike():
    text = ("W 1948 roku członkowie Polskiej Partii Robotniczej i ludzie z Polską Partią Robotniczą związani "
            "spotkali się w Łodzi, gdzie nie było już wielu z nich.")
    found = found_mentions(text, ("p", "Polska Partia Robotnicza", "organisation", ""))
    assert found == [("p", "Polskiej Partii Robotniczej"), ("p", "Polską Partią Robotniczą")]


def test_an_estonian_name_in_kond_takes_konna_in_its_cases():
    text = "Aastal 1925 oli Rahvaerakonna juht Tartus, ja Rahvaerakonnaga liitusid ka teised, kes olid linnas."
    found = found_mentions(text, ("r", "Eesti Rahvaerakond", "organisation", "Rahvaerakond"))
    assert found == [("r", "Rahvaerakonna"), ("r", "Rahvaerakonnaga")]
