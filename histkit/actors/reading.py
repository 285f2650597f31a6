"""How the matcher reads a searched text: look-alike letters and spellings folded, and where a word ends.

`prepare` folds a block's text the way every variant of `variant_table` is
folded, one character for one, so that a match's offsets are the text's;
`unspaced` and `INDIC_SIGN` say where a name may stand glued to other letters
(a script written without spaces) and where a letter that looks like a mark
goes on with the word (a vowel sign of an Indic script).
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from ..text import fold_homoglyphs
from .variants import fold_greek, normalise
from .variants.scripts import UNSPACED_LETTER



#: The vowel signs and viramas of the scripts of India and South-East Asia: the word goes on (`आज़ाद` in `आज़ादी`),
#: where an Arabic or Hebrew vowel mark after a name leaves it whole (`مصدقِ`).
INDIC_SIGN = compiled("[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
                      "\u0a01-\u0a03\u0a3c-\u0a51\u0a81-\u0a83\u0abc-\u0acd\u0b01-\u0b03\u0b3c-\u0b57"
                      "\u0b82\u0bbe-\u0bd7\u0c00-\u0c04\u0c3e-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6"
                      "\u0d00-\u0d03\u0d3e-\u0d57\u0d81-\u0d83\u0dca-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
                      "\u102b-\u103e\u17b6-\u17d3]")


def unspaced(text: str, i: int) -> bool:
    """Whether ``text[i]`` or ``text[i + 1]``, two letters that touch, is of a script written without spaces."""
    return bool(UNSPACED_LETTER.match(text, i) or UNSPACED_LETTER.match(text, i + 1))


_CYRILLIC = compiled("[\u0400-\u04ff]")
_MIXED_WORD = compiled(r"\w*(?:[A-Za-z\u00c0-\u024f][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z\u00c0-\u024f])\w*")
# where `_MIXED_WORD` may begin: at a word's start (the search also tries where the last match ended)
_MIXED_WORD_START = compiled(r"(?<!\w)" + _MIXED_WORD.pattern)
_MIXED_ENDING = compiled(r"(?<=[\u0400-\u04ff])-([aeoujAEOUJ]{1,3})\b")
_ENDING_TO_CYR = str.maketrans("aeoujAEOUJ", "аеоујАЕОУЈ")
_YO = str.maketrans("ёЁ", "еЕ")
# the letters Tajik, Uzbek, Kazakh, Bashkir, Tatar and Chuvash add to Russian's read as the Russian ones Soviet print
# wrote for them: Russian notes spell `Ғафуров`, `Раҳмонов`, `Айнӣ`, `Сәлимов`, `Ҡаһарманов` as `Гафуров`, `Рахмонов`,
# `Айни`, `Салимов`, `Кахарманов`
_CYRILLIC_ADDED = str.maketrans("ҒғҲҳҚқӢӣӮӯӘәӨөҮүҠҡҘҙҪҫҺһҢңӐӑӖӗӲӳҰұ", "ГгХхКкИиУуАаОоУуКкЗзСсХхНнАаЕеУуУу")
_GREEK = compiled("[\u0370-\u03ff\u1f00-\u1fff]")
_FULL_WIDTH = compiled("[\uff01-\uff5e]")
_FULL_WIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# chandrabindu as anusvara, long u as short, a letter with its nukta as the letter (the nukta written apart is left
# out of the name's variants: `diacritic_variants`)
# (and long `ई`, `ऊ` written as a vowel of their own as short: Nepali `कोइराला`, `कोईराला`)
_DEVANAGARI_FOLD = {0x0901: 0x0902, 0x0942: 0x0941, 0x0908: 0x0907, 0x090A: 0x0909,
                    **{c: b for c, b in zip(range(0x0958, 0x0960), map(ord, "कखगजडढफय"))}}
_DEVANAGARI_SPELLING = compiled("[\u0901\u0942\u0908\u090a\u0958-\u095f]")
# Bengali spells long and short i and u in names either way (`তাজউদ্দীন`, `তাজউদ্দিন`): the long as the short
_BENGALI_FOLD = {0x09C0: 0x09BF, 0x09C2: 0x09C1, 0x0988: 0x0987, 0x098A: 0x0989}
_BENGALI_SPELLING = compiled("[\u09c0\u09c2\u0988\u098a]")


# the hooked letters of Hausa and Fula as the plain ones: notes and older or English-language print drop the hooks
# (`Ɓalewa`, `Balewa`; `Ɗan Fodiyo`, `Dan Fodiyo`)
_HOOKED = str.maketrans("ƁɓƊɗƘƙƳƴ", "BbDdKkYy")
_HOOKED_LETTER = compiled("[ƁɓƊɗƘƙƳƴ]")


def _ethiopic_fold() -> dict[int, int]:
    """Amharic letters that sound alike as one: the series `ሐ`, `ኀ` as `ሀ`, `ሠ` as `ሰ`, `ዐ` as `አ`, `ፀ` as `ጸ`, and the
    first order of `ሀ` and `አ` as their fourth (`ኃይለ ሥላሴ`, `ሀይለ ስላሴ`, `ሃይለ ሥላሴ` are one name); the word
    separator `፡` of older print as a space."""
    table = {}
    for source, target, orders in ((0x1210, 0x1200, 8), (0x1280, 0x1200, 8), (0x1220, 0x1230, 8),
                                   (0x12D0, 0x12A0, 7), (0x1340, 0x1338, 8)):
        table.update({source + k: target + k for k in range(orders)})
    for first in (0x1200, 0x12A0):
        table.update({code: first + 3 for code, to in list(table.items()) + [(first, first)] if to == first})
    return {**table, 0x1361: ord(" ")}


_ETHIOPIC_FOLD = _ethiopic_fold()
_ETHIOPIC_SPELLING = compiled("[%s]" % "".join(map(chr, sorted(_ETHIOPIC_FOLD))))


@lru_cache(maxsize=1)
def _han_fold() -> tuple[dict[int, int], object]:
    """The traditional Han characters of `han_variants.csv` as their simplified forms, and a pattern finding them."""
    table = {ord(r["traditional"].strip()): ord(r["simplified"].strip())
             for r in data_rows("actors", "han_variants.csv")}
    return table, compiled("[%s]" % "".join(map(chr, sorted(table))))


@lru_cache(maxsize=1)
def _any_folded():
    """A pattern finding a character of any script `prepare` folds: every one of its tests' characters, together."""
    classes = (_CYRILLIC, _GREEK, _FULL_WIDTH, _DEVANAGARI_SPELLING, _BENGALI_SPELLING, _HOOKED_LETTER, _han_fold()[1],
               _ETHIOPIC_SPELLING)
    return compiled("[" + "".join(pattern.pattern[1:-1] for pattern in classes) + "]")


def prepare(text: str) -> str:
    """Text as the automaton reads it: look-alike letters folded, apostrophes plain (same length).

    >>> prepare("CК SКJ, БСП-a, Spaak’s")
    "CK SKJ, БСП-а, Spaak's"

    A hyphenated case ending typed in the other script (`БСП-a`) is folded too,
    `ё` is read as `е` (Russian prints it or not: `Хрущёв`, `Хрущев`), and
    Greek letters lose their accents and breathings (`fold_greek`).
    """
    if not _any_folded().search(text):  # (a run in none of the scripts below: one scan, not one for each)
        return normalise(text)
    # Folding only changes words that mix scripts; most text has no Cyrillic at all.
    if _CYRILLIC.search(text):
        text = _fold_mixed_words(text)
        text = _MIXED_ENDING.sub(lambda m: "-" + m.group(1).translate(_ENDING_TO_CYR), text)
        text = text.translate(_YO).translate(_CYRILLIC_ADDED)
    if _GREEK.search(text):  # accents move in Greek declension (`Φιλελεύθεροι`, `Φιλελευθέρων`), capitals drop them
        text = fold_greek(text)
    if _FULL_WIDTH.search(text):  # Japanese and Chinese type Latin letters and digits full width (`ＧＨＱ`)
        text = text.translate(_FULL_WIDTH_TO_ASCII)
    if _DEVANAGARI_SPELLING.search(text):  # Hindi spells a name `गाँधी` or `गांधी`, `नेहरू` or `नेहरु`, `आज़ाद` or `आजाद`
        text = text.translate(_DEVANAGARI_FOLD)
    if _BENGALI_SPELLING.search(text):
        text = text.translate(_BENGALI_FOLD)
    if _HOOKED_LETTER.search(text):
        text = text.translate(_HOOKED)
    han, traditional = _han_fold()
    # a Chinese text cites prints of Taiwan, Hong Kong or before 1956: `蔣介石`, `周恩來` are `蒋介石`, `周恩来`
    if traditional.search(text):
        text = text.translate(han)
    if _ETHIOPIC_SPELLING.search(text):  # Amharic spells one name `ኃይለ ሥላሴ`, `ሀይለ ስላሴ` or `ቀዳማዊ፡ኃይለ፡ሥላሴ`
        text = text.translate(_ETHIOPIC_FOLD)
    return normalise(text)


def _fold_mixed_words(text: str) -> str:
    """``_MIXED_WORD.sub(fold, text)``, trying a match only where one may begin.

    `re.sub` tries the pattern at every character: inside a long word that
    mixes no scripts each try reads to the word's end, so the word costs its
    length squared. A match that begins inside a word (after a word
    character) would also begin a character earlier, so where the try at a
    word's start fails, no try inside that word succeeds.
    """
    out, pos = [], 0
    while True:
        m = _MIXED_WORD.match(text, pos) or _MIXED_WORD_START.search(text, pos + 1)
        if m is None:
            break
        out += (text[pos:m.start()], fold_homoglyphs(m.group(0)))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
