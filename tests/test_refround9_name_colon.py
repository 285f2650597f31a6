"""A person's names and a colon open a reference as a name and a comma do (`Vorname Name: Titel, Ort Jahr, S. 45`),
after a lead word too; a title's colon after one word or an article (`Vietnam: A History`) is left alone."""

from histkit.citations import parse_reference, split_citations


def test_the_authors_before_a_colon_are_the_authors_of_a_book_and_an_article():
    book = parse_reference("Marta Eichler: Armenpflege in Köln, Bd. 1: 1800–1850, Köln 1978, S. 12.")
    article = parse_reference("Otto Brandl: Zunft und Stadt, in: Zeitschrift für Landesgeschichte 4 (1990), S. 3–9.")
    assert (book["authors"], book["title"], book["place"], book["year"]) == (
        "Marta Eichler", "Armenpflege in Köln, Bd. 1: 1800–1850", "Köln", "1978")
    assert (article["authors"], article["title"], article["container"], article["volume"]) == (
        "Otto Brandl", "Zunft und Stadt", "Zeitschrift für Landesgeschichte", "4")


def test_a_lead_word_before_the_names_is_cut_off_and_the_names_stay():
    segments = split_citations("Vgl. Otto Brandl: Zunft und Stadt. Eine Fallstudie, Leipzig 1990, S. 3.")
    assert [(s.role, s.raw) for s in segments] == [
        ("lead-in", "Vgl. "), ("citation", "Otto Brandl: Zunft und Stadt. Eine Fallstudie, Leipzig 1990, S. 3.")]


def test_a_title_with_a_colon_keeps_it():
    assert parse_reference("Vietnam: A History of the War, London 1990, 45.")["title"].startswith("Vietnam: A History")


def test_an_edition_and_an_earlier_edition_after_the_title_leave_the_authors():
    ref = parse_reference("Marta Eichler: Armenpflege in Köln, 2. Aufl., München 1992 (1. Aufl. 1984), S. 88.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == (
        "Marta Eichler", "Armenpflege in Köln", "München", "1992")


def test_a_second_colon_before_small_letters_heads_a_list_not_a_title():
    assert parse_reference("Max Beltz: Audio und Bibliographie: ich bin nichts, Berlin 2000")["authors"] != "Max Beltz"
