"""Spelling variants of actor names, so an authority file lists each actor once.

From one canonical name or alias this module makes the forms a South-Slavic
or Western text uses for it: Latin ↔ Serbian Cyrillic (`cyrtranslit`), with
and without diacritics (`Đilas`, `Djilas`, `Dilas`), Serbian/Croatian case
endings on given and family names (`Milovana Đilasa`, `Viktorom Larokom`,
via the rule-based `deklinacija` package, with a small suffix grammar as the
fallback), hyphenated endings after foreign names and abbreviations
(`Spaak-a`, `PSB-u`), English possessives (`Spaak’s`), inverted order
(`Piot Ernestom`) and the surname alone. Each variant carries the name of
the rule that made it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cyrtranslit

from .text import is_cyrillic, script_of, strip_diacritics

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

#: Words that start a family name rather than end the given names (`William Van Remoortel`).
PARTICLES = frozenset(
    "van von der den de del della di da du dos le la ten ter vom zu st. saint mac".split()
)

_ROMAN = re.compile(r"^[IVXL]+\.?$")
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
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@dataclass(frozen=True)
class Variant:
    """One spelling of an actor's name: the string, the rule that made it, and whether it is the surname alone."""

    surface: str
    rule: str
    surname_only: bool = False


def normalise(text: str) -> str:
    """Typographic apostrophes made plain (one character each), for matching.

    >>> normalise("Spaak’s")
    "Spaak's"
    """
    return text.translate(_APOSTROPHES)


def is_abbreviation(token: str) -> bool:
    """A token written in capitals (and digits), such as `PSB`, `SSRNJ`, `NATO`.

    >>> is_abbreviation("PSB"), is_abbreviation("Tito")
    (True, False)
    """
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def split_name(name: str) -> tuple[list[str], list[str]]:
    """Given names and family name of a person's name.

    >>> split_name("William Van Remoortel")
    (['William'], ['Van', 'Remoortel'])

    The family name starts at the first particle (van, de, von, ...) after the
    first word, otherwise it is the last word.
    """
    tokens = name.split()
    if len(tokens) < 2 or _ROMAN.match(tokens[-1]):
        return [], tokens  # one name, or a regnal name (`Léopold III`): no family name to use alone
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower() in PARTICLES:
            return tokens[:i], tokens[i:]
    return tokens[:-1], tokens[-1:]


def guess_gender(given: list[str], gender: str = "") -> str:
    """``'m'`` or ``'f'``: the authority's value, else female when the first given name ends in -a.

    >>> guess_gender(["Marija"]), guess_gender(["Koča"], "m")
    ('f', 'm')
    """
    if gender[:1].lower() in ("m", "f"):
        return gender[:1].lower()
    if given and given[0][-1:].lower() in ("a", "а"):
        return "f"
    return "m"


# --- scripts -------------------------------------------------------------------------

def _is_serbian_latin(text: str) -> bool:
    return all(ch.lower() in _SERBIAN_LATIN for ch in text if ch.isalpha())


def to_cyrillic(text: str) -> str | None:
    """Serbian Cyrillic for a Latin name written only with Serbian letters, else ``None``.

    >>> to_cyrillic("Ljubo Đurić"), to_cyrillic("NJEGOŠ"), to_cyrillic("Walter")
    ('Љубо Ђурић', 'ЊЕГОШ', None)

    Names with q, w, x, y or foreign accents are left alone: a letter-by-letter
    transcription of `Spaak` or `Collard` is not how Serbian writes them
    (list the Serbian transcription as an alias instead).
    """
    if not any(ch.isalpha() for ch in text) or not _is_serbian_latin(text) or script_of(text) != "Latin":
        return None
    # cyrtranslit reads `LJ`/`NJ` in capitals as two letters; transliterate each word in title case.
    words = []
    for word in re.split(r"(\W+)", text):
        if word.isupper() and len(word) > 1:
            words.append(cyrtranslit.to_cyrillic(word.title(), "sr").upper())
        else:
            words.append(cyrtranslit.to_cyrillic(word, "sr"))
    return "".join(words)


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


def diacritic_variants(text: str) -> list[str]:
    """The forms a text without diacritics may use: `Đ` as `Dj` and as `D`, `Č` as `C`, ...

    >>> diacritic_variants("Đilas Čolaković")
    ['Djilas Colakovic', 'Dilas Colakovic']
    """
    if script_of(text) != "Latin":
        return []
    out = []
    dj = strip_diacritics(text.replace("Đ", "Dj").replace("đ", "dj").replace("DJj", "DJ"))
    bare = strip_diacritics(text)
    for form in (dj, bare):
        if form != text and form not in out:
            out.append(form)
    return out


# --- case endings ----------------------------------------------------------------------

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


def _restore(original: str, cyr_in: str, cyr_out: str) -> str:
    """Carry a declined Cyrillic form back to the original spelling: the shared stem keeps its letters."""
    n = 0
    while n < min(len(cyr_in), len(cyr_out)) and cyr_in[n].lower() == cyr_out[n].lower():
        n += 1
    tail = "".join(_CYR_TO_LAT_1TO1.get(ch.lower(), ch.lower()) for ch in cyr_out[n:])
    if original[:n].isupper() and len(original) > 1:
        tail = tail.upper()
    return original[:n] + tail


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
    if cyrillic:
        image = word
    else:
        image = "".join(_cyrillic_image(ch) for ch in word)
    forms: dict[str, str] = {}
    if _dek is not None and len(image) >= 3:
        try:
            g = _Gender.FEMALE if gender == "f" else _Gender.MALE
            for case in CASES:
                out = getattr(_dek, case)(image, g)
                forms[case] = out if cyrillic else _restore(word, image, out)
        except Exception:  # deklinacija rejects some shapes; the fallback covers them
            forms = {}
    if not forms:
        forms = _decline_word_fallback(word, gender)
    if not cyrillic and not _is_serbian_latin(word):
        # Serbian palatalises the vocative by sound (`Joseph` → `Josepše`), which spelling cannot follow.
        forms.pop("vokativ", None)
    return tuple((case, forms[case]) for case in CASES if case in forms and forms[case] != word)


_LAT_TO_CYR_SERBIAN = {
    "č": "ч", "ć": "ћ", "š": "ш", "ž": "ж", "Č": "Ч", "Ć": "Ћ", "Š": "Ш", "Ž": "Ж", "Đ": "Ђ", "đ": "ђ",
}


def _cyrillic_image(ch: str) -> str:
    """One Cyrillic letter for one Latin letter (foreign letters by their nearest Serbian one)."""
    if ch in _LAT_TO_CYR_SERBIAN:
        return _LAT_TO_CYR_SERBIAN[ch]
    base = strip_diacritics(ch)[:1] or ch
    cyr = base.lower().translate(_LAT_TO_CYR_1TO1)
    return cyr.upper() if ch.isupper() else cyr


def _declinable(token: str) -> bool:
    return token[:1].isalpha() and token[:1].isupper() and not is_abbreviation(token) and token.lower() not in PARTICLES


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


def decline_phrase(tokens: list[str], gender: str) -> dict[str, str]:
    """Each case form of a run of name words, every declinable word in the same case.

    >>> decline_phrase(["Josip", "Broz", "Tito"], "m")["genitiv"]
    'Josipa Broza Tita'
    """
    per_token = [dict(decline_word(t, gender)) if _declinable(t) else {} for t in tokens]
    out = {}
    for case in CASES:
        words = [forms.get(case, t) for t, forms in zip(tokens, per_token)]
        phrase = " ".join(words)
        if phrase != " ".join(tokens):
            out[case] = phrase
    return out


# --- variants of one name -------------------------------------------------------------------

def possessives(text: str) -> list[str]:
    """English possessives: `Spaak's`, and `Đilas'` beside `Đilas's` after an s.

    >>> possessives("Đilas")
    ["Đilas's", "Đilas'"]
    """
    out = [text + "'s"]
    if text[-1:].lower() in ("s", "x", "z"):
        out.append(text + "'")
    return out


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


def person_variants(name: str, gender: str = "", adjectives: bool = False) -> list[Variant]:
    """Every variant of a person's name (in the script it is written in, Latin or Cyrillic).

    >>> [v.surface for v in person_variants("Ernest Piot") if v.rule == "inverted"][:3]
    ['Piot Ernest', 'Piota Ernesta', 'Piot Ernesta']

    Rules: ``name``; ``case`` (all words declined, or given name as written
    and family name declined: `Leo Collardom`); ``hyphen_case`` (`Ernest
    Piot-om`); ``inverted`` (family name first, as Yugoslav records write it:
    `Piot Ernestom`); ``possessive``; and with ``surname_only`` set, the same
    for the family name alone.
    """
    tokens = name.split()
    given, family = split_name(name)
    g = guess_gender(given, gender)
    out: list[Variant] = [Variant(name, "name")]
    if not given:
        forms = decline_phrase(family, g)
        out += [Variant(f, "case") for f in forms.values()]
        out += [Variant(f"{name}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
        out += [Variant(p, "possessive") for p in possessives(name)]
        if adjectives and len(family) == 1:
            out += [Variant(a, "possessive_adjective", True) for a in possessive_adjectives(name, g)]
        return out
    g_text, f_text = " ".join(given), " ".join(family)
    g_forms, f_forms = decline_phrase(given, g), decline_phrase(family, g)
    for case in CASES:
        gc, fc = g_forms.get(case, g_text), f_forms.get(case, f_text)
        out.append(Variant(f"{gc} {fc}", "case"))
        out.append(Variant(f"{g_text} {fc}", "case"))
        out.append(Variant(f"{fc} {gc}", "inverted"))
        out.append(Variant(f"{f_text} {gc}", "inverted"))
    out.insert(1, Variant(f"{f_text} {g_text}", "inverted"))
    if len(given) == 1:
        # Croatian declines two-syllable men's names on -o like women's (`Ive`, `Ivi`, `Đure`); Serbian does not.
        for case, gc in croatian_o_forms(g_text).items():
            out.append(Variant(f"{gc} {f_forms.get(case, f_text)}", "case"))
    out += [Variant(f"{g_text} {f_text}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
    out += [Variant(p, "possessive") for p in possessives(name)]
    out.append(Variant(f_text, "surname", True))
    out += [Variant(f, "surname", True) for f in f_forms.values()]
    if len(family) == 1:
        kept = kept_vowel_forms(f_text)
        out += [Variant(f"{g_text} {f}", "case") for f in kept.values()]
        out += [Variant(f, "surname", True) for f in kept.values()]
    out += [Variant(f"{f_text}-{e}", "surname", True) for e in HYPHEN_ENDINGS]
    out += [Variant(p, "surname", True) for p in possessives(f_text)]
    if adjectives and len(family) == 1:
        out += [Variant(a, "possessive_adjective", True) for a in possessive_adjectives(f_text, g)]
    return out


def entity_variants(name: str) -> list[Variant]:
    """Variants of an organisation's, party's, state's or institution's name.

    >>> [v.surface for v in entity_variants("PSB")][:3]
    ['PSB', 'PSB-a', 'PSB-u']

    Abbreviations take hyphenated endings (`NATO-u`); a one-word name is
    declined like a noun (`Jugoslavija` → `Jugoslaviji`); longer names only
    get the possessive (list inflected forms of long names as aliases).
    """
    out = [Variant(name, "name")]
    tokens = name.split()
    if len(tokens) == 1 and is_abbreviation(name):
        out += [Variant(f"{name}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
    elif len(tokens) == 1 and _declinable(name):
        gender = "f" if name[-1:].lower() in ("a", "а") else "m"
        out += [Variant(f, "case") for _, f in decline_word(name, gender)]
        out += [Variant(f, "case") for f in kept_vowel_forms(name).values()]
    out += [Variant(p, "possessive") for p in possessives(name)]
    return out


def variants(name: str, kind: str = "person", gender: str = "", adjectives: bool = False) -> list[Variant]:
    """All variants of one name or alias, in both scripts and with and without diacritics, without repeats.

    >>> {"Djilas", "Dilas", "Ђилас", "Đilasa", "Ђиласа"} <= {v.surface for v in variants("Đilas")}
    True

    The first variant of each string wins (so ``name`` beats ``case`` when a
    case form happens to equal the name).
    """
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name:
        return []
    latin = to_latin(name)
    base = person_variants(latin, gender, adjectives) if kind == "person" else entity_variants(latin)
    seen: dict[str, Variant] = {}

    def add(surface: str, rule: str, surname_only: bool) -> None:
        surface = normalise(surface)
        if surface and surface not in seen:
            seen[surface] = Variant(surface, rule, surname_only)

    if latin != name:
        add(name, "name", False)
    for v in base:
        add(v.surface, "script" if latin != name and v.rule == "name" else v.rule, v.surname_only)
    for v in base:
        for form in diacritic_variants(v.surface):
            add(form, "diacritics" if v.rule in ("name", "script") else v.rule, v.surname_only)
    for v in base:
        if "'" in v.surface:
            continue  # English possessives have no Cyrillic form
        cyr = to_cyrillic(v.surface)
        if cyr:
            add(cyr, "script" if v.rule == "name" else v.rule, v.surname_only)
    return list(seen.values())
