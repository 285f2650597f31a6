"""A GOST reference's cited pages after a mark no list holds, read by its shape: one to three letters and a full stop
after the area's full stop or dash (`х. 44`, `Б. 77`), not a word the lists give another meaning (a volume's `Т.`). The
marks here (`ц.`, `Ц.`) are on no list."""

from histkit.citations.gost import is_gost, read_gost

_EMPTY = dict.fromkeys(("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages"), "")


def test_a_repeat_phrase_and_pages_after_a_mark_on_no_list_read_as_gost():
    assert is_gost("Петренко В. И. Згаданая праца. – Ц. 77.")


def test_the_pages_after_a_small_mark_on_no_list_are_taken_from_the_title():
    ref = dict(_EMPTY)
    assert read_gost("Петренко В. И. Згаданая праца. ц. 44.", ref)
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Петренко В. И.", "Згаданая праца", "ц. 44")


def test_a_volume_s_word_on_a_list_is_no_page_mark():
    ref = dict(_EMPTY)
    read_gost("Петренко В. И. Згаданая праца. Т. 4.", ref)
    assert ref["pages"] == ""
