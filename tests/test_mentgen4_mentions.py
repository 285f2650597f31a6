"""Actor mentions in languages the matcher was not tuned for: general rules, each on a small text.

Initials in scripts without capitals, plurals naming a family, definite-article forms, names that are also
common words, and given names alone.
"""

from conftest import found_mentions

BEGIN = ("begin", "מנחם בגין", "person", "")
JORDANIA = ("jordania", "ნოე ჟორდანია", "person", "")


def test_initial_of_a_hebrew_given_name_before_the_family_name():
    assert ("begin", "מ. בגין") in found_mentions("ראו מ. בגין, המרד, תל אביב 1950.", BEGIN)


def test_initial_of_a_georgian_given_name_before_the_family_name():
    assert ("jordania", "ნ. ჟორდანია") in found_mentions("იხ. ნ. ჟორდანია, ჩემი წარსული, პარიზი 1953.", JORDANIA)


def test_lower_case_particle_gives_no_initial():
    found = found_mentions("See d. Gaulle and C. de Gaulle.", ("dg", "Charles de Gaulle", "person", ""))
    assert ("dg", "d. Gaulle") not in found


# --- a name that is also a common word of the document's language (function_words.csv) needs evidence

HEBREW = ("מנחם בגין הגיע לארץ ב-1942. הוא היה של התנועה, והוא לא היה גם זה אשר כי על עם את כל בין אחרי {}. "
          "זה היה של הממשלה, והוא לא היה גם זה.")
SWEDISH = ("Per Albin Hansson var statsminister och det var inte till för ett år. {} "
           "Han hade också från början blev vid makten eller efter valet och det var inte till för.")
HANSSON = ("hansson", "Per Albin Hansson", "person", "Per Albin")


def _named(found, actor):
    return [s for a, s in found if a == actor]


def test_a_preposition_that_is_a_name_inside_a_clause_of_a_caseless_script_is_no_mention():
    found = found_mentions(HEBREW.format("רק בגין החשש ממרד"), BEGIN)
    assert _named(found, "begin") == ["מנחם בגין"]


def test_the_same_word_followed_by_punctuation_is_the_name():
    found = found_mentions(HEBREW.format("נאום בגין, בכנסת"), BEGIN)
    assert _named(found, "begin") == ["מנחם בגין", "בגין"]


def test_the_same_word_after_a_function_word_is_the_name():
    found = found_mentions(HEBREW.format("דיבר עם בגין בכנסת"), BEGIN)
    assert _named(found, "begin") == ["מנחם בגין", "בגין"]


def test_the_same_word_opening_a_sentence_is_the_name_in_a_caseless_script():
    found = found_mentions(HEBREW.format("בגין הגיע לכנסת"), BEGIN)
    assert _named(found, "begin") == ["מנחם בגין", "בגין"]


def test_a_capitalised_look_alike_opening_a_sentence_before_a_lower_case_word_is_no_mention():
    found = found_mentions(SWEDISH.format("Per capita ökade utgifterna."), HANSSON)
    assert _named(found, "hansson") == ["Per Albin Hansson"]


def test_a_capitalised_look_alike_inside_a_sentence_is_the_name():
    found = found_mentions(SWEDISH.format("Det var inte Per som talade."), HANSSON)
    assert _named(found, "hansson") == ["Per Albin Hansson", "Per"]


# --- a suffixed definite article on a possessive adjective made from a name (Macedonian, Bulgarian)

TITO = ("tito", "Јосип Броз Тито", "person", "Тито")


def test_macedonian_possessive_adjective_with_the_article():
    found = found_mentions("Тито одлучи. Титовата политика и Титовиот режим беа нови.", TITO)
    assert _named(found, "tito") == ["Тито", "Титовата", "Титовиот"]


def test_macedonian_possessive_adjective_of_a_name_on_a_consonant():
    found = found_mentions("Гоце Делчев и Делчевата борба.", ("delcev", "Гоце Делчев", "person", ""))
    assert _named(found, "delcev") == ["Гоце Делчев", "Делчевата"]


def test_bulgarian_possessive_adjective_with_the_article_of_a_name_on_o():
    found = found_mentions("Тито реши. Титовият режим и Титовата политика.", TITO)
    assert _named(found, "tito") == ["Тито", "Титовият", "Титовата"]


# --- a family name naming a family or brothers: a mention of each actor who bears it (plural_words.csv, case pl)

ANTON = ("anton", "Антон Луцкевіч", "person", "")
IVAN = ("ivan", "Іван Луцкевіч", "person", "")
ION = ("ion", "Ion Antonescu", "person", "")
MIHAI = ("mihai", "Mihai Antonescu", "person", "")


def test_belarusian_plural_of_a_family_name_names_both_brothers():
    found = found_mentions("Антон Луцкевіч і Іван Луцкевіч. Браты Луцкевічы і з Луцкевічамі.", ANTON, IVAN)
    assert _named(found, "anton") == ["Антон Луцкевіч", "Луцкевічы", "Луцкевічамі"]
    assert _named(found, "ivan") == ["Іван Луцкевіч", "Луцкевічы", "Луцкевічамі"]


def test_a_singular_case_of_the_name_still_goes_to_the_one_named_last():
    found = found_mentions("Антон Луцкевіч і Іван Луцкевіч. Потым Луцкевіча.", ANTON, IVAN)
    assert found[-1] == ("ivan", "Луцкевіча")


def test_a_word_saying_two_before_an_uninflected_name_names_both():
    found = found_mentions("Ion Antonescu și Mihai Antonescu. Cei doi Antonescu au fugit.", ION, MIHAI)
    assert ("ion", "Antonescu") in found and ("mihai", "Antonescu") in found


def test_an_english_plural_after_the_names_the_family():
    found = found_mentions("Anton Luckievič and Ivan Luckievič wrote. The Luckievičs were brothers.",
                           ("anton", "Anton Luckievič", "person", ""), ("ivan", "Ivan Luckievič", "person", ""))
    assert found.count(("anton", "Luckievičs")) == 1 and found.count(("ivan", "Luckievičs")) == 1


def test_a_family_word_after_the_name_names_the_family():
    found = found_mentions("Konstantin Päts ja Voldemar Päts. Pätsi perekonna varandus.",
                           ("k", "Konstantin Päts", "person", ""), ("v", "Voldemar Päts", "person", ""))
    assert ("k", "Pätsi") in found and ("v", "Pätsi") in found


# --- a given name alone, for one of several actors of one family name, once named in full

SOARES_M = ("mario", "Mário Soares", "person", "")
SOARES_J = ("joao", "João Soares", "person", "")


def test_a_given_name_alone_names_a_family_member_named_in_full_before():
    found = found_mentions("Mário Soares e João Soares chegaram. Depois Mário falou.", SOARES_M, SOARES_J)
    assert _named(found, "mario") == ["Mário Soares", "Mário"]


def test_a_given_name_alone_before_the_full_name_is_no_mention():
    found = found_mentions("Mário chegou. Depois Mário Soares e João Soares falaram.", SOARES_M, SOARES_J)
    assert _named(found, "mario") == ["Mário Soares"]


def test_a_given_name_before_another_family_name_is_another_man():
    found = found_mentions("Mário Soares e João Soares chegaram. Depois Mário Pinto falou.", SOARES_M, SOARES_J)
    assert _named(found, "mario") == ["Mário Soares"]


def test_a_given_name_in_its_case_names_the_brother():
    found = found_mentions("Антон Луцкевіч і Іван Луцкевіч. Потым Антону напісалі.", ANTON, IVAN)
    assert _named(found, "anton") == ["Антон Луцкевіч", "Антону"]


def test_a_given_name_alone_of_someone_without_a_namesake_in_the_file_is_no_mention():
    found = found_mentions("Mário Soares chegou. Depois Mário falou.", SOARES_M)
    assert _named(found, "mario") == ["Mário Soares"]


def test_georgian_genitive_of_a_name_on_eli_drops_the_e():
    found = found_mentions("ირაკლი წერეთელი ჩამოვიდა. წერეთლის სიტყვა.", ("tsereteli", "ირაკლი წერეთელი", "person", ""))
    assert _named(found, "tsereteli") == ["ირაკლი წერეთელი", "წერეთლის"]


def test_a_given_name_alone_before_another_capitalised_name_is_another_person_in_icelandic():
    text = ("Ólafur Thors var forsætisráðherra og hann var ekki á þingi en það er í Reykjavík og við. "
            "Ólafur Teitur Guðnason skrifaði bókina og Ólafur svaraði.")
    found = found_mentions(text, ("thors", "Ólafur Thors", "person", ""))
    assert _named(found, "thors") == ["Ólafur Thors", "Ólafur"]


def test_the_second_name_of_a_place_named_after_two_people_is_no_mention():
    found = found_mentions("Hatta landde op de luchthaven Soekarno-Hatta en Hatta sprak.",
                           ("hatta", "Mohammad Hatta", "person", "Hatta"))
    assert _named(found, "hatta") == ["Hatta", "Hatta"]


def test_a_given_name_before_a_word_of_the_actors_own_name_stays_a_mention():
    text = ("Jónas frá Hriflu var formaður og hann var ekki á þingi en það er í Reykjavík og við. "
            "Greinin eftir Jónas Jónsson kom út.")
    found = found_mentions(text, ("jonas", "Jónas Jónsson frá Hriflu", "person", "Jónas frá Hriflu"))
    assert _named(found, "jonas") == ["Jónas frá Hriflu", "Jónas"]
