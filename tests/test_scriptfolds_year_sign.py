"""A calendar's sign after or before a year is read as spaces, whatever the script of its letters."""

from histkit.citations.scriptfolds import fold_arabic


def test_a_solar_hijri_initial_after_a_pashto_year_is_blanked_with_its_length_kept():
    folded = fold_arabic("کابل، ۱۳۶۵ ل.، مخ ۴۵")
    assert folded == "کابل, 1365   , مخ 45"


def test_a_persian_two_letter_initial_after_a_year_is_blanked():
    assert fold_arabic("تهران، ۱۳۸۸ ه.ش.") == "تهران, 1388     "


def test_an_urdu_hamza_after_a_year_is_blanked():
    assert fold_arabic("لاہور، ۱۹۹۶ء") == "لاہور, 1996 "


def test_a_note_without_any_sign_is_only_folded():
    assert fold_arabic("تهران، ۱۳۸۸؛ ص ٤٥") == "تهران, 1388; ص 45"
