"""A GOST name with its initials, no comma, then a repeat's word by its shape (`Hüseynov R.Ə. Göst. əsəri, s. 102`)."""

from histkit.citations.repeatshape import short_repeat
from histkit.citations.shortshape import read_short_form


def test_a_repeat_word_after_initials_without_a_comma_is_a_short_repeat():
    assert short_repeat("Hüseynov R.Ə. Qwx. zyxwv, s. 102.").group("author") == "Hüseynov R.Ə."


def test_a_repeat_word_after_a_name_without_initials_or_comma_is_not_a_short_repeat():
    assert short_repeat("Hüseynov Qwx. zyxwv, s. 102.") is None


def test_the_short_form_reads_the_author_and_the_repeat_word():
    ref = {}
    assert read_short_form("Harrington J. Qwx. zyxwv, s. 80–82.", ref)
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Harrington J.", "Qwx. zyxwv", "s. 80–82")
