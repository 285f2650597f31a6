"""Script conversion for name variants: Serbian Latin ↔ Cyrillic, diacritics, apostrophes.

Also the one-letter-for-one Cyrillic image of a Latin word, through which the
Serbian grammar declines foreign spellings, and the way back to the spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cyrtranslit

from ...data import data_rows
from ...text import is_cyrillic, script_of, strip_diacritics
from ...patterns import compiled

_RUSSIAN_ONLY = set("ёыэъьйщяюЁЫЭЪЬЙЩЯЮ")
_SERBIAN_ONLY = set("јљњћђџЈЉЊЋЂЏ")
_SERBIAN_LATIN = set("abcčćdđefghijklmnoprsštuvzž")
_LAT_TO_CYR_1TO1 = str.maketrans(
    "abcčćdđefghijklmnoprsštuvzžqwxy",
    "абцчћдђефгхијклмнопрсштувзжквки",
)
_CYR_TO_LAT_1TO1 = {
    "а": "a", "б": "b", "ц": "c", "ч": "č", "ћ": "ć", "д": "d", "ђ": "đ", "е": "e", "ф": "f",
    "г": "g", "х": "h", "и": "i", "ј": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "ш": "š", "т": "t", "у": "u", "в": "v", "з": "z", "ж": "ž",
    "љ": "lj", "њ": "nj", "џ": "dž",
}
_APOSTROPHES = "’‘ʼʻ`´"
_NUKTA = "\u093c"
#: Letters of the scripts written without spaces between words: Han, kana, Thai, Lao, Myanmar, Khmer.
UNSPACED_LETTER = compiled("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
                           "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_NOT_SERBIAN_ASCII = compiled("[qwxyQWXY]")
_ASCII_LETTER = compiled("[A-Za-z]")
_WORDS = compiled(r"(\W+)")
#: Serbian letters a Latin word keeps in its Cyrillic image (other accented letters lose the accent).
_LAT_TO_CYR_SERBIAN = {
    "č": "ч", "ć": "ћ", "š": "ш", "ž": "ж", "Č": "Ч", "Ć": "Ћ", "Š": "Ш", "Ž": "Ж", "Đ": "Ђ", "đ": "ђ",
}


def normalise(text: str) -> str:
    """Typographic apostrophes made plain (one character each), for matching.

    >>> normalise("Spaak’s")
    "Spaak's"
    """
    # one `replace` per kind present: faster than `translate`'s per-character lookups on long text
    for ch in _APOSTROPHES:
        if ch in text:
            text = text.replace(ch, "'")
    return text


def is_serbian_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a letter of the Serbian Latin alphabet.

    >>> is_serbian_latin("Đilas"), is_serbian_latin("Walter")
    (True, False)
    """
    if text.isascii():
        return _NOT_SERBIAN_ASCII.search(text) is None
    return all(ch.lower() in _SERBIAN_LATIN for ch in text if ch.isalpha())


def to_cyrillic(text: str) -> str | None:
    """Serbian Cyrillic for a Latin name written only with Serbian letters, else ``None``.

    >>> to_cyrillic("Ljubo Đurić"), to_cyrillic("NJEGOŠ"), to_cyrillic("Walter")
    ('Љубо Ђурић', 'ЊЕГОШ', None)

    Names with q, w, x, y or foreign accents are left alone: a letter-by-letter
    transcription of `Spaak` or `Collard` is not how Serbian writes them
    (list the Serbian transcription as an alias instead).
    """
    if text.isascii():
        # an ASCII text of Serbian letters only is Latin by its letters: no need to count scripts
        if _ASCII_LETTER.search(text) is None or _NOT_SERBIAN_ASCII.search(text) is not None:
            return None
    elif not any(ch.isalpha() for ch in text) or not is_serbian_latin(text) or script_of(text) != "Latin":
        return None
    return "".join(map(_word_to_cyrillic, _WORDS.split(text)))


@lru_cache(maxsize=100_000)
def _word_to_cyrillic(word: str) -> str:
    """One word (or the text between words) in Serbian Cyrillic; the same words recur in many variants."""
    # cyrtranslit reads `LJ`/`NJ` in capitals as two letters; transliterate each word in title case.
    if word.isupper() and len(word) > 1:
        return cyrtranslit.to_cyrillic(word.title(), "sr").upper()
    return cyrtranslit.to_cyrillic(word, "sr")


def to_latin(text: str) -> str:
    """Serbian Latin for Serbian Cyrillic (other text unchanged).

    >>> to_latin("Милован Ђилас"), to_latin("ЉУБОДРАГ")
    ('Milovan Đilas', 'LJUBODRAG')
    """
    if not any(is_cyrillic(ch) for ch in text):
        return text
    words = []
    for word in re.split(r"(\W+)", text):
        latin = cyrtranslit.to_latin(word, "sr")
        words.append(latin.upper() if word.isupper() and len(word) > 1 else latin)
    return "".join(words)


_STROKED = str.maketrans("ŁłØøĦħŦŧ", "LlOoHhTt")


@lru_cache(maxsize=1)
def _letter_spellings() -> tuple[tuple[str, str], ...]:
    """(letter, spelling) of `letter_spellings.csv`: how print without the letter spells it (German `ä` as `ae`,
    Danish `ø` as `oe`, Dutch `IJ` as `Ij` or `Y`), and how older print spells a name spelt so (`Boetticher` as
    `Bötticher`), in the file's order."""
    return tuple((r["letter"].strip(), r["spelling"].strip()) for r in data_rows("actors", "letter_spellings.csv"))


def spelled_out(text: str) -> list[str]:
    """``text`` with each letter of `letter_spellings.csv` it holds spelt out, one row at a time and all at once.

    >>> spelled_out("Krämer"), spelled_out("IJzerman"), spelled_out("Müller-Bär")
    (['Kraemer'], ['Ijzerman', 'Yzerman'], ['Müller-Baer', 'Mueller-Bär', 'Mueller-Baer'])

    A name so spelt is the same name (a typewriter's `Kraemer`, an English note's `Mueller`, the older Dutch
    `Yzerman`); where a letter has several spellings, the all-at-once form takes the first.
    """
    rows = [(letter, spelling) for letter, spelling in _letter_spellings() if letter in text]
    out = [text.replace(letter, spelling) for letter, spelling in rows]
    every, done = text, set()
    for letter, spelling in rows:
        if letter not in done:
            every, done = every.replace(letter, spelling), done | {letter}
    out.append(every)
    return [f for f in dict.fromkeys(out) if f != text]


def diacritic_variants(text: str) -> list[str]:
    """The forms a text without diacritics may use: `Đ` as `Dj` and as `D`, `Č` as `C`, ...

    >>> diacritic_variants("Đilas Čolaković"), diacritic_variants("आज़ाद")
    (['Djilas Colakovic', 'Dilas Colakovic'], ['आजाद'])

    Devanagari writes the nukta of borrowed sounds or leaves it out (`आज़ाद`, `आजाद`); print without diacritics leaves
    out the ʻokina of Samoan, Hawaiian or Tongan too (`Fiamē Mataʻafa`: `Fiame Mataafa`).
    """
    if _NUKTA in text:
        return [text.replace(_NUKTA, "")]
    spelled = spelled_out(text)
    if text.isascii() and "DJj" not in text:
        return spelled  # no mark to strip and no Đ to spell: the same text
    if script_of(text) != "Latin":
        return []
    out = spelled
    dj = strip_diacritics(text.replace("Đ", "Dj").replace("đ", "dj").replace("DJj", "DJ"))
    # (letters whose stroke is no mark Unicode takes off: Polish `Ł`, Danish `Ø` are `L`, `O` without diacritics)
    bare = strip_diacritics(text.translate(_STROKED))
    okina = "\u02bb"
    for form in (dj, bare, text.replace(okina, ""), bare.replace(okina, "")):
        if form != text and form not in out:
            out.append(form)
    return out


def cyrillic_language(text: str) -> str:
    """``'ru'``, ``'sr'`` or ``''`` (Latin, or Cyrillic that could be either) by the letters only one alphabet has.

    >>> cyrillic_language("Хрущёв"), cyrillic_language("Кардељ"), cyrillic_language("Тито")
    ('ru', 'sr', '')
    """
    letters = set(text)
    if letters & _SERBIAN_ONLY:
        return "sr"
    if letters & _RUSSIAN_ONLY:
        return "ru"
    return ""


def cyrillic_image(word: str) -> str:
    """One Cyrillic letter for each Latin letter (foreign letters by their nearest Serbian one).

    >>> cyrillic_image("Collard"), cyrillic_image("Đuro")
    ('Цоллард', 'Ђуро')
    """
    return "".join(_cyrillic_letter(ch) for ch in word)


def _cyrillic_letter(ch: str) -> str:
    if ch in _LAT_TO_CYR_SERBIAN:
        return _LAT_TO_CYR_SERBIAN[ch]
    base = strip_diacritics(ch)[:1] or ch
    cyr = base.lower().translate(_LAT_TO_CYR_1TO1)
    return cyr.upper() if ch.isupper() else cyr


def restore_spelling(original: str, cyr_in: str, cyr_out: str) -> str:
    """A declined Cyrillic image carried back to the original spelling: the shared stem keeps its letters.

    >>> restore_spelling("Collard", "Цоллард", "Цолларда")
    'Collarda'
    """
    n = 0
    while n < min(len(cyr_in), len(cyr_out)) and cyr_in[n].lower() == cyr_out[n].lower():
        n += 1
    tail = "".join(_CYR_TO_LAT_1TO1.get(ch.lower(), ch.lower()) for ch in cyr_out[n:])
    if original[:n].isupper() and len(original) > 1:
        tail = tail.upper()
    return original[:n] + tail
