"""A date form is tried only on texts that hold its anchor, and every text its pattern matches in holds it."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from histkit.dates import (calendars, centuries, decadenames, lawyears, quarters, regnal, relative, republican, search,
                           shortyears)
from histkit.dates.anchors import Anchor, behind_first_characters, has_digit, holds
from histkit.ignorecase import ignorecase_fold
from histkit.dates.republican import find_republican_units


def test_an_anchor_word_is_found_in_any_case():
    assert holds(Anchor(words=("kvartal",)), "i første KVARTAL 1944")


def test_a_text_without_the_anchor_word_does_not_hold_it():
    assert not holds(Anchor(words=("kvartal",)), "i første halvår 1944")


def test_an_anchor_pattern_is_sought_in_the_folded_text():
    assert holds(Anchor(patterns=(r"an\s+[ivx]",)), "L'AN VIII")


def test_of_forms_seeks_the_word_most_forms_share():
    assert Anchor.of_forms(["anni venti", "anni trenta", "jaren dertig", "jaren veertig"]).words == ("anni", "jaren")


def test_a_digit_of_any_script_is_a_digit():
    assert has_digit("mars ١٩١٩") and not has_digit("mars")


def test_a_form_whose_anchor_is_missing_finds_nothing():
    assert find_republican_units("pluviôse, in the eighth year") == []


def test_a_form_whose_anchor_is_there_is_read_as_before():
    assert [d.surface for d in find_republican_units("plébiscite de pluviôse an VIII")] == ["pluviôse an VIII"]


# each gated form: its pattern (the whole search it would make) and its anchor
_FORMS = {
    "republican": (republican._pattern, lambda: republican._ANCHOR),
    "regnal": (regnal._pattern, regnal._anchor),
    "decade names": (decadenames._pattern, decadenames._anchor),
    "quarters": (quarters._pattern, quarters._anchor),
    "quarters without their year": (quarters._alone, quarters._anchor),
    "law's year": (lambda: lawyears._NUMBER, lambda: lawyears._ANCHOR),
    "calendar days": (lambda: calendars._pattern(True), lambda: calendars._ANCHOR),
    "Roman month, short year": (lambda: search._ROMAN_SHORT_YEAR, lambda: search._ROMAN_SHORT_ANCHOR),
    "centuries": (centuries._pattern, centuries._anchor),
    "relative days": (lambda: relative._patterns()[0], relative._anchor),
    "relative months": (lambda: relative._patterns()[1], relative._anchor),
    **{f"short years {i}": (lambda i=i: shortyears._forms()[i], lambda i=i: shortyears._ANCHORS[i])
       for i in range(len(shortyears._ANCHORS))},
}
_WORDS = (["an", "AN", "l'An", "Geo.", "WILL.", "Vict.", "anni", "Trenta", "JAREN", "dertig", "første", "KVARTAL",
           "Quartal", "1.", "de", "Recep", "brumaire", "Meskerem", "siècle", "Jahrhundert", "XIX", "VIII", "iv", "x",
           "12", "5", "1329", "1944", "45", "1986", "II", "Ley", "&", "inst.", "u.s.", "d.", "M.", "T", "DS", "MAY",
           "'38", "121530Z", "j.l.", "Jahres"])
_SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", ".", "\n", "-", "/", "/ ", ". ", ""])
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), _SEPARATORS), max_size=10).map(
    lambda pairs: "".join(a + b for a, b in pairs))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("i FØRSTE kvartal 1944")
@example("Ley 14/1986, de 25 de abril")
@example("irade, 15 RECEP 1329; 5-vi-45")
@example("yours of the 11th inst.; 121530Z MAY 44; 12.5.38; 3/10/38; 13/5-38; the spring of '38")
def test_every_text_a_gated_pattern_matches_in_holds_its_anchor(text):
    for name, (pattern, anchor) in _FORMS.items():
        assert holds(anchor(), text) or pattern().search(text) is None, name


_ANCHOR_WORDS = ("kvartal", "kvartalet", "quartal", "geo.", "abad ke-", "anni", "an", "ſiècle", "x.y")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ANCHOR_WORDS), min_size=1, max_size=5, unique=True),
       st.text(alphabet=st.sampled_from("kvartlequnogbd.e- yxiſSKÈAN1"), max_size=40))
@example(["kvartal", "kvartalet"], "KVARTALET")
def test_an_anchors_words_are_found_where_one_of_them_stands_in_the_folded_text(words, text):
    # (the words sought as one trie: held where an `in` test of one of them finds it)
    anchor = Anchor(words=tuple(words))
    assert holds(anchor, text) == any(word in ignorecase_fold(text) for word in anchor.words)


_LED_WORDS = ["ab urbe condita", "a.u.c.", "A.H.", "AUC", "AH", "Ol.", "Generación del", "generación del", "G"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LED_WORDS), min_size=1, max_size=6, unique=True),
       st.text(alphabet=st.sampled_from("abAHUCOlGgeneración d.urbcit x1"), max_size=40))
@example(["AH", "A.H."], "xAH 12, A.H. 1300, (AH 5")
@example(["ab urbe condita"], "ab  urbe condita 709; lab urbe")
def test_words_behind_their_first_characters_match_as_the_look_behind_before_them(words, text):
    # (the same matches, at the same places: the look-behind written after each word's first character)
    spaced = "|".join(r"\s*".join(map(re.escape, w.split())) for w in words)
    before = re.compile(rf"(?<!\w)(?:{spaced})\s*\d*")
    led = re.compile(behind_first_characters(words, r"(?<!\w)", r"\s*") + r"\s*\d*")
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in before.finditer(text)]
