"""A book's publisher before the place and year that end it (`Title, Harvard University Press, Cambridge (MA) 2004`,
the Italian and French order) is its publisher, not the end of its title; a town may carry its state in brackets."""

from conftest import cite


def test_a_publisher_between_title_and_place_is_the_publisher():
    ref = cite("P. Fritzsche, Stranded in the Present: Modern Time and the Melancholy of History, Harvard University "
               "Press, Cambridge (MA) 2004.").references.iloc[0]
    assert (ref.authors, ref.title, ref.publisher, ref.place, ref.year) == (
        "P. Fritzsche", "Stranded in the Present: Modern Time and the Melancholy of History",
        "Harvard University Press", "Cambridge (MA)", "2004")


def test_a_title_word_like_a_publishers_stays_in_the_title_without_a_part_of_its_own():
    ref = cite("Hans Müller, Geschichte der Presse, Berlin 1990.").references.iloc[0]
    assert (ref.title, ref.publisher) == ("Geschichte der Presse", "")
