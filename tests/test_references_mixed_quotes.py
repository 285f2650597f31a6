"""A title quoted by one straight and one typographic mark, as text layers and hurried editors leave them
(`E. Stein, 'Lawyers, Judges, and the Making of a Transnational Constitution’, 75 AJIL (1981) 1`), is read as quoted."""

from histkit.citations.references import parse_reference


def test_straight_opening_and_typographic_closing_quote_a_title():
    ref = parse_reference("E. Stein, 'Lawyers, Judges, and the Making of a Transnational Constitution’, "
                          "75 American Journal of International Law (1981) p. 1")
    assert (ref["title"], ref["container"], ref["volume"], ref["year"]) == (
        "Lawyers, Judges, and the Making of a Transnational Constitution", "American Journal of International Law",
        "75", "1981")


def test_typographic_opening_and_straight_closing_quote_a_title():
    ref = parse_reference("K. Lowe, ‘Women’s Work and the Parish', Historical Journal 42 (1999), pp. 5–9")
    assert (ref["title"], ref["container"]) == ("Women’s Work and the Parish", "Historical Journal")


def test_an_apostrophe_before_a_typographic_title_is_left_alone():
    ref = parse_reference("K. O'Brien, ‘Women’s Work’, Historical Journal 42 (1999), pp. 5–9")
    assert (ref["authors"], ref["title"]) == ("K. O'Brien", "Women’s Work")
