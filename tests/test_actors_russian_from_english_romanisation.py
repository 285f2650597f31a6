"""A Russian name the file lists in the English romanisation is found in Russian Cyrillic and its cases, in notes
citing Russian literature (`russian_spelling`); small texts written for each behaviour."""

from conftest import found_mentions


def test_a_name_romanised_in_english_is_found_in_russian_cyrillic_inverted_with_initials():
    text = "Trotsky wrote his memoirs in exile. Троцкий Л. Д. Моя жизнь. Берлин, 1930."
    found = found_mentions(text, ("t", "Leon Trotsky", "person", "Trotsky"))
    assert [a for a, _ in found] == ["t", "t"] and found[1][1].startswith("Троцкий")


def test_a_womans_name_romanised_in_english_is_found_in_its_russian_cases():
    text = "Krupskaya remembered him. Воспоминания Крупской вышли в 1957 году."
    found = found_mentions(text, ("k", "Nadezhda Krupskaya", "person", "Krupskaya"))
    assert found == [("k", "Krupskaya"), ("k", "Крупской")]


def test_a_name_with_letters_no_russian_name_is_romanised_with_gets_no_russian_spelling():
    from histkit.actors.variants.romanise import russian_spelling
    assert (russian_spelling("Charlotte Brontë"), russian_spelling("Joseph Stalin")) == ("", "")
