"""Names whose structure a naming custom decides (mention round 20): East Asian family names first, the parts of an
Arabic name, the Portuguese last and the Spanish first family name; small texts written for each, not the round's
articles."""

from conftest import found_mentions


def test_a_chinese_name_romanised_is_named_by_the_family_name_that_opens_it():
    text = "Wang Jingwei left Chongqing in 1938. Wang's followers met in Hanoi, where Wang spoke once."
    found = found_mentions(text, ("w", "Wang Jingwei", "person", ""))
    assert found == [("w", "Wang Jingwei"), ("w", "Wang's"), ("w", "Wang")]


def test_a_japanese_name_is_found_in_either_order_and_by_its_family_name():
    text = "Katsura Tarō resigned in 1913. Tarō Katsura, as the London press wrote him, had lost; Katsura died that year."
    found = found_mentions(text, ("k", "Katsura Tarō", "person", ""))
    assert found == [("k", "Katsura Tarō"), ("k", "Tarō Katsura"), ("k", "Katsura")]


def test_an_arabic_nisba_names_the_man_with_its_article_in_either_case_and_without_it():
    text = ("Khayr al-Din al-Tunisi reached Istanbul in 1878. Al-Tunisi wrote little there; Tunisi's memoir and "
            "el-Tunisi in French translation say so. Khayr al-Din left.")
    found = found_mentions(text, ("t", "Khayr al-Din al-Tunisi", "person", ""))
    assert [s for _, s in found] == ["Khayr al-Din al-Tunisi", "Al-Tunisi", "Tunisi's", "el-Tunisi", "Khayr al-Din"]


def test_a_kunya_names_the_man_and_elides_its_article():
    text = "Abu al-Qasim al-Zahrawi taught at Cordoba; Abu'l-Qasim wrote for surgeons, and Abu al-Qasim was read."
    found = found_mentions(text, ("z", "Abu al-Qasim al-Zahrawi", "person", ""))
    assert [s for _, s in found] == ["Abu al-Qasim al-Zahrawi", "Abu'l-Qasim", "Abu al-Qasim"]


def test_ibn_before_the_ancestor_s_name_is_written_with_or_without_its_capital():
    text = "Ahmad ibn Hanbal was questioned in 833. Later authors cite Ibn Hanbal; the school of ibn Hanbal survived."
    found = found_mentions(text, ("h", "Ahmad ibn Hanbal", "person", ""))
    assert [s for _, s in found] == ["Ahmad ibn Hanbal", "Ibn Hanbal", "ibn Hanbal"]


def test_a_portuguese_given_name_makes_the_last_family_name_the_name_in_an_english_text():
    text = "Joaquim de Sousa Pereira governed Angola. Sousa Pereira wrote to Lisbon; Pereira was recalled in 1931."
    found = found_mentions(text, ("p", "Joaquim de Sousa Pereira", "person", ""))
    assert [s for _, s in found] == ["Joaquim de Sousa Pereira", "Sousa Pereira", "Pereira"]


def test_a_spanish_given_name_makes_the_first_family_name_the_name_in_an_english_text():
    text = "Ramón Ortiz Pardo led the strike. Ortiz was arrested in May."
    found = found_mentions(text, ("o", "Ramón Ortiz Pardo", "person", ""))
    assert [s for _, s in found] == ["Ramón Ortiz Pardo", "Ortiz"]


def test_a_given_name_two_customs_share_shows_neither_custom():
    text = "Francisco Ortiz Pardo led the strike. Ortiz was arrested, and Pardo fled."
    found = found_mentions(text, ("o", "Francisco Ortiz Pardo", "person", ""))
    assert "Ortiz" not in [s for _, s in found]


def test_another_given_name_after_a_family_name_written_first_names_someone_else():
    text = "Bethlen resigned in 1931; he was no kin of Bethlen Gábor, the prince, nor of the author Bethlen Anna."
    found = found_mentions(text, ("b", "István Bethlen", "person", ""))
    assert found == [("b", "Bethlen")]


def test_the_actor_s_own_given_name_after_his_family_name_is_his_full_name():
    text = "A lap így írt: Bethlen István ma lemondott."
    found = found_mentions(text, ("b", "István Bethlen", "person", ""))
    assert found == [("b", "Bethlen István")]


def test_french_les_before_a_family_name_names_the_brothers_together():
    text = "Paul Arnaud et son frère Louis Arnaud écrivaient ensemble. Les Arnaud publièrent en 1852."
    found = found_mentions(text, ("p", "Paul Arnaud", "person", ""), ("l", "Louis Arnaud", "person", ""))
    assert sorted(found[2:]) == [("l", "Arnaud"), ("p", "Arnaud")]


def test_the_brothers_before_a_family_name_names_both_brothers():
    text = "Karl Brenner and his brother Otto Brenner quarrelled. The brothers Brenner met again in 1933."
    found = found_mentions(text, ("k", "Karl Brenner", "person", ""), ("o", "Otto Brenner", "person", ""))
    assert sorted(found[2:]) == [("k", "Brenner"), ("o", "Brenner")]


def test_an_academy_or_a_dynasty_named_after_a_person_is_no_mention_of_the_person():
    text = "Émile Arnaud mourut en 1896 ; l'Académie Arnaud naquit de son testament. The Arnaud dynasty ruled."
    found = found_mentions(text, ("e", "Émile Arnaud", "person", ""))
    assert found == [("e", "Émile Arnaud")]


def test_another_pinyin_given_name_after_a_chinese_family_name_names_another_person():
    text = "Wang Jingwei wrote to Tokyo; Wang Kemin, no kin of his, answered, and Wang waited."
    found = found_mentions(text, ("w", "Wang Jingwei", "person", ""))
    assert found == [("w", "Wang Jingwei"), ("w", "Wang")]


def test_a_wade_giles_given_name_after_the_family_name_may_be_the_actor_s_own():
    text = "The consul wrote of Wang Ching-wei in 1938."
    found = found_mentions(text, ("w", "Wang Jingwei", "person", ""))
    assert found == [("w", "Wang")]


def test_a_shared_family_name_before_a_comma_and_a_given_name_is_the_one_whose_given_name_follows():
    text = "Karl Brenner and Otto Brenner wrote; see Brenner, Otto, Briefe (Berlin, 1950), 3."
    found = found_mentions(text, ("k", "Karl Brenner", "person", ""), ("o", "Otto Brenner", "person", ""))
    assert found[2:] == [("o", "Brenner, Otto")]


def test_the_family_name_in_small_capitals_before_the_comma_is_the_same_citation_order():
    text = "Paul Arnaud wrote little. ARNAUD, Paul, Souvenirs (Paris, 1901)."
    found = found_mentions(text, ("p", "Paul Arnaud", "person", ""))
    assert found == [("p", "Paul Arnaud"), ("p", "ARNAUD, Paul")]


def test_a_valley_of_the_same_name_is_a_place_not_the_person():
    text = "Joaquim de Sousa Pereira wrote from Lisbon while volunteers from the valley of Pereira drilled."
    found = found_mentions(text, ("p", "Joaquim de Sousa Pereira", "person", ""))
    assert found == [("p", "Joaquim de Sousa Pereira")]
