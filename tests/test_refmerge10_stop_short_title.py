"""A full-stop style's short reference — the author's name, its full stop, a short title and the cited pages with a
mark no list holds (`Nimi. Pealkiri, lk 60`, `Ozols. Dzirnavas, 25. lpp.`) — reads as literature; a comma style's
`Author, Title, xx 45` is not read from that shape."""

from histkit.citations.references import looks_like_literature


def test_a_name_its_full_stop_a_short_title_and_a_page_mark_before_the_number():
    assert looks_like_literature("Kask. Valla kool, lk 30.")


def test_a_name_its_full_stop_a_short_title_and_a_page_mark_after_the_number():
    assert looks_like_literature("Ozols. Dzirnavu kooperācija, 25. lpp.")


def test_a_sentence_with_a_volume_word_is_no_such_short_reference():
    assert not looks_like_literature("Kask. Valla kool, t. 4.")
