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

Rules added for articles from other languages (each is one function below):

- Russian (and other non-Serbian) Cyrillic names are declined by a Russian
  suffix grammar, not through Serbian Latin (`decline_russian`: `Хрущёв` →
  `Хрущёва`, `Хрущёвым`; `Берия` → `Берии`; `Кардель` → `Карделем`); a name
  with Serbian-only letters (ј љ њ ћ ђ џ) keeps the Serbian rules, a name
  with Russian-only letters (ё ы э ъ ь й щ я ю) gets the Russian ones, a name
  with neither gets both (`cyrillic_language`). `ё` and `е` are the same
  letter for matching (`histkit.actors.prepare` folds them).
- A name with a patronymic (`Никита Сергеевич Хрущёв`) is also found as
  given name and patronymic (`Никиты Сергеевича`).
- Initials stand for the given names: `E. Bevin`, `Н.С. Хрущёва`,
  `Н. С. Хрущёва`, and the bibliographic order `Хрущёв Н.С.`
  (`initials_forms`).
- Gender: the authority's, else a patronymic or a gendered (Russian-type)
  surname; a given name on -a with a surname that does not show the gender
  (`Mitja Ribičič`, `Vida Tomšič`) gets both the man's and the woman's case
  forms (`gender_of`).
- The `-s` genitive and plural of a name in Latin script: `Adenauers`,
  `Titos`, `the Bevins` (`s_forms`).
- Lower-case particles: a sentence may begin with them capitalised
  (`De Gaulle`, `Van Zeeland`); German `von`/`zu` fall away before the
  surname alone (`Brentano`, `Brentanos`) (`particle_forms`).
- Names in capitals, as article titles and headings print them (`ХРУЩЁВ`,
  `TITA`): the full name and surname forms of a person in upper case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cyrtranslit

from ..text import is_cyrillic, script_of, strip_diacritics

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
_RUSSIAN_ONLY = set("ёыэъьйщяюЁЫЭЪЬЙЩЯЮ")
_SERBIAN_ONLY = set("јљњћђџЈЉЊЋЂЏ")
#: Particles that German drops before the surname alone (`Heinrich von Brentano` → `Brentano`).
DROPPED_PARTICLES = frozenset({"von", "vom", "zu", "von der", "von und zu"})
#: Endings of a patronymic: a man's, a woman's.
_PATRONYMIC_M = ("ович", "евич", "ич", "ovich", "evich", "ovič", "evič", "owitsch", "ewitsch")
_PATRONYMIC_F = ("овна", "евна", "ична", "инична", "ovna", "evna", "ichna", "ična")
#: Surname endings that show the gender in Russian, Polish, Czech, Bulgarian (man's, woman's).
_SURNAME_M = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ov", "ev", "in", "sky", "ski", "skij", "ow", "ew")
_SURNAME_F = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ova", "eva", "ina", "ská", "ska", "skaya", "ová")
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


def split_name(name: str, family: str = "") -> tuple[list[str], list[str]]:
    """Given names and family name of a person's name.

    >>> split_name("William Van Remoortel"), split_name("Pierre Mendès France", family="Mendès France")
    ((['William'], ['Van', 'Remoortel']), (['Pierre'], ['Mendès', 'France']))

    ``family``, when the name ends with it, is the family name (a double
    surname without a hyphen: `Mendès France`, `Gordon Walker`). Otherwise
    the family name starts at the first particle (van, de, von, ...) after
    the first word, or it is the last word.
    """
    tokens = name.split()
    n = len(family.split())
    if family and 0 < n < len(tokens) and tokens[-n:] == family.split():
        return tokens[:-n], tokens[-n:]
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


#: Polish locative/dative softening of a stem's last consonant(s) before -e (`Bierut` → `Bierucie`).
_POLISH_SOFT = (("st", "ście"), ("sł", "śle"), ("ch", "sze"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("t", "cie"),
                ("d", "dzie"), ("ł", "le"), ("b", "bie"), ("p", "pie"), ("m", "mie"), ("n", "nie"), ("w", "wie"),
                ("f", "fie"), ("s", "sie"), ("z", "zie"))
#: Polish stems whose locative takes -u instead (hard velars and the soft/hardened consonants).
_POLISH_U_LOCATIVE = ("k", "g", "ch", "cz", "sz", "rz", "ż", "c", "dz", "j", "l", "ń", "ć", "ś", "ź")


def polish_forms(word: str, gender: str = "m") -> dict[str, str]:
    """Polish case forms of a Latin-script name word that the Serbian grammar does not make.

    >>> polish_forms("Gomułka")["instrumental"], polish_forms("Gomułka")["lokativ"]
    ('Gomułką', 'Gomułce')
    >>> polish_forms("Bierut")["lokativ"], polish_forms("Cyrankiewicz")["dativ"]
    ('Bierucie', 'Cyrankiewiczowi')

    Nouns on -a (men's too: `Gomułka`, `Gomułki`, `Gomułce`, `Gomułkę`,
    `Gomułką`), men's names on a consonant (`-owi`, `-em`, the softened
    locative), adjectival names on -ski/-cki (`Rokossowskiego`,
    `-skiemu`, `-skim`). Only forms that differ from the word.
    """
    low = word.lower()
    if len(word) < 3 or is_cyrillic(word[0]) or not word[-1].isalpha():
        return {}
    out: dict[str, str] = {}
    if low.endswith(("ski", "cki", "dzki")):
        stem = word[:-1]
        out = {"genitiv": stem + "iego", "dativ": stem + "iemu", "instrumental": stem + "im", "lokativ": stem + "im"}
    elif low.endswith(("ska", "cka", "dzka")) and gender == "f":
        stem = word[:-1]
        out = {"genitiv": stem + "iej", "akuzativ": stem + "ą", "instrumental": stem + "ą"}
    elif low.endswith("a"):
        stem, slow = word[:-1], low[:-1]
        gen = stem + ("i" if slow.endswith(("k", "g", "l", "j")) or slow[-1:] in "ćńśź" else "y")
        loc = next((stem[:len(stem) - len(c)] + e for c, e in _POLISH_SOFT if slow.endswith(c)), stem + "y")
        out = {"genitiv": gen, "dativ": loc, "akuzativ": stem + "ę", "instrumental": stem + "ą", "lokativ": loc}
    elif low[-1] not in "aeiouyąęó" and gender != "f":
        out = {"genitiv": word + "a", "dativ": word + "owi", "akuzativ": word + "a",
               "instrumental": word + ("iem" if low.endswith(("k", "g")) else "em")}
        if low.endswith(_POLISH_U_LOCATIVE):
            out["lokativ"] = word + "u"
        else:
            soft = next(((c, e) for c, e in _POLISH_SOFT if low.endswith(c)), None)
            if soft:
                out["lokativ"] = word[:len(word) - len(soft[0])] + soft[1]
    return {case: f for case, f in out.items() if f != word}


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


def decline_russian(word: str, gender: str = "m", family: bool = False) -> dict[str, str]:
    """Russian case forms of one name word (genitive, dative, accusative, instrumental, prepositional).

    >>> f = decline_russian("Хрущёв", "m", family=True); f["genitiv"], f["instrumental"]
    ('Хрущёва', 'Хрущёвым')
    >>> decline_russian("Берия")["akuzativ"], decline_russian("Тито")
    ('Берию', {})

    The prepositional is reported as ``lokativ``. Surnames on -ов/-ев/-ин take
    -ым (`Сталиным`), given names on a consonant -ом (`Константином`);
    adjectival surnames (-ский, -ой, -ый) decline as adjectives; words on
    -о, -е, -и, -у, -ю stay as they are (`Тито`), as do women's names on a
    consonant.
    """
    if len(word) < 2 or not is_cyrillic(word[-1]):
        return {}
    low = word.lower()
    keys = ("genitiv", "dativ", "akuzativ", "instrumental", "lokativ")

    def make(stem: str, *endings: str) -> dict[str, str]:
        return dict(zip(keys, (stem + e for e in endings)))

    hushing = "жшчщц"
    velar_or_hushing = "гкхжшчщ"
    if low.endswith("ия"):
        return make(word[:-1], "и", "и", "ю", "ей", "и")
    if low.endswith("я"):
        return make(word[:-1], "и", "е", "ю", "ей", "е")
    if low.endswith("а"):
        if gender == "f" and family and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return make(word[:-1], "ой", "ой", "у", "ой", "ой")
        if gender == "f" and low.endswith(("ская", "цкая")):
            return make(word[:-2], "ой", "ой", "ую", "ой", "ой")
        gen = "и" if low[-2:-1] in velar_or_hushing else "ы"
        return make(word[:-1], gen, "е", "у", "ой", "е")
    if gender == "f":
        return {}  # a woman's name on a consonant or -ь (`Тэтчер`) does not change
    if low.endswith(("ский", "цкий")):
        return make(word[:-2], "ого", "ому", "ого", "им", "ом")
    if family and low.endswith(("ый", "ой")):
        return make(word[:-2], "ого", "ому", "ого", "ым", "ом")
    if low.endswith("ий"):
        return make(word[:-1], "я", "ю", "я", "ем", "и")
    if low.endswith(("й", "ь")):
        return make(word[:-1], "я", "ю", "я", "ем", "е")
    if low[-1] in "оеиуюэыё":
        return {}
    if family and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return make(word, "а", "у", "а", "ым", "е")
    return make(word, "а", "у", "а", "ем" if low[-1] in hushing else "ом", "е")


def gender_of(given: list[str], family: list[str], gender: str = "") -> str:
    """``'m'``, ``'f'``, or ``'mf'`` when the name does not tell (both sets of case forms are made).

    >>> gender_of(["Mitja"], ["Ribičič"]), gender_of(["Никита", "Сергеевич"], ["Хрущёв"]), gender_of(["Vida"], ["Tomšič"], "f")
    ('mf', 'm', 'f')

    In order: the authority's gender column; a patronymic (-ович, -овна);
    a surname whose ending shows the gender (-ов/-ова, -ский/-ская); a first
    given name not on -a is a man's; a given name on -a with a surname
    that shows nothing (South-Slavic -ić, -ič, -elj) may be either
    (`Mitja`, `Nikola`, `Andrija` are men, `Vida` a woman).
    """
    if gender[:1].lower() in ("m", "f"):
        return gender[:1].lower()
    for word in given[1:]:
        low = word.lower()
        if low.endswith(_PATRONYMIC_F):
            return "f"
        if low.endswith(_PATRONYMIC_M):
            return "m"
    if family:
        low = family[-1].lower()
        if len(low) > 4 and low.endswith(_SURNAME_F):
            return "f"
        if len(low) > 4 and low.endswith(_SURNAME_M):
            return "m"
    return "mf" if guess_gender(given) == "f" else "m"


def initials_forms(given: list[str], family_forms: list[str]) -> list[str]:
    """The given names as initials before each family-name form: `E. Bevin`, `N.S. Hruščov`, `N. S. Hruščov`.

    >>> initials_forms(["Nikita", "Sergejevič"], ["Hruščov"])
    ['N. Hruščov', 'N.S. Hruščov', 'N. S. Hruščov', 'Hruščov N.', 'Hruščov N.S.', 'Hruščov N. S.']

    The family name also stands first, as bibliographies write authors
    (`Хрущёв Н.С.`), in its first (nominative) form only. A hyphenated given
    name gives hyphenated initials, as French writes them (`P.-H. Spaak`).
    """
    letters = [g[0] for g in given if g[:1].isalpha() and g[:1].isupper()]
    if not letters or not family_forms:
        return []
    heads = [letters[0] + "."]
    if len(letters) > 1:
        heads += ["".join(ch + "." for ch in letters), " ".join(ch + "." for ch in letters)]
    parts = given[0].split("-")
    if len(parts) > 1 and all(part[:1].isupper() for part in parts):  # `Paul-Henri` → `P.-H.`, `P.H.`
        heads += ["-".join(part[0] + "." for part in parts), "".join(part[0] + "." for part in parts)]
    out = [f"{h} {f}" for f in family_forms for h in heads]
    out += [f"{family_forms[0]} {h}" for h in heads]
    return out


def s_forms(text: str) -> list[str]:
    """The `-s` genitive (German, Dutch) and plural (English) of a Latin-script name: `Adenauers`, `Bevins`.

    >>> s_forms("Adenauer"), s_forms("Jaurès"), s_forms("Хрущёв")
    (['Adenauers'], [], [])
    """
    if not text or script_of(text) != "Latin" or text[-1].lower() in "sxzß'" or not text[-1].isalpha():
        return []
    return [text + "s"]


def particle_forms(family: list[str]) -> list[list[str]]:
    """Other shapes of a family name that begins with a lower-case particle.

    >>> particle_forms(["von", "Brentano"]), particle_forms(["de", "Gaulle"])
    ([['Von', 'Brentano'], ['Brentano']], [['De', 'Gaulle']])

    At the start of a sentence the particle takes a capital; German drops
    `von`/`zu` before the surname alone.
    """
    if len(family) < 2 or not family[0].islower() or family[0] not in PARTICLES:
        return []
    out = [[family[0].capitalize()] + family[1:]]
    for n in (2, 1):
        if " ".join(family[:n]) in DROPPED_PARTICLES and len(family) > n:
            out.append(family[n:])
            break
    return out


def decline_phrase(tokens: list[str], gender: str, lang: str = "", family: bool = False) -> dict[str, str]:
    """Each case form of a run of name words, every declinable word in the same case.

    >>> decline_phrase(["Josip", "Broz", "Tito"], "m")["genitiv"]
    'Josipa Broza Tita'
    >>> decline_phrase(["Никита", "Сергеевич"], "m", "ru")["genitiv"]
    'Никиты Сергеевича'

    ``lang="ru"`` uses the Russian grammar (`decline_russian`; ``family``
    says the words are a family name); otherwise the Serbian one.
    """
    if lang == "ru":
        per_token = [decline_russian(t, gender, family) if _declinable(t) else {} for t in tokens]
    else:
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


def person_variants(name: str, gender: str = "", adjectives: bool = False, lang: str = "",
                    family_name: str = "") -> list[Variant]:
    """Every variant of a person's name (in the script it is written in, Latin or Cyrillic).

    >>> [v.surface for v in person_variants("Ernest Piot") if v.rule == "inverted"][:3]
    ['Piot Ernest', 'Piota Ernesta', 'Piot Ernesta']

    Rules: ``name``; ``case`` (all words declined, or given name as written
    and family name declined: `Leo Collardom`); ``hyphen_case`` (`Ernest
    Piot-om`); ``inverted`` (family name first, as Yugoslav records write it:
    `Piot Ernestom`); ``possessive``; ``s_form`` (`Adenauers`); ``initials``
    (`E. Bevin`); ``patronymic`` (`Никита Сергеевич`); and with
    ``surname_only`` set, the same for the family name alone. ``lang="ru"``
    declines by the Russian grammar and leaves out the Serbian-only rules.
    ``family_name`` names a family name of several words (`split_name`).
    """
    given, family = split_name(name, family_name)
    russian = lang == "ru"
    g = gender_of(given, family, gender)
    genders = ("m", "f") if g == "mf" else (g,)
    out: list[Variant] = [Variant(name, "name")]
    if not given:
        for gg in genders:
            forms = decline_phrase(family, gg, lang, family=True)
            out += [Variant(f, "case") for f in forms.values()]
        if not russian:
            out += [Variant(f"{name}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
        out += [Variant(p, "possessive") for p in possessives(name)] if not russian else []
        out += [Variant(f, "s_form") for f in s_forms(name)]
        if len(family) == 1 and not russian:
            out += [Variant(f, "case") for f in polish_forms(name, genders[-1]).values()]
        if adjectives and len(family) == 1:
            out += [Variant(a, "possessive_adjective", True) for a in possessive_adjectives(name, genders[-1])]
        return out
    g_text = " ".join(given)
    g_forms = decline_phrase(given, genders[-1], lang)
    # The family name's shapes: as written, with a capital particle, without a German `von`.
    families = [family] + particle_forms(family)
    # With the gender unknown, the full name is declined as a woman's (`Vide Tomšič`) and the
    # surname alone as a man's too (`Ribičiča`): `Mitje Ribičiča` is then found as `Ribičiča`.
    family_forms: list[tuple[str, dict[str, str], bool]] = []
    for i, fam in enumerate(families):
        for gg in genders:
            full = i < 2 and gg == genders[-1]  # a dropped particle leaves the surname only
            family_forms.append((" ".join(fam), decline_phrase(fam, gg, lang, family=True), full))
    f_text, f_forms, _ = family_forms[0]
    for text, forms, full in family_forms:
        if not full:
            continue
        for case in CASES:
            gc, fc = g_forms.get(case, g_text), forms.get(case, text)
            out.append(Variant(f"{gc} {fc}", "case"))
            out.append(Variant(f"{g_text} {fc}", "case"))
            if g == "f" or g == "mf":  # a woman's family name on a consonant does not change (`Vide Tomšič`)
                out.append(Variant(f"{gc} {text}", "case"))
            out.append(Variant(f"{fc} {gc}", "inverted"))
            out.append(Variant(f"{text} {gc}", "inverted"))
    out.insert(1, Variant(f"{f_text} {g_text}", "inverted"))
    if len(given) == 1 and not russian:
        # Croatian declines two-syllable men's names on -o like women's (`Ive`, `Ivi`, `Đure`); Serbian does not.
        for case, gc in croatian_o_forms(g_text).items():
            out.append(Variant(f"{gc} {f_forms.get(case, f_text)}", "case"))
    if len(given) == 2 and given[1].lower().endswith(_PATRONYMIC_M + _PATRONYMIC_F):
        out.append(Variant(g_text, "patronymic"))
        out += [Variant(f, "patronymic") for f in g_forms.values()]
    if not russian:
        out += [Variant(f"{g_text} {f_text}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
        out += [Variant(p, "possessive") for p in possessives(name)]
    out += [Variant(f, "s_form") for f in s_forms(name)]
    for text, forms, _ in family_forms:
        out.append(Variant(text, "surname", True))
        out += [Variant(f, "surname", True) for f in forms.values()]
        out += [Variant(f, "surname", True) for f in s_forms(text)]
        if not russian:
            out += [Variant(f"{text}-{e}", "surname", True) for e in HYPHEN_ENDINGS]
            out += [Variant(p, "surname", True) for p in possessives(text)]
    if len(family) == 1 and not russian:
        kept = kept_vowel_forms(f_text)
        out += [Variant(f"{g_text} {f}", "case") for f in kept.values()]
        out += [Variant(f, "surname", True) for f in kept.values()]
        polish = polish_forms(f_text, genders[-1])
        g_polish = polish_forms(g_text, genders[-1]) if len(given) == 1 else {}
        for case, f in polish.items():
            out += [Variant(f"{g_text} {f}", "case"), Variant(f"{g_polish.get(case, g_text)} {f}", "case")]
        out += [Variant(f, "surname", True) for f in polish.values()]
    for text, forms, full in family_forms:
        if full:
            out += [Variant(f, "initials") for f in initials_forms(given, [text, *forms.values()])]
    if adjectives and len(family) == 1:
        out += [Variant(a, "possessive_adjective", True) for a in possessive_adjectives(f_text, genders[-1])]
    return out


def entity_variants(name: str, lang: str = "") -> list[Variant]:
    """Variants of an organisation's, party's, state's or institution's name.

    >>> [v.surface for v in entity_variants("PSB")][:3]
    ['PSB', 'PSB-a', 'PSB-u']

    Abbreviations take hyphenated endings (`NATO-u`); a one-word name is
    declined like a noun (`Jugoslavija` → `Jugoslaviji`; with ``lang="ru"``
    by the Russian grammar, `Югославия` → `Югославией`); longer names only
    get the possessive (list inflected forms of long names as aliases).
    """
    out = [Variant(name, "name")]
    tokens = name.split()
    if lang == "ru":
        if len(tokens) == 1 and not is_abbreviation(name) and _declinable(name):
            gender = "f" if name[-1:].lower() in ("а", "я") else "m"
            out += [Variant(f, "case") for f in decline_russian(name, gender).values()]
        return out
    if len(tokens) == 1 and is_abbreviation(name):
        out += [Variant(f"{name}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
    elif len(tokens) == 1 and _declinable(name):
        gender = "f" if name[-1:].lower() in ("a", "а") else "m"
        out += [Variant(f, "case") for _, f in decline_word(name, gender)]
        out += [Variant(f, "case") for f in kept_vowel_forms(name).values()]
    out += [Variant(p, "possessive") for p in possessives(name)]
    return out


def variants(name: str, kind: str = "person", gender: str = "", adjectives: bool = False,
             family: str = "") -> list[Variant]:
    """All variants of one name or alias, in both scripts and with and without diacritics, without repeats.

    >>> {"Djilas", "Dilas", "Ђилас", "Đilasa", "Ђиласа"} <= {v.surface for v in variants("Đilas")}
    True

    The first variant of each string wins (so ``name`` beats ``case`` when a
    case form happens to equal the name). Russian Cyrillic is declined as
    Russian and not transliterated; Cyrillic that could be Serbian or
    Russian (`Молотов`) gets the forms of both. A person's name and
    surname forms are also made in capitals (`TITA`, `ХРУЩЁВ`). ``family``
    is a person's family name when it has several words (`Mendès France`).
    """
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name:
        return []
    seen: dict[str, Variant] = {}

    def add(surface: str, rule: str, surname_only: bool) -> None:
        surface = normalise(surface)
        if surface and surface not in seen:
            seen[surface] = Variant(surface, rule, surname_only)

    def make(text: str, lang: str = "") -> list[Variant]:
        if kind == "person":
            return person_variants(text, gender, adjectives, lang, family if lang == "ru" else to_latin(family))
        return entity_variants(text, lang)

    cyrillic = any(is_cyrillic(ch) for ch in name)
    lang = cyrillic_language(name) if cyrillic else ""
    if lang == "ru":
        for v in make(name, "ru"):
            add(v.surface, v.rule, v.surname_only)
    else:
        latin = to_latin(name)
        base = make(latin)
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
        if cyrillic:  # no letter tells Serbian from Russian: the Russian forms too
            for v in make(name, "ru"):
                add(v.surface, v.rule, v.surname_only)
    if kind == "person":
        for v in list(seen.values()):
            letters = sum(ch.isalpha() for ch in v.surface)
            one_word_case = v.rule == "case" and " " not in v.surface  # `TITA` from the alias `Tito`
            if (v.rule in _CAPITALS_RULES or one_word_case) and letters >= 4 and "'" not in v.surface \
                    and not v.surface.isupper():
                add(v.surface.upper(), v.rule, v.surname_only)
    return list(seen.values())


#: Rules whose forms are also made in capitals (titles and headings print names so).
_CAPITALS_RULES = frozenset({"name", "script", "diacritics", "surname"})
