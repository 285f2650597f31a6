"""A wife listed by her husband's name and the suffix (Hungarian `Kovács Lajosné`) named by his family name and the
suffix alone, in its cases (the ``wife`` rows of `name_paradigms.csv`; mention round 16)."""

from conftest import found_mentions


def test_a_wife_listed_by_her_husbands_name_is_named_by_the_family_name_and_suffix_in_its_cases():
    text = "Kovács Lajosné 1946-ban tiltakozott. Kovácsnéval a titkár is találkozott, de Kovácsné nem engedett."
    found = found_mentions(text, ("w", "Kovács Lajosné", "person", ""))
    assert found == [("w", "Kovács Lajosné"), ("w", "Kovácsnéval"), ("w", "Kovácsné")]


def test_the_wifes_short_name_is_not_her_husbands_when_both_are_listed():
    text = "Kovács Lajos és felesége, Kovács Lajosné 1946-ban tiltakoztak. Kovácsné levelet írt."
    found = found_mentions(text, ("h", "Kovács Lajos", "person", ""), ("w", "Kovács Lajosné", "person", ""))
    assert [a for a, s in found if s == "Kovácsné"] == ["w"]
