"""The Italian and French order `Title, Place, Publisher, Year` with a town of two words (`New York`, `Buenos
Aires`); and the part right after the authors' names is the title, never the town, of such an imprint."""

from histkit.citations.references import parse_reference


def _fields(raw):
    ref = parse_reference(raw)
    return ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"]


def test_a_town_of_two_words_before_the_publisher_is_the_place():
    assert _fields("D. Rodrik, The Globalization Paradox, New York, Norton, 2011, p. 45.") == (
        "D. Rodrik", "The Globalization Paradox", "New York", "Norton", "2011")


def test_a_town_of_two_words_in_spanish_notes():
    assert _fields("J. L. Borges, Ficciones, Buenos Aires, Sudamericana, 1967.")[2:4] == ("Buenos Aires", "Sudamericana")


def test_the_part_after_the_authors_alone_is_the_title_not_a_town():
    assert _fields("J. Smith, Roman Britain, Penguin, 1990.") == ("J. Smith", "Roman Britain", "", "Penguin", "1990")
    assert _fields("J. Smith, Britain, Penguin, 1990.")[:2] == ("J. Smith", "Britain")


def test_after_the_authors_alone_a_title_then_a_town_and_the_year():
    assert _fields("Դրո, Հուշեր, Բոստոն, 1935, էջ 61.") == ("Դրո", "Հուշեր", "Բոստոն", "", "1935")
    assert _fields("Saparmyrat Türkmenbaşy. Ruhnama. Aşgabat, 2001.") == (
        "Saparmyrat Türkmenbaşy", "Ruhnama", "Aşgabat", "", "2001")
