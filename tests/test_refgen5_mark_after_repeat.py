"""A repeat's word shaped as an abbreviation, then pages with their mark after the number (`80-81. orr.`)."""

from histkit.citations.repeatshape import short_repeat


def test_a_short_repeat_with_the_page_mark_after_a_range_is_read():
    assert short_repeat("Ibarrola Saénz, qzp. wrt., 80-81. qqr.").group("word") == "qzp. wrt."


def test_a_short_repeat_with_the_page_mark_after_one_page_is_read():
    assert short_repeat("Holloway, qzp. wrt., 60. qq.").group("word") == "qzp. wrt."


def test_a_year_with_a_word_after_it_is_no_page():
    assert short_repeat("Holloway, qzp. wrt., 1925. qq.") is None
