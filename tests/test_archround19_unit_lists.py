"""Three or more units named at once are as many documents as two are (round 19: `docs. 4540, 4541 y 4542`,
`knj. 52, knj. 53 i knj. 54`, `B III 4:1, B III 4:2 och B III 4:3`)."""

from histkit.citations.twounits import units_apart


def _units(text: str) -> list[str]:
    return [" ".join(piece.split()) for piece in units_apart(text)]


def test_a_plural_before_three_numbers_gives_three_units_with_the_shared_date():
    assert _units("AHJM, docs. 4540, 4541 y 4542, todos de 1855.") == [
        "AHJM, doc. 4540 , todos de 1855.", "AHJM, doc. 4541 , todos de 1855.", "AHJM, doc. 4542 , todos de 1855."]


def test_the_same_prefix_before_each_of_three_numbers_gives_three_units():
    assert _units("MfS, pk. 15, læg 1, læg 2 og læg 3, alle fra 1772.") == [
        "MfS, pk. 15, læg 1 , alle fra 1772.", "MfS, pk. 15, læg 2 , alle fra 1772.",
        "MfS, pk. 15, læg 3 , alle fra 1772."]


def test_a_colon_shelfmark_repeated_three_times_gives_three_units():
    assert _units("KB, Engeströmska samlingen, B III 4:1, B III 4:2 och B III 4:3, odaterade.") == [
        f"KB, Engeströmska samlingen, B III 4:{n} , odaterade." for n in (1, 2, 3)]


def test_a_unit_word_once_before_three_numbers_gives_three_units():
    assert _units("inv.nr. 1234, 1235 en 1236") == ["inv.nr. 1234", "inv.nr. 1235", "inv.nr. 1236"]


def test_two_pages_stay_one_document():
    assert _units("TNA, FO 371/1, pp. 3, 4 and 5") == ["TNA, FO 371/1, pp. 3, 4 and 5"]


def test_a_number_then_two_days_of_a_date_stays_one_unit():
    assert _units("ДАПО, ф. 1876, оп. 8, спр. 31, 3 та 17 вересня 1933 р.") == [
        "ДАПО, ф. 1876, оп. 8, спр. 31, 3 та 17 вересня 1933 р."]


def test_a_number_then_two_julian_days_of_a_month_stays_one_unit():
    assert _units("ДА – Варна, ф. 112К, оп. 1, а.е. 60, 3 и 17 (15 и 29) март 1887 г.") == [
        "ДА – Варна, ф. 112К, оп. 1, а.е. 60, 3 и 17 (15 и 29) март 1887 г."]
