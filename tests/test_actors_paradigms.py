"""Names declined by the table of paradigms (histkit/data/actors/name_paradigms.csv), and the places named after a
person that are no mention of them; small texts written for each behaviour."""

from conftest import authority, found_mentions

from histkit import actors as act
from histkit.actors import variants as var


def test_finnish_nen_names_change_their_stem_in_every_case():
    assert found_mentions("Kekkosen, Kekkoselle, Kekkosta ja Kekkosesta.", ("uk", "Urho Kekkonen", "person", "")) == [
        ("uk", "Kekkosen"), ("uk", "Kekkoselle"), ("uk", "Kekkosta"), ("uk", "Kekkosesta")]


def test_finnish_full_name_declines_only_the_family_name():
    assert found_mentions("Väinö Tannerin asema.", ("vt", "Väinö Tanner", "person", "")) == [("vt", "Väinö Tannerin")]


def test_finnish_compound_organisation_declines_its_head_with_gradation():
    assert found_mentions("Maalaisliiton ja Neuvostoliittoon.", ("ml", "Maalaisliitto", "party", ""),
                 ("nl", "Neuvostoliitto", "state", "")) == [("ml", "Maalaisliiton"), ("nl", "Neuvostoliittoon")]


def test_a_name_followed_by_a_hyphenated_compound_is_a_mention_but_a_derived_word_is_not():
    assert found_mentions("Tanner-kysymys ja tannerilainen linja.", ("vt", "Väinö Tanner", "person", "")) == [("vt", "Tanner")]


def test_suffixes_after_an_apostrophe_a_colon_or_a_hyphen_leave_the_name_whole():
    rows = [("in", "İsmet İnönü", "person", ""), ("sdp", "Suomen Sosialidemokraattinen Puolue", "party", "SDP"),
            ("pnt", "Partidul Național Țărănesc", "party", "PNȚ")]
    assert found_mentions("İnönü'nün, SDP:ssä, PNȚ-ul.", *rows) == [("in", "İnönü"), ("sdp", "SDP"), ("pnt", "PNȚ")]


def test_lithuanian_given_and_family_name_in_the_same_case_are_one_mention():
    assert found_mentions("Kazio Griniaus vyriausybė ir Kazį Grinių.", ("kg", "Kazys Grinius", "person", "")) == [
        ("kg", "Kazio Griniaus"), ("kg", "Kazį Grinių")]


def test_greek_case_forms_are_found_whatever_their_accents_or_breathings():
    rows = [("ev", "Ελευθέριος Βενιζέλος", "person", ""), ("fil", "Κόμμα των Φιλελευθέρων", "party", "Φιλελεύθεροι")]
    assert found_mentions("Ἐλευθερίου Βενιζέλου, ΒΕΝΙΖΕΛΟΣ, των Φιλελευθέρων.", *rows) == [
        ("ev", "Ἐλευθερίου Βενιζέλου"), ("ev", "ΒΕΝΙΖΕΛΟΣ"), ("fil", "Φιλελευθέρων")]


def test_czech_possessive_adjective_before_its_noun_is_a_mention_but_not_a_town_named_after_the_person():
    assert found_mentions("Benešova váhavost trvala. Žil v Benešově.", ("eb", "Edvard Beneš", "person", "")) == [
        ("eb", "Benešova")]


def test_ukrainian_organisation_declines_every_word_in_the_same_case():
    assert found_mentions("Засідання Центральної Ради.", ("rada", "Українська Центральна Рада", "organisation",
                                                 "Центральна Рада")) == [("rada", "Центральної Ради")]


def test_ukrainian_adjectival_surname_takes_adjective_endings():
    assert found_mentions("листи Грушевського", ("mh", "Михайло Грушевський", "person", "")) == [("mh", "Грушевського")]


def test_bulgarian_definite_article_goes_on_the_first_word_of_a_name():
    assert found_mentions("Българската комунистическа партия", ("bkp", "Българска комунистическа партия", "party", "")) == [
        ("bkp", "Българската комунистическа партия")]


def test_an_alias_in_lower_case_is_also_found_with_a_capital_at_a_sentence_start():
    assert found_mentions("Tautininkai laimėjo.", ("t", "Lietuvių tautininkų sąjunga", "party", "tautininkai")) == [
        ("t", "Tautininkai")]


def test_a_name_in_a_street_or_stadium_is_no_mention_of_the_person():
    rows = [("as", "Antanas Smetona", "person", ""), ("sp", "Симон Петлюра", "person", ""),
            ("in", "İsmet İnönü", "person", "")]
    assert found_mentions("Antano Smetonos gatvė; вулиця Симона Петлюри; İnönü Stadyumu; Smetonos žodžiai.", *rows) == [
        ("as", "Smetonos")]


def test_a_paradigm_row_applies_only_to_words_of_its_own_alphabet():
    assert all(lang != "bg" and lang != "uk" for lang, _ in var.decline("Kazys"))
    assert var.decline("Петлюра")[("uk", "g")] == ["Петлюри"]


def test_the_longest_ending_of_a_language_is_the_words_paradigm():
    assert var.decline("Kekkonen")[("fi", "g")] == ["Kekkosen"]


def test_abbreviations_and_initials_are_not_declined():
    assert var.decline("SDP") == {} and var.decline("K.") == {}


def test_a_string_other_rules_make_keeps_their_rule_when_a_paradigm_makes_it_too():
    rows = authority(("psb", "Socijalistička partija Belgije", "party", "Socijalističke partije Belgije"))
    table = dict(act.build_matcher(rows, cache=False).entries)
    assert table["Socijalističke partije Belgije"] == (("psb", "alias", False),)


def test_a_namesake_named_once_in_full_does_not_take_the_protagonists_bare_surname():
    rows = [("uk", "Urho Kekkonen", "person", ""), ("sk", "Sylvi Kekkonen", "person", "")]
    text = "Urho Kekkonen spoke. Kekkonen waited. Kekkonen wrote. His wife Sylvi Kekkonen read it. Kekkonen left."
    assert [a for a, _ in found_mentions(text, *rows)] == ["uk", "uk", "uk", "sk", "uk"]


def test_a_greek_regnal_number_is_no_family_name_to_find_alone():
    assert found_mentions("Α΄ Παγκόσμιος Πόλεμος", ("k", "Κωνσταντίνος Α΄", "person", "")) == []


def test_a_title_after_a_name_is_no_family_name_to_find_alone():
    assert found_mentions("İsmet Paşa geldi. Paşa gitti.", ("in", "İsmet İnönü", "person", "İsmet Paşa")) == [
        ("in", "İsmet Paşa")]


def test_a_possessive_adjective_before_an_abbreviation_is_a_mention_but_not_before_a_place_name():
    assert found_mentions("Gottwaldova KSČ vládla. Gottwaldov Zlín.", ("kg", "Klement Gottwald", "person", "")) == [
        ("kg", "Gottwaldova")]


def test_slovene_family_names_drop_the_fleeting_e_and_take_j_after_r():
    # mention round 11: `Korošec` → `Korošca`, `Korošcu`; `Kramer` → `Kramerju`, `Kramerjevi`
    text = "Vodstvo je prevzel Korošec, ki je Korošcu in Kramerju ter Kramerjevi stranki v vladi zaupal le malo."
    assert found_mentions(text, ("k", "Anton Korošec", "person", ""), ("r", "Albert Kramer", "person", "")) == [
        ("k", "Korošec"), ("k", "Korošcu"), ("r", "Kramerju"), ("r", "Kramerjevi")]


def test_kannada_honorific_and_case_suffixes_glued_on_names():
    # mention round 11: `ವೆಂಕಟರಾಯ` → `ವೆಂಕಟರಾಯರ`, `ನಿಜಲಿಂಗಪ್ಪ` → `ನಿಜಲಿಂಗಪ್ಪನವರು`, `ಸಂಘ` → `ಸಂಘದ`, `ಕಾಂಗ್ರೆಸ್` → `ಕಾಂಗ್ರೆಸ್‌ನ`
    text = "ವೆಂಕಟರಾಯರ ಭಾಷಣಗಳು ಮತ್ತು ನಿಜಲಿಂಗಪ್ಪನವರು ಕರ್ನಾಟಕ ವಿದ್ಯಾವರ್ಧಕ ಸಂಘದ ಸಭೆಯಲ್ಲಿ ಕಾಂಗ್ರೆಸ್‌ನ ನಿಲುವನ್ನು ಹೇಳಿದರು."
    assert found_mentions(text, ("a", "ಆಲೂರು ವೆಂಕಟರಾಯ", "person", ""), ("n", "ಎಸ್. ನಿಜಲಿಂಗಪ್ಪ", "person", ""),
                          ("s", "ಕರ್ನಾಟಕ ವಿದ್ಯಾವರ್ಧಕ ಸಂಘ", "organisation", ""),
                          ("c", "ಭಾರತೀಯ ರಾಷ್ಟ್ರೀಯ ಕಾಂಗ್ರೆಸ್", "party", "ಕಾಂಗ್ರೆಸ್")) == [
        ("a", "ವೆಂಕಟರಾಯರ"), ("n", "ನಿಜಲಿಂಗಪ್ಪನವರು"), ("s", "ಕರ್ನಾಟಕ ವಿದ್ಯಾವರ್ಧಕ ಸಂಘದ"), ("c", "ಕಾಂಗ್ರೆಸ್‌ನ")]


def test_galician_streets_gaelic_pubs_and_kannada_institutes_are_named_after_a_person():
    # mention round 11: `rúa Alexandre Bóveda`, `Taigh-seinnse Màiri Mhòr`, `ನಿಜಲಿಂಗಪ್ಪ ಸಕ್ಕರೆ ಸಂಸ್ಥೆ`
    rows = [("b", "Alexandre Bóveda", "person", ""), ("m", "Màiri Mhòr nan Òran", "person", "Màiri Mhòr"),
            ("n", "ಎಸ್. ನಿಜಲಿಂಗಪ್ಪ", "person", "")]
    assert found_mentions("a rúa Alexandre Bóveda; Taigh-seinnse Màiri Mhòr; ನಿಜಲಿಂಗಪ್ಪ ಸಕ್ಕರೆ ಸಂಸ್ಥೆ; Bóveda.", *rows) == [
        ("b", "Bóveda")]


def test_gaelic_given_name_declined_and_lenited_before_mhic():
    # mention round 11: `Dòmhnall Mac Phàrlain` → `iomairt Dhòmhnaill Mhic Phàrlain`
    text = "Bha iomairt Dhòmhnaill Mhic Phàrlain aig an taghadh, agus cha robh e ri fhaicinn anns a' bhaile."
    assert found_mentions(text, ("m", "Dòmhnall Mac Phàrlain", "person", "")) == [("m", "Dhòmhnaill Mhic Phàrlain")]


def test_serbian_organisation_declines_every_word_in_the_same_case():
    # mention round 11: `Самостална радикална странка` → `Самосталну радикалну странку`, `странци` in the dative
    text = "Самосталци су се одвојили од владе и основали Самосталну радикалну странку, а касније је то била и Самосталној радикалној странци тешка одлука."
    assert found_mentions(text, ("s", "Самостална радикална странка", "party", "")) == [
        ("s", "Самосталну радикалну странку"), ("s", "Самосталној радикалној странци")]
