"""A Japanese-language book's edition word read by the character that says "edition" (版) where no list holds it, so
that the publisher after it is still read: `平野勝也『書名』増補版、出版社、1988年`. The edition words here are on no list."""

from histkit.citations.japanese import read_japanese


def test_a_short_word_ending_in_the_edition_character_is_the_edition_and_the_publisher_follows():
    ref = read_japanese("平野勝也『女工たちの声』第三版、御茶の水書房、1988年、201頁。", {})
    assert (ref["title"], ref["edition"], ref["publisher"], ref["year"], ref["pages"]) == (
        "女工たちの声", "第三版", "御茶の水書房", "1988", "201")


def test_a_long_part_ending_in_the_edition_character_is_no_edition_word():
    assert read_japanese("平野勝也『女工たちの声』御茶の水書房出版版、御茶の水書房、1988年、201頁。", {}) is None
