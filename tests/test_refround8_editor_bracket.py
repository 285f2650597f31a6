"""An editor's word in brackets after the names (`(haz.)`, `(επιμ.)`, `(coord.)`): the names, then the title."""

from histkit.citations.references import parse_reference


def test_the_names_before_a_bracketed_editor_word_are_not_the_title():
    for word in ("haz.", "επιμ.", "coord."):
        ref = parse_reference(f"Ali Kaya ({word}), Köy Belgeleri, İstanbul: Dost Kitabevi, 1999, s. 5.")
        assert (ref["authors"], ref["title"], ref["year"]) == ("Ali Kaya", "Köy Belgeleri", "1999"), word
