"""In the GOST archival style files listed after `Д.` with commas alone are as many files (`Д. 46, 48`; rounds 17–20);
a day after the comma, a description after the list keep one citation."""

from histkit.citations.twounits import units_apart


def _units(text: str) -> list[str]:
    return [" ".join(piece.split()) for piece in units_apart(text)]


def test_two_files_after_one_file_word_are_two_units_with_the_bracket_after_them():
    assert _units("ГАОО. Ф. 12. Оп. 2. Д. 45, 47 (1920-е гг.)") == [
        "ГАОО. Ф. 12. Оп. 2. Д. 45 (1920-е гг.)", "ГАОО. Ф. 12. Оп. 2. Д. 47 (1920-е гг.)"]


def test_two_files_then_their_leaves_are_two_units():
    assert len(units_apart("ГА РТ. Ф. Р-732. Оп. 1. Д. 46, 48. Л. 1–9. 1921–1922 гг.")) == 2


def test_an_ibid_naming_two_files_names_both():
    assert _units("Там же. Д. 10, 11.") == ["Там же. Д. 10 .", "Там же. Д. 11 ."]


def test_a_file_then_a_day_is_one_unit():
    assert len(units_apart("ГАБО. Ф. 1. Оп. 1. Д. 431, 1 (13) января 1889 г.")) == 1
    assert len(units_apart("ГАБО. Ф. 1. Оп. 1. Д. 12, 1920 г.")) == 1


def test_a_list_a_description_follows_stays_one_citation():
    assert len(units_apart("ГАСПИТО. Ф. П-1045. Оп. 2. Д. 14, 15. Протоколы бюро обкома за 1938–1939 гг.")) == 1
