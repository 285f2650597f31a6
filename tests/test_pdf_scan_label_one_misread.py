"""A typescript's first endnote label `1.` that the OCR read as a letter (`l.`, `I)`) is label 1 where label 2 follows."""

from histkit.read.pdf.ocrlayer import first_label_mended


def test_a_first_label_read_as_a_small_l_is_one_before_label_two():
    text = "capitolato del 1913.9\n\nl. \"La Riscossa\", 4 maggio 1919.\nmillecinquecento persone.\n2. Sul movimento.\n"
    assert first_label_mended(text).split("\n")[2].startswith("1. \"La Riscossa\"")


def test_a_first_label_read_as_a_capital_i_with_a_bracket_is_one():
    assert first_label_mended("I) Reichsgesetzblatt 1920.\n2) Ebd.\n").startswith("1) Reichsgesetzblatt")


def test_a_roman_section_number_before_notes_numbered_from_one_stays():
    text = "I. The stands\nOn the morning of 23 May.\n\n1. Hull Daily Mail.\n2. Ibid.\n"
    assert first_label_mended(text) == text


def test_a_letter_before_a_label_of_another_shape_stays():
    text = "l. 3 of the act.\n2) Ebd.\n"
    assert first_label_mended(text) == text
