"""A Russian name romanised with `-ia` or `-ii` at a word's end (`Lavrentii Beria`) is found in Russian Cyrillic as
`-ия`, `-ий` (`Лаврентий Берия`), as English and library romanisations spell those ends without a `y`."""

from conftest import found_mentions

BERIA = ("b", "Lavrentii Beria", "person", "")


def test_a_name_ending_in_ia_is_found_in_cyrillic_with_ija():
    found = found_mentions("Beria came back. В апреле 1953 г. Берия прекратил дело.", BERIA)
    assert found == [("b", "Beria"), ("b", "Берия")]


def test_a_given_name_ending_in_ii_is_found_in_cyrillic_with_ij():
    found = found_mentions("Лаврентий Берия. 1953: Стенограмма июльского пленума.", BERIA)
    assert found == [("b", "Лаврентий Берия")]
