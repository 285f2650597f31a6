"""A quoted title whose subtitle follows the closing quote after a colon, before the book it is in, is one title."""

from histkit.citations.references import parse_reference


def test_subtitle_after_colon_joins_the_quoted_title_and_the_book_is_the_container():
    ref = parse_reference("E. Alessiato, «L'evento del secolo»: Friedrich Nietzsche e Thomas Mann, in F. Cattaneo, "
                          "C. Gentili (eds.), Nietzsche nella Rivoluzione Conservatrice, Genova, Il melangolo, 2015, pp. 105-121")
    assert ref["title"] == "L'evento del secolo: Friedrich Nietzsche e Thomas Mann"
    assert (ref["container"], ref["editors"]) == ("Nietzsche nella Rivoluzione Conservatrice", "F. Cattaneo, C. Gentili")


def test_a_quotation_inside_the_title_before_its_colon_stays_where_it_is():
    ref = parse_reference("M. Doe, Beyond the Constitutional ‘Bicameral Blueprint’: Europeanization in Belgium, in "
                          "A. Roe (a cura di), Democracy and Subsidiarity, Il Mulino, Bologna, 2013, pp. 285-318.")
    assert ref["title"] == "Beyond the Constitutional ‘Bicameral Blueprint’: Europeanization in Belgium"
