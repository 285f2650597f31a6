"""Serbian and Croatian case endings of name words, and their possessive adjectives.

`decline_word` uses the rule-based `deklinacija` package (a small suffix
grammar when it rejects a word); Latin spellings go through their Cyrillic
image so that a foreign name keeps its letters and only the ending changes.
"""

from __future__ import annotations

from functools import lru_cache

import cyrtranslit

from ...text import is_cyrillic
from .scripts import cyrillic_image, is_serbian_latin, restore_spelling

try:  # a pure-Python rule set shipped in the package; no model, no network
    import deklinacija as _dek
    from deklinacija import Gender as _Gender
except ImportError:  # pragma: no cover - the dependency is declared; keep working without it
    _dek = None
    _Gender = None

#: Grammatical cases other than the nominative, in the order variants are made.
CASES = ("genitiv", "dativ", "akuzativ", "instrumental", "lokativ", "vokativ")

#: Endings written after a hyphen on foreign names and abbreviations (`Spaak-a`, `NATO-u`, `Piot-om`).
HYPHEN_ENDINGS = ("a", "u", "om", "em", "e")

#: Endings of the Serbian/Croatian possessive adjective (`Titov`, `Titova`, `Titovom`, ...).
POSSESSIVE_ADJECTIVE_ENDINGS = ("", "a", "o", "e", "i", "u", "om", "im", "og", "oj", "ih", "ima")


def _decline_word_fallback(word: str, gender: str) -> dict[str, str]:
    """A small suffix grammar for when `deklinacija` cannot take a word."""
    low = word.lower()
    if gender == "f":
        if low.endswith("a"):
            stem = word[:-1]
            return {"genitiv": stem + "e", "dativ": stem + "i", "akuzativ": stem + "u",
                    "instrumental": stem + "om", "lokativ": stem + "i", "vokativ": stem + "o"}
        return {}
    if low.endswith(("a", "o")):
        stem = word[:-1]
        return {"genitiv": stem + ("e" if low.endswith("a") else "a"), "dativ": stem + ("i" if low.endswith("a") else "u"),
                "akuzativ": stem + ("u" if low.endswith("a") else "a"), "instrumental": stem + "om",
                "lokativ": stem + ("i" if low.endswith("a") else "u"), "vokativ": word}
    if low.endswith(("e", "i", "u", "y")):
        return {}
    palatal = low.endswith(("j", "ć", "č", "š", "ž", "đ", "c"))
    return {"genitiv": word + "a", "dativ": word + "u", "akuzativ": word + "a",
            "instrumental": word + ("em" if palatal else "om"), "lokativ": word + "u", "vokativ": word + "e"}


@lru_cache(maxsize=200_000)
def decline_word(word: str, gender: str = "m") -> tuple[tuple[str, str], ...]:
    """The six oblique case forms of one name word, as ``(case, form)`` pairs.

    >>> dict(decline_word("Larok"))["instrumental"], dict(decline_word("Koča", "m"))["genitiv"]
    ('Larokom', 'Koče')

    Uses `deklinacija` (Serbian rules: fleeting a, -ić → -ićem, feminine
    surnames on a consonant stay as they are); a word it rejects gets the
    fallback suffix grammar. Latin words are declined through a one-letter-for-
    one Cyrillic image so that foreign spellings (`Collard`, `Max`) keep their
    letters and only the ending changes.
    """
    if not word or not word[0].isalpha() or (len(word) < 3 and not is_cyrillic(word[0])):
        return ()
    cyrillic = is_cyrillic(word[0])
    image = word if cyrillic else cyrillic_image(word)
    forms: dict[str, str] = {}
    if _dek is not None and len(image) >= 3:
        try:
            g = _Gender.FEMALE if gender == "f" else _Gender.MALE
            for case in CASES:
                out = getattr(_dek, case)(image, g)
                forms[case] = out if cyrillic else restore_spelling(word, image, out)
        except Exception:  # deklinacija rejects some shapes; the fallback covers them
            forms = {}
    if not forms:
        forms = _decline_word_fallback(word, gender)
    if not cyrillic and not is_serbian_latin(word):
        # Serbian palatalises the vocative by sound (`Joseph` → `Josepše`), which spelling cannot follow.
        forms.pop("vokativ", None)
    return tuple((case, forms[case]) for case in CASES if case in forms and forms[case] != word)


def kept_vowel_forms(word: str) -> dict[str, str]:
    """Case forms of a foreign name on -o or -e that keep the vowel: `Brako` → `Brakoa`, `Brakoom`.

    >>> kept_vowel_forms("Brako")["instrumental"]
    'Brakoom'
    """
    if len(word) < 3 or word[-1].lower() not in ("o", "e", "é", "о", "е"):
        return {}
    cyr = is_cyrillic(word[-1])
    forms = {"genitiv": "а", "dativ": "у", "instrumental": "ом"} if cyr else {"genitiv": "a", "dativ": "u", "instrumental": "om"}
    return {case: word + ending for case, ending in forms.items()}


def croatian_o_forms(word: str) -> dict[str, str]:
    """Croatian case forms of a man's given name on -o: `Ivo` → `Ive`, `Ivi`, `Ivu`, `Ivom`.

    >>> croatian_o_forms("Đuro")["genitiv"], croatian_o_forms("Marko")
    ('Đure', {})

    Only two-syllable names whose -o follows one consonant other than k
    (`Marko`, `Janko` keep the Serbian pattern in both languages).
    """
    low = word.lower()
    vowels = sum(ch in "aeiouаеиоу" for ch in low)
    if len(word) < 3 or low[-1] not in ("o", "о") or vowels != 2 or low[-2] in "aeiouаеиоукk":
        return {}
    cyr = is_cyrillic(word[-1])
    endings = {"genitiv": "е", "dativ": "и", "akuzativ": "у", "instrumental": "ом", "lokativ": "и"} if cyr else \
        {"genitiv": "e", "dativ": "i", "akuzativ": "u", "instrumental": "om", "lokativ": "i"}
    return {case: word[:-1] + e for case, e in endings.items()}


def possessive_adjectives(word: str, gender: str = "m") -> list[str]:
    """Serbian/Croatian possessive adjectives of a family name: `Titov`, `Titova`, `Kardeljev`, `Marijin`.

    >>> possessive_adjectives("Tito")[:3], possessive_adjectives("Bakarić")[1]
    (['Titov', 'Titova', 'Titovo'], 'Bakarićeva')

    Off by default in matching: the same forms name places and streets
    (`Titov Veles`, `Titovo Užice`).
    """
    low = word.lower()
    if gender == "f" and low.endswith(("a", "а")):
        stem = word[:-1] + ("ин" if is_cyrillic(word[-1]) else "in")
    elif low.endswith(("o", "a", "о", "а")):
        stem = word[:-1] + ("ов" if is_cyrillic(word[-1]) else "ov")
    elif low.endswith(("j", "ć", "č", "š", "ž", "đ", "c", "ј", "ћ", "ч", "ш", "ж", "ђ", "ц", "љ", "њ", "џ")):
        stem = word + ("ев" if is_cyrillic(word[-1]) else "ev")
    else:
        stem = word + ("ов" if is_cyrillic(word[-1]) else "ov")
    endings = POSSESSIVE_ADJECTIVE_ENDINGS
    if is_cyrillic(word[-1]):
        endings = tuple(cyrtranslit.to_cyrillic(e, "sr") for e in endings)
    return [stem + e for e in endings]
