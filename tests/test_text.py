"""Text helpers: joined lines, repaired hyphens, folded look-alikes, all mapped back to the original."""

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from histkit.text import fold_homoglyphs, is_cyrillic, is_latin_letter, script_of, strip_diacritics, unwrap


def test_line_end_hyphen_inside_a_word_is_removed():
    assert unwrap("sudden-\nly placed").text == "suddenly placed"


def test_line_end_hyphen_before_a_capital_is_kept():
    assert unwrap("the Yugoslav-\nSoviet split").text == "the Yugoslav-Soviet split"


def test_hyphen_rule_can_keep_a_compound_of_lower_case_words():
    def keep(left, right):
        return left == "Spoljno"

    assert unwrap("Spoljno-\npolitičkoj").text == "Spoljnopolitičkoj"
    assert unwrap("Spoljno-\npolitičkoj", keep_hyphen=keep).text == "Spoljno-političkoj"


def test_line_breaks_and_the_space_around_them_become_one_space():
    assert unwrap("one \n two\n\n three  ").text == "one two three"


def test_every_character_maps_back_to_its_original_offset():
    raw = "Victor La-\nrock met\n Tito."
    un = unwrap(raw, base=100)
    for i, ch in enumerate(un.text):
        if ch != " ":
            assert raw[un.index[i] - 100] == ch


def test_span_of_a_word_split_by_a_hyphen_covers_both_halves():
    raw = "met La-\nrock."
    un = unwrap(raw)
    start = un.text.index("Larock")
    a, b = un.span(start, start + len("Larock"))
    assert raw[a:b] == "La-\nrock"


@given(st.text(alphabet="ab -\n.", max_size=60))
def test_unwrap_never_invents_a_letter(raw):
    un = unwrap(raw)
    assert len(un.index) == len(un.text) + 1
    for i, ch in enumerate(un.text):
        if ch not in " -":
            assert raw[un.index[i]] == ch


def test_cyrillic_look_alikes_in_a_latin_word_are_folded_without_moving_offsets():
    mixed = "CК SКJ, КMOV, Remoоrtel"
    folded = fold_homoglyphs(mixed)
    assert folded == "CK SKJ, KMOV, Remoortel" and len(folded) == len(mixed)


def test_pure_cyrillic_words_are_left_alone():
    assert fold_homoglyphs("Тито и Кардељ") == "Тито и Кардељ"


def test_diacritics_are_stripped_one_character_for_one():
    assert strip_diacritics("Đilas, Čolaković, Léo Müller") == "Dilas, Colakovic, Leo Muller"


def test_script_is_the_majority_script_of_the_letters():
    assert script_of("Милетић, Преломна времена, 187") == "Cyrillic"
    assert script_of("Bogetić, Jugoslavija i Zapad") == "Latin"


@given(st.text(alphabet="ab- \t\n\u00ad", max_size=40))
def test_line_events_sought_next_to_breaks_are_those_the_regex_finds_everywhere(raw):
    from histkit.text import _LINE_EVENT, _line_events

    assert [m.span() for m in _line_events(raw)] == [m.span() for m in _LINE_EVENT.finditer(raw)]


def test_hyphen_before_spaces_at_a_line_end_is_still_a_line_end_hyphen():
    un = unwrap("sudden- \t\nly", base=10)
    assert (un.text, un.index) == ("suddenly", (10, 11, 12, 13, 14, 15, 20, 21, 22))


@given(st.text(alphabet="ab -\n\t.\u00ad", max_size=60), st.integers(0, 1000))
def test_an_offset_read_from_the_runs_is_the_one_in_the_index(raw, base):
    un = unwrap(raw, base=base)
    assert [un.origin(i) for i in range(len(un.index))] == list(un.index)
    assert all(un.span(a, b) == (un.index[a], un.index[b - 1] + 1 if b > a else un.index[a])
               for a in range(len(un.text) + 1) for b in range(a, len(un.text) + 1))


@given(st.text(alphabet="aeAĐđčéЙжK\u0301\u0308\u0483\u00a0 \U0001d165\U0001d400\ufb01", max_size=30))
def test_diacritics_stripped_are_the_combining_marks_of_the_decomposed_text(text):
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert strip_diacritics(text) == unicodedata.normalize("NFC", kept)


@given(st.text(alphabet="aZčЖжђ1 ,ªµ²\u0483\u0250ɐ", max_size=30))
def test_the_script_is_decided_by_counting_the_letters_one_by_one(text):
    cyr, lat = sum(map(is_cyrillic, text)), sum(map(is_latin_letter, text))
    assert script_of(text) == ("" if not cyr and not lat else "Cyrillic" if cyr > lat else "Latin")


@given(st.text(alphabet="aKoCЖКоС \u0483_1-", max_size=30))
def test_only_words_with_letters_of_both_scripts_are_folded(text):
    def one_word(m):
        word = m.group(0)
        cyr, lat = sum(map(is_cyrillic, word)), sum(map(is_latin_letter, word))
        return word if not cyr or not lat else fold_homoglyphs(word)

    assert fold_homoglyphs(text) == re.sub(r"\w+", one_word, text)


def test_an_equals_sign_ending_a_line_of_a_web_address_stays():
    assert unwrap("docid=118441&pageIndex=\n0&doclang=EN").text == "docid=118441&pageIndex= 0&doclang=EN"


def test_fraktur_double_hyphen_as_equals_sign_joins_a_word():
    assert unwrap("Wilhelm II. und Bis=\nmarck").text == "Wilhelm II. und Bismarck"
