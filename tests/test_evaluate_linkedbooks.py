"""Reference gold from LinkedBooks: references labelled token by token, rebuilt into text and fields."""

from pathlib import Path

from histkit.evaluate import linkedbooks_gold

FIXTURE = Path(__file__).parent / "fixtures" / "linkedbooks" / "invented.txt"


def gold():
    return linkedbooks_gold(FIXTURE.read_bytes().decode("utf-8"))


def test_the_file_is_cut_into_references_at_their_marks_and_text_outside_any_is_left_out():
    assert gold().kind.tolist() == ["secondary", "meta-annotation", "meta-annotation", "primary"]


def test_a_reference_is_rebuilt_spaced_as_printed_and_a_word_broken_at_a_lines_end_joined():
    assert gold().raw[0] == "M. Rossi, Le botteghe della Repubblica, Padova 1971, pp. 12-30."


def test_a_book_gives_surnames_title_place_year_and_pages_without_their_marks():
    book = gold().iloc[0]
    assert [book.authors, book.title, book.container, book.place, book.year, book.pages] == [
        "Rossi", "Le botteghe della Repubblica", "", "Padova", "1971", "12-30"]


def test_a_contribution_is_the_title_before_in_and_its_book_the_container_whose_editor_is_no_author():
    chapter = gold().iloc[1]
    assert [chapter.authors, chapter.title, chapter.container, chapter.volume] == [
        "Bianchi; Neri", "I mercanti dell’isola", "Studi lagunari", "II"]


def test_a_quoted_journal_after_a_quoted_title_is_the_container_its_volume_and_year_read_from_one_field():
    article = gold().iloc[2]
    assert [article.title, article.container, article.volume, article.year, article.pages] == [
        "Il sale di Chioggia", "Archivio lagunare", "XIV", "1959", "7"]


def test_an_archival_reference_keeps_its_text_and_has_no_literature_fields():
    archival = gold().iloc[3]
    assert (archival.raw, archival.title, archival.authors) == ("A. S. V., Senato Mar, reg. 5.", "", "")


def one_book(authors: str) -> str:
    """A LinkedBooks file of one book whose author field is ``authors``, cut into tokens at spaces."""
    tokens = [f"{word} author i-secondary i-r" for word in authors.split()]
    return "\r".join(["-DOCSTART- -X- -X- o", "", *tokens, "Titolo title i-secondary i-r",
                      "1900 year e-secondary e-r", ""])


def test_names_turned_round_give_their_surnames_and_words_for_no_person_are_left_out():
    assert linkedbooks_gold(one_book("Davis , Natalie Zemon ,")).authors[0] == "Davis"
    assert linkedbooks_gold(one_book("Barozzi , Nicolò , Berchet , Guglielmo ,")).authors[0] == "Barozzi; Berchet"
    assert linkedbooks_gold(one_book("R . Del Favero et al .")).authors[0] == "Del Favero"
    assert linkedbooks_gold(one_book("AA . VV .,")).authors[0] == ""


def test_two_names_turned_round_without_a_comma_between_surname_and_forename_stay_two_persons():
    assert linkedbooks_gold(one_book("Ahnert Rudolf , Krause Karl Heinz ,")).authors[0] == "Ahnert Rudolf; Krause Karl Heinz"


def test_an_in_labelled_title_after_a_comma_still_parts_title_and_container():
    words = "Il sale , in « Archivio lagunare », 1990".split()
    tokens = [f"{word} title i-secondary i-r" for word in words[:-1]] + [f"{words[-1]} year e-secondary e-r"]
    gold = linkedbooks_gold("\r".join(["-DOCSTART- -X- -X- o", "", *tokens, ""]))
    assert (gold.title[0], gold.container[0]) == ("Il sale", "Archivio lagunare")
