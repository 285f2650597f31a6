"""The shape of a person's name: given and family names, gender, particles, initials, -s forms.

These rules hold whatever the language of the text; the case endings of each
language are in `serbian`, `polish` and `russian`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ...data import data_rows
from ...text import script_of
from ...patterns import compiled

#: Words that start a family name rather than end the given names (`William Van Remoortel`).
PARTICLES = frozenset(
    "van von der den de del della di da du dos le la ten ter vom zu st. saint mac mag ó ua ní nic frá".split()
)

#: Conjunctions that join two family names into one (Spanish `Ortega y Gasset`, Catalan `Pi i Sunyer`).
_JOINERS = frozenset({"y", "i"})
#: An initial standing for a given name (`T.`, `Ž.`).
_INITIAL = compiled(r"[^\W\d_]\.")
#: A regnal number: Roman (`III`, `II.`), Greek with its keraia (`Α΄`, `Β'`) or in digits (Thai `รัชกาลที่ 7`, the
#: seventh reign), never a family name.
_ROMAN = compiled(r"^(?:[IVXL]+\.?|[ΑΒΓΔΕΖΗΘΙ][΄ʹ'’]|\d+\.?)$")
#: A regnal number in Roman numerals (`XLVIII`, German `V.`).
_REGNAL = compiled(r"^[IVXL]+\.?$")
#: Particles that German drops before the surname alone (`Heinrich von Brentano` → `Brentano`).
DROPPED_PARTICLES = frozenset({"von", "vom", "zu", "von der", "von und zu"})
#: Endings of a patronymic: a man's, a woman's.
_PATRONYMIC_M = ("ович", "евич", "ич", "ovich", "evich", "ovič", "evič", "owitsch", "ewitsch")
_PATRONYMIC_F = ("овна", "евна", "ична", "инична", "ovna", "evna", "ichna", "ična")
#: Surname endings that show the gender in Russian, Polish, Czech, Bulgarian (man's, woman's).
_SURNAME_M = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ov", "ev", "in", "sky", "ski", "skij", "ow", "ew")
_SURNAME_F = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ova", "eva", "ina", "ská", "ska", "skaya", "ová")


@lru_cache(maxsize=1)
def _family_genders() -> tuple[tuple[str, str], ...]:
    """(woman's ending, man's ending) of `family_name_genders.csv`, the longest first."""
    pairs = {(r["woman"].strip(), r["man"].strip()) for r in data_rows("actors", "family_name_genders.csv")}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def mans_family_name(word: str) -> str:
    """The man's form of a woman's family name (`family_name_genders.csv`), or ``word`` as it is.

    >>> mans_family_name("Сәлимова"), mans_family_name("Mùrawskô"), mans_family_name("Nováková")
    ('Сәлимов', 'Mùrawsczi', 'Novák')

    A brother and sister, a father and daughter, a husband and wife bear one
    family name in two genders (`Ятмаров`, `Ятмарова`).
    """
    low = word.lower()
    for woman, man in _family_genders():
        if low.endswith(woman) and len(word) >= len(woman) + 2:
            return word[:len(word) - len(woman)] + man
    return word


def is_abbreviation(token: str) -> bool:
    """A token written in capitals (and digits), such as `PSB`, `SSRNJ`, `NATO`.

    >>> is_abbreviation("PSB"), is_abbreviation("Tito")
    (True, False)
    """
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@lru_cache(maxsize=1)
def _first_names() -> frozenset:
    """The given names of `first_names.csv`, as written."""
    return frozenset(row["name"].strip() for row in data_rows("actors", "first_names.csv"))


@lru_cache(maxsize=1)
def _generations() -> frozenset:
    """The words of `generation_words.csv` (lower case) that tell a son from his father after the family name."""
    return frozenset(row["form"].strip().casefold() for row in data_rows("actors", "generation_words.csv"))


def is_regnal_number(token: str) -> bool:
    """Whether ``token`` is a ruler's number in Roman numerals, with or without the German ordinal dot.

    >>> is_regnal_number("XLVIII"), is_regnal_number("V."), is_regnal_number("Vl")
    (True, True, False)
    """
    return bool(_REGNAL.match(token))


def is_given_name(token: str) -> bool:
    """Whether ``token`` is a given name of `first_names.csv`."""
    return token in _first_names()


def is_generation_word(token: str) -> bool:
    """Whether ``token`` tells a son from his father after the family name (`jr.`, `yngri`: `generation_words.csv`)."""
    return token.casefold() in _generations()


def family_first(tokens: list[str]) -> bool:
    """Whether a name of two words gives the family name first, as Hungarian does (`Nagy Imre`).

    >>> family_first(["Rákosi", "Mátyás"]), family_first(["Imre", "Nagy"]), family_first(["Fan", "Noli"])
    (True, False, False)

    So it does when its last word is a given name of `first_names.csv` and its first word is none.
    """
    return len(tokens) == 2 and tokens[1] in _first_names() and tokens[0] not in _first_names()


@lru_cache(maxsize=1)
def _titles() -> frozenset:
    """The titles of `titles.csv` (lower case), which are no family name when they end a name."""
    return frozenset(row["form"].strip().casefold() for row in data_rows("actors", "titles.csv"))


def is_title(token: str) -> bool:
    """Whether ``token`` is a title of `titles.csv` (`Mr`, `จอมพล`, `ቀዳማዊ`), no given name where it opens a name."""
    return token.casefold() in _titles()


def split_name(name: str, family: str = "") -> tuple[list[str], list[str]]:
    """Given names and family name of a person's name.

    >>> split_name("William Van Remoortel"), split_name("Pierre Mendès France", family="Mendès France")
    ((['William'], ['Van', 'Remoortel']), (['Pierre'], ['Mendès', 'France']))

    A ruler's number before a particle (`Friedrich II. von Preußen`, `Ludwig II. von Bayern`) makes no family
    name of the land after it.

    ``family``, when the name ends with it, is the family name (a double
    surname without a hyphen: `Mendès France`, `Gordon Walker`). Otherwise
    the family name starts at the first particle (van, de, von, ...) after
    the first word (a capitalised word before it that is no given name
    starting it: `José Antonio Primo de Rivera`), or two names joined by
    `y`/`i` (`José Ortega y Gasset`), or it is the last word, with the word that tells a son
    from his father after it (`generation_words.csv`: `Drees jr.`); a
    name of two words whose last is a given name gives it first
    (`family_first`: `Nagy Imre` → given `Imre`, family `Nagy`).
    """
    tokens = name.split()
    n = len(family.split())
    if family and 0 < n < len(tokens) and tokens[-n:] == family.split():
        return tokens[:-n], tokens[-n:]
    if family_first(tokens):
        return tokens[1:], tokens[:1]
    if len(tokens) > 2 and tokens[-1].casefold() in _generations():
        return tokens[:-2], tokens[-2:]
    for i in range(2, len(tokens) - 1):
        if tokens[i] in _JOINERS and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper():
            return tokens[:i - 1], tokens[i - 1:]  # two family names joined (`Ortega y Gasset`)
    if len(tokens) < 2 or _ROMAN.match(tokens[-1]) or tokens[-1].casefold() in _titles() \
            or (tokens[-1].islower() and tokens[0][:1].isupper()):
        # one name, a regnal name (`Léopold III`) or a name and the title after it (`İsmet Paşa`, `Богд хаан`: a
        # word in lower case after a capital, where the script has capitals, is no family name): no family name
        return [], tokens
    if any(_ROMAN.match(t) and tokens[k + 1].lower() in PARTICLES for k, t in enumerate(tokens[1:-1], 1)):
        return [], tokens  # a ruler's land after his number is no family name (`Friedrich II. von Preußen`)
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower() in PARTICLES:
            # a family name before the particle (`Primo de Rivera`) is no given name
            # (an initial is a given name's: `Liam T. Mac Cosgair`)
            if i >= 2 and tokens[i - 1][:1].isupper() and tokens[i - 1] not in _first_names() \
                    and not _INITIAL.fullmatch(tokens[i - 1]):
                return tokens[:i - 1], tokens[i - 1:]
            return tokens[:i], tokens[i:]
    return tokens[:-1], tokens[-1:]


#: Marks between the given and the family name of a foreign name written in katakana (`ダグラス・マッカーサー`).
_KANA_SEPARATORS = compiled("[・＝゠=]")
#: A name in Han characters alone (`吉田茂`), `々` repeating the one before it (`佐々木`).
_HAN_NAME = compiled("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]{3,5}")


@lru_cache(maxsize=1)
def _han_family_names() -> tuple[str, ...]:
    """The family names of `han_family_names.csv` (of one, three or more characters), longest first."""
    return tuple(sorted({row["name"].strip() for row in data_rows("actors", "han_family_names.csv")}, key=len,
                        reverse=True))


def unspaced_family_name(name: str) -> str:
    """The family name of a person's name written without a space in it, or ``''``.

    >>> unspaced_family_name("ダグラス・マッカーサー"), unspaced_family_name("吉田茂"), unspaced_family_name("佐々木更三")
    ('マッカーサー', '吉田', '佐々木')

    A katakana name parts its given and family name with `・` or `＝`: the
    family name is the last part. A Japanese name in Han characters puts
    the family name first, written, as a rule, with two characters
    (`鳩山一郎`, `片山哲`); `han_family_names.csv` lists the family names of
    one character (`林`, `原`) or of three (`佐々木`, `西園寺`) that break it.
    """
    parts = _KANA_SEPARATORS.split(name)
    if len(parts) > 1 and all(parts) and " " not in name:
        return parts[-1]
    if not _HAN_NAME.fullmatch(name):
        return ""
    listed = next((f for f in _han_family_names() if name.startswith(f) and len(name) > len(f)), "")
    return listed or name[:2]


@lru_cache(maxsize=1)
def _syllable_names() -> tuple[tuple[frozenset, int], ...]:
    """(letters, least syllables) of each language of `syllable_name_letters.csv`."""
    return tuple((frozenset(row["letters"].strip().lower()), int(row["least_syllables"]))
                 for row in data_rows("actors", "syllable_name_letters.csv"))


def names_by_last_syllable(form: str, is_alias: bool) -> bool:
    """Whether the last word of a person's name or alias may stand for the person, by its language's custom.

    >>> names_by_last_syllable("Ngô Đình Diệm", False), names_by_last_syllable("Bảo Đại", False)
    (True, False)
    >>> names_by_last_syllable("Nguyễn Ái Quốc", True), names_by_last_syllable("Ernest Bevin", True)
    (False, True)

    A language whose words are syllables (Vietnamese, told by the letters of
    `syllable_name_letters.csv`) calls a person by the given name, the last
    syllable, only of a birth name of at least the listed number of
    syllables (family, middle and given name: `Diệm`); a reign or pen name
    (`Bảo Đại`, `Trường Chinh`) or an alias is not cut short, whose last
    syllable is also a common word (`Đại`, great; `Quốc`, nation).
    A name of several words in a script of `given_name_scripts.csv` is cut
    to its last word only where the file says so (`given_name_script`).
    """
    by_given_name = given_name_script(form)
    if by_given_name is not None and len(form.split()) > 1:
        return by_given_name
    letters = set(form.lower())
    for own, least in _syllable_names():
        if letters & own:
            return not is_alias and len(form.split()) >= least
    return True


@lru_cache(maxsize=1)
def _abbreviation_marks() -> dict[str, str]:
    """script → the mark that cuts a word short in it (`abbreviation_marks.csv`: Thai `ฯ`)."""
    return {row["script"].strip().upper(): row["mark"].strip() for row in data_rows("actors", "abbreviation_marks.csv")}


def cut_short_forms(word: str) -> list[str]:
    """``word`` cut short after its third character or later, before its last two, and closed by its script's
    abbreviation mark (`abbreviation_marks.csv`).

    >>> cut_short_forms("คณะราษฎร")[:3], cut_short_forms("Kekkonen")
    (['คณะฯ', 'คณะรฯ', 'คณะราฯ'], [])

    Thai writes the start of a long name and `ฯ` for the rest (`คณะฯ` for
    `คณะราษฎร`, `พิบูลฯ` for `พิบูลสงคราม`, `กรุงเทพฯ`); a cut never parts a letter from its
    vowel sign or tone mark.
    """
    first = next((ch for ch in word if ch.isalpha()), "")
    mark = _abbreviation_marks().get(unicodedata.name(first, " ").split(" ")[0]) if first else None
    if not mark or mark in word:
        return []
    return [word[:k] + mark for k in range(3, len(word) - 1)
            if not unicodedata.category(word[k]).startswith("M") and sum(ch.isalpha() for ch in word[:k]) >= 2]


@lru_cache(maxsize=1)
def _given_name_scripts() -> dict[str, bool]:
    """script (as Unicode names it: `ETHIOPIC`, `THAI`) → whether the last word of a name alone names the person."""
    return {row["script"].strip().upper(): row["family_name_alone"].strip().lower() in ("yes", "true", "1")
            for row in data_rows("actors", "given_name_scripts.csv")}


def given_name_script(name: str) -> bool | None:
    """Whether the last word of ``name`` alone names its person, for a name in a script whose people go by the
    given name (`given_name_scripts.csv`); ``None`` for a name in any other script.

    >>> given_name_script("ገርማሜ ንዋይ"), given_name_script("ปรีดี พนมยงค์"), given_name_script("Ernest Bevin")
    (False, True, None)

    Ethiopians are called by the given name, the second word being the
    father's (`ገርማሜ ንዋይ`: `ገርማሜ`, never `ንዋይ`); Thais by the given name,
    a few by the family name too (`พิบูลสงคราม`). The script tells the
    custom, whatever language the text around the name is told to be.
    """
    first = next((ch for ch in name if ch.isalpha()), "")
    return _given_name_scripts().get(unicodedata.name(first, " ").split(" ")[0]) if first else None


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
    ['N. Hruščov', 'N.S. Hruščov', 'N. S. Hruščov', 'Hruščov N.', 'Hruščov N.S.', 'Hruščov N. S.', 'Nikita S. Hruščov']

    The family name also stands first, as bibliographies write authors
    (`Хрущёв Н.С.`), in its first (nominative) form only; the first given
    name may stand in full before the others' initials (`Harry S. Truman`). A hyphenated given
    name gives hyphenated initials, as French writes them (`P.-H. Spaak`).
    In a script without capitals every given name gives its initial (`מ. בגין`).
    """
    # a script without capitals (Hebrew, Georgian as printed) has no capital to tell a given name from a particle
    caseless = not any(ch.isupper() for g in given for ch in g)
    letters = [g[0] for g in given if g[:1].isalpha() and (g[:1].isupper() or caseless)]
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
    if len(letters) > 1 and given[0][:1].isupper() and len(given) == len(letters):
        # the first given name in full and the others as initials (`Harry S. Truman`, `Lydia K. Brown`), as English
        # prints it, in the family name's first (nominative) form
        out.append(f"{given[0]} {' '.join(ch + '.' for ch in letters[1:])} {family_forms[0]}")
    return out


def s_forms(text: str) -> list[str]:
    """The `-s` genitive (German, Dutch) and plural (English) of a Latin-script name: `Adenauers`, `Bevins`.

    >>> s_forms("Adenauer"), s_forms("Jaurès"), s_forms("Хрущёв")
    (['Adenauers'], [], [])
    """
    if not text or script_of(text) != "Latin" or text[-1].lower() in "sxzß'" or not text[-1].isalpha():
        return []
    return [text + "s"]


#: A family name that opens with an elided particle in small letters: French `d'Aubigny`, Italian `d'Annunzio`.
_ELIDED_PARTICLE = compiled(r"[a-z]['’][^\W\d_]")
#: A family name that opens with `D'` before a vowel and a small letter: Italian `D'Alessio`, `D'Amico`.
_CAPITAL_ELIDED_D = compiled(r"D['’][AEIOU][a-zà-ÿ]")


def particle_forms(family: list[str]) -> list[list[str]]:
    """Other shapes of a family name that begins with a lower-case particle, or of two joined family names.

    >>> particle_forms(["von", "Brentano"]), particle_forms(["de", "Gaulle"]), particle_forms(["Ortega", "y", "Gasset"])
    ([['Von', 'Brentano'], ['Brentano']], [['De', 'Gaulle']], [['Ortega']])
    >>> particle_forms(["D'Annunzio"])
    [['Dannunzio'], ["d'Annunzio"]]

    At the start of a sentence the particle takes a capital; German drops
    `von`/`zu` before the surname alone; of two family names joined by
    `y`/`i` the first stands for both (`Ortega`); a family name with a predicate of nobility goes by the predicate
    (`Lexa von Aehrenthal`: `von Aehrenthal`, `Aehrenthal`).
    """
    if len(family) == 3 and family[1] in _JOINERS:
        return [family[:1]]
    if len(family) == 1 and _ELIDED_PARTICLE.match(family[0]):
        return [[family[0][0].upper() + family[0][1:]]]  # an elided particle opens a sentence too: `D'Aubigny`
    if len(family) == 1 and _CAPITAL_ELIDED_D.match(family[0]):
        # Italian registers and officials write `D'Alessio` as one word (`Dalessio`, `Damico`); after a given name or
        # a preposition the particle is printed small as often as not (`Gabriele d'Annunzio`, `lettere a d’Annunzio`)
        return [["D" + family[0][2].lower() + family[0][3:]], ["d" + family[0][1:]]]
    if len(family) > 2 and family[0][:1].isupper() and family[1] in DROPPED_PARTICLES and family[2][:1].isupper():
        # a family name ennobled with a predicate (`Lexa von Aehrenthal`, `Schenk von Stauffenberg`) goes by the
        # predicate, with and without its particle, as `von Papen` goes by `Papen`
        return [family[1:], family[2:]]
    if len(family) < 2 or not family[0].islower() or family[0] not in PARTICLES:
        return []
    out = [[family[0].capitalize()] + family[1:]]
    for n in (2, 1):
        if " ".join(family[:n]) in DROPPED_PARTICLES and len(family) > n:
            out.append(family[n:])
            break
    return out


def particle_after_given(given: list[str], family: list[str]) -> list[str]:
    """Library order of a name whose family name opens with particles in small letters: the rest of the family name
    first, the particles after the given names or their initials, as catalogues and bibliographies sort them.

    >>> particle_after_given(["Willem"], ["van", "der", "Kamp"])[:2]
    ['Kamp, Willem van der', 'Kamp (Willem van der)']
    >>> "VAUCOULEURS (H. de)" in particle_after_given(["Henri"], ["de", "Vaucouleurs"])
    True

    After a comma (`Hagenau, Ernst von`, `Riva, Concepción de la`) or, as French catalogues write it, in brackets with
    the family name in capitals (`VAUCOULEURS (Henri de)`).
    """
    k = 0
    while k < len(family) and family[k] in PARTICLES:
        k += 1
    if not given or k == 0 or k == len(family):
        return []
    core, particle = " ".join(family[k:]), " ".join(family[:k])
    names = [" ".join(given), " ".join(g[0] + "." for g in given if g[:1].isalpha())]
    return [f"{c}{sep}{g} {particle}{close}" for g in dict.fromkeys(names) for c in (core, core.upper())
            for sep, close in ((", ", ""), (" (", ")"))]


def is_patronymic(word: str) -> bool:
    """Whether ``word`` is a man's or a woman's patronymic (`Сергеевич`, `Sergejevna`).

    >>> is_patronymic("Сергеевич"), is_patronymic("Broz")
    (True, False)
    """
    return word.lower().endswith(_PATRONYMIC_M + _PATRONYMIC_F)


def possessives(text: str) -> list[str]:
    """English possessives: `Spaak's`, and `Đilas'` beside `Đilas's` after an s.

    >>> possessives("Đilas")
    ["Đilas's", "Đilas'"]
    """
    out = [text + "'s"]
    if text[-1:].lower() in ("s", "x", "z"):
        out.append(text + "'")
    return out
