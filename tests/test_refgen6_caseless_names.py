"""A reference in a script without capitals, read by its shape where its words are on no list: a lead of three short
words before the colon, and an author's name of three words before the title."""

import re

from histkit.citations.caseless import CASELESS_LEAD, caseless_author, caseless_name
from histkit.citations.references import parse_reference


def test_a_lead_of_three_short_words_and_a_colon_before_a_name_is_a_lead():
    # (made-up Persian-script words, the Arabic comma folded as the reader does: only their shape counts)
    assert re.match(CASELESS_LEAD, "بحا نمکه نب: فرهاد کاظمی, عنوان").group() == "بحا نمکه نب: "


def test_a_name_of_three_words_is_an_author_but_not_a_name_anywhere():
    assert caseless_author("میرزا حسن بوشهری") and not caseless_name("میرزا حسن بوشهری")


def test_four_words_are_no_author():
    assert not caseless_author("میرزا حسن بوشهری زاده")


def test_a_three_word_name_before_the_title_is_the_author():
    ref = parse_reference("میرزا حسن بوشهری, سفرنامهٔ بنادر, تهران: میراث, 1380, ص 98.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("میرزا حسن بوشهری", "سفرنامهٔ بنادر", "1380")
