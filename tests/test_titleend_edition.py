"""A title ends where an edition clause begins, read by shape: an ordinal, at most one word, then an edition word of
``histkit/data/citations/reference_words.csv`` (kinds ``edition``, ``first_edition``, ``edition_after``,
``edition_word``), its full stop optional."""

from histkit.citations import parse_reference


def test_an_english_edition_without_a_full_stop_ends_the_title():
    ref = parse_reference("John Smith, The Mills of Kent, 2nd edn, London: Methuen, 1990, 4.")
    assert (ref["title"], ref["place"], ref["year"]) == ("The Mills of Kent", "London", "1990")


def test_an_edition_with_a_word_before_its_edition_word_ends_the_title():
    ref = parse_reference("Ana Kos, Mlini ob Muri, 3. dopolnjena izdaja, Maribor: Obzorja, 2001, 15.")
    assert (ref["authors"], ref["title"]) == ("Ana Kos", "Mlini ob Muri")


def test_an_edition_word_no_other_list_holds_ends_the_title():
    ref = parse_reference("Per Holm, Møllerne i Jylland, 2. udg., Odense: Gyldendal 1999, s. 8.")
    assert (ref["authors"], ref["title"]) == ("Per Holm", "Møllerne i Jylland")
