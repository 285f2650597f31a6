"""Case forms of names by the paradigms of `name_paradigms.csv`: a nominative ending and the endings that replace it.

Each row of ``histkit/data/actors/name_paradigms.csv`` says, for one language,
that a word ending in ``ending`` (or, with ``after`` = ``consonant`` and no
ending, in any consonant) takes, in ``case``, the endings ``forms``
(``|``-separated) in its place: Finnish `nen` → `sen` (`Kekkonen` →
`Kekkosen`), Lithuanian `as` → `o` (`Voldemaras` → `Voldemaro`), Czech `a` →
`y`, Ukrainian `ський` → `ського`, Greek `ος` → `ου`. A stem change goes into
the ending (`tto` → `ton`: `Neuvostoliitto` → `Neuvostoliiton`). A historian
adds a language or a paradigm by adding rows; no code knows a language.
A row with ``gender`` = ``m`` is a man's paradigm only: a woman's family name
on a consonant does not change in Czech or Ukrainian (`Vida Tomšič`, never
`Tomšiča`), as the older rules of `assemble` already knew.

The words of a name are declined in the same case of the same language
(`Kazys Grinius` → `Kazio Griniaus`), as are the words of an organisation's
name (`Українська Народна Республіка` → `Української Народної Республіки`);
the first or the last word alone too, since some languages decline only the
head (`Partidului Național Țărănesc`, Bulgarian `Българската комунистическа
партия`) and Finnish only the family name (`Urho Kekkosen`). Greek is matched
without accents (`fold_greek`), so a paradigm need not know where they move.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from ...data import data_rows
from .names import (PARTICLES, gender_of, given_name_script, initials_forms, is_generation_word, is_given_name,
                    is_title, mans_family_name, split_name)

#: Vowels of the Latin, Cyrillic, Greek, Georgian and Armenian alphabets (with the Azerbaijani `ə` and the Kazakh
#: `ә ө ұ ү`); a letter not among them (nor `й`, `ь`) is a consonant.
VOWELS = frozenset("aeiouyäöüåæøáéíóúýěůąęėįųūõőűâîăàèìòùıəаеиоуыэюяіїєёәөұүαεηιουωάέήίόύώϊϋაეიოუաեէըիոօ")
_NOT_CONSONANTS = frozenset("йьъ'")
#: The case of a possessive adjective made from a name (`Benešův`, `Цанковото`).
POSSESSIVE_CASE = "poss"
#: The case of a family name in the plural, naming a family or brothers (`Луцкевічы`): a ``plural`` reading of every
#: actor who bears the name, made only where no other case or rule makes the same form.
PLURAL_CASE = "pl"
#: Rules of a language's naming custom rather than its grammar: looked for only in a document told to be in it.
CUSTOM_RULES = frozenset({"given_name", "double_surname", "last_surname", "abbreviation_word"})
#: The rule of a given name alone where the name's script tells that its people go by it (`given_name_script`).
FIRST_NAME = "first_name"
#: Forms of one case above this many (alternatives multiplied over the words) are not made.
_MOST_COMBINATIONS = 16
#: An organisation's name of more words than this is not declined (`Social Democratic Party of Germany`): its
#: head is rarely one of its first or last words, and every other combination is a false form; four-word names
#: (`Lietuvos valstiečių liaudininkų sąjunga`, `Български земеделски народен съюз`) still are.
_MOST_DECLINED_WORDS = 4


@lru_cache(maxsize=1)
def _greek_fold_table() -> dict[int, int]:
    table = {}
    for code in list(range(0x0370, 0x0400)) + list(range(0x1F00, 0x2000)):
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if len(bare) == 1 and bare != chr(code) and bare.isalpha():
            table[code] = ord(bare)
    return table


def fold_greek(text: str) -> str:
    """Greek letters without accents and breathings, one character for one (`Ἐλευθερίου` → `Ελευθεριου`).

    >>> fold_greek("Βενιζέλος, Ἐλευθερίου, Beneš")
    'Βενιζελος, Ελευθεριου, Beneš'
    """
    return text.translate(_greek_fold_table())


def alphabet_of(text: str) -> str:
    """The alphabet of the last letter of ``text`` (`LATIN`, `CYRILLIC`, `GREEK`), or ``''``.

    >>> alphabet_of("Kekkonen"), alphabet_of("-ського"), alphabet_of("ου")
    ('LATIN', 'CYRILLIC', 'GREEK')
    """
    # an ending of a mark alone (the Persian and Urdu ezafe kasra, `قائدِ`) is of the script the mark belongs to
    letters = [ch for ch in text if ch.isalpha()] or [ch for ch in text if unicodedata.category(ch) == "Mn"]
    return unicodedata.name(letters[-1], "").split(" ")[0] if letters else ""


@lru_cache(maxsize=1)
def paradigm_rows() -> tuple[tuple[str, str, tuple[str, ...], str, tuple[str, ...], str, str], ...]:
    """(language, ending, conditions, case, forms, alphabet, gender) of every row of `name_paradigms.csv`, Greek folded.

    The alphabet is that of the row's forms (or ending): a row applies to words of that alphabet only. The
    conditions are the words of ``after`` (`conditions_hold`). A form ``0`` is the stem alone (Icelandic
    `Ólafur` → `Ólaf`); a row with no forms says the ending has no such case, so that no shorter ending gives
    it one. The gender is ``'m'`` for a row that applies to a man's name only (or to a name whose gender is
    unknown), ``'f'`` for a woman's only (the Hungarian married name `Rajkné`), else ``''``.
    """
    rows = []
    for r in data_rows("actors", "name_paradigms.csv"):
        forms = tuple("" if f.strip() == "0" else fold_greek(f.strip()) for f in r["forms"].split("|") if f.strip())
        ending = fold_greek(r["ending"].strip())
        rows.append((r["language"].strip(), ending, tuple(r["after"].split()), r["case"].strip(),
                     forms, alphabet_of("".join(forms) + ending), (r.get("gender") or "").strip().lower()))
    return tuple(rows)


@lru_cache(maxsize=1)
def _harmony() -> dict[str, tuple[str, str, str, tuple[str, ...]]]:
    """language → (back, front, neutral) vowels of `vowel_harmony.csv`, and its digraphs that end in a vowel letter but
    are consonants (Hungarian `gy`, `ny`: `Nagy` ends in a consonant)."""
    return {r["language"].strip(): (r["back"].strip(), r["front"].strip(), r["neutral"].strip(),
                                    tuple((r.get("consonant_digraphs") or "").split()))
            for r in data_rows("actors", "vowel_harmony.csv")}


def harmony_of(word: str, lang: str) -> str:
    """``'back'`` or ``'front'``: the class of the last vowel of ``word`` that is not neutral in ``lang``.

    >>> harmony_of("Rákosi", "hu"), harmony_of("Imre", "hu"), harmony_of("Gerő", "hu"), harmony_of("Nagy", "hu")
    ('back', 'front', 'front', 'back')

    A word of neutral vowels only (`Imre`) is front; a language without a row in `vowel_harmony.csv` has none.
    """
    if lang not in _harmony():
        return ""
    back, front, _, _ = _harmony()[lang]
    for ch in reversed(word.lower()):
        if ch in back:
            return "back"
        if ch in front:
            return "front"
    return "front"


def conditions_hold(word: str, conditions: tuple[str, ...], lang: str) -> bool:
    """Whether ``word`` meets every condition of a row's ``after``: ``consonant`` or ``vowel`` (its last letter; a
    ``nonsibilant`` one ends in no s, z, ß or x: German `Jaurès` takes no genitive -s), ``back`` or ``front`` (its vowel
    harmony in ``lang``, `harmony_of`); ``any`` holds for every word (the Korean particles, Hindi `जी`, any name).

    >>> conditions_hold("Kádár", ("back", "consonant"), "hu"), conditions_hold("Gerő", ("back",), "hu")
    (True, False)
    >>> conditions_hold("Nagy", ("consonant",), "hu"), conditions_hold("Nagy", ("consonant",), "fi")
    (True, False)
    """
    digraph = lang in _harmony() and word.lower().endswith(_harmony()[lang][3])
    for condition in conditions:
        if condition == "consonant" and not (digraph or _is_consonant(word[-1])):
            return False
        if condition == "vowel" and (digraph or word[-1].lower() not in VOWELS):
            return False
        if condition == "nonsibilant" and word[-1].lower() in "szßx":
            return False
        if condition in ("back", "front") and harmony_of(word, lang) != condition:
            return False
    return True


def _is_consonant(ch: str) -> bool:
    return ch.isalpha() and ch.lower() not in VOWELS and ch.lower() not in _NOT_CONSONANTS


#: Marks a name may hold between its letters: a hyphen (`בן-גוריון`, `Pehrsson-Bramstorp`), an apostrophe or
#: modifier letter (Uzbek `Xo'jayev`, `Oʻzbekiston`), Hebrew gershayim and geresh (`צה״ל`), the zero-width joiner
#: that Sinhala writes in `ශ්‍රී` (`ශ්‍රීලනිප`), the Tibetan tsheg that parts the syllables of a name written without
#: spaces (`སྒྲོལ་མ`); the word is declined at its end and prefixed at its start all the same.
_INNER_MARKS = str.maketrans("", "", "-'’ʼʻ״׳\u200d\u0f0b")


def _is_letter(ch: str) -> bool:
    """A letter, or a mark that belongs to one (a vowel sign, a virama: Tamil `ா`, `்`, Devanagari `ी`)."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


#: Scripts whose letters are syllables: a name of two of them is a name (Korean `김구`; a Bengali or Devanagari
#: consonant carries its vowel, `হক` is two syllables).
_SYLLABIC = frozenset({"HANGUL", "BENGALI", "DEVANAGARI"})


def _declinable(word: str) -> bool:
    """A word of at least three letters (two syllables), not an abbreviation (`SDP`, `УНР`) nor an initial.

    >>> _declinable("בן-גוריון"), _declinable("Xo'jayev"), _declinable("EAJ-PNV"), _declinable("PSB")
    (True, True, False, False)
    >>> _declinable("பெரியார்"), _declinable("김구"), _declinable("Li")
    (True, True, False)

    Letters include the marks written with them (Tamil and Devanagari vowel signs, the virama).
    """
    shortest = 2 if alphabet_of(word) in _SYLLABIC else 3
    return (len(word) >= shortest and word[:1].isalpha() and _is_letter(word[-1:] or " ")
            and all(_is_letter(ch) for ch in word.translate(_INNER_MARKS)) and not word.isupper())


def decline(word: str, gender: str = "") -> dict[tuple[str, str], list[str]]:
    """Every (language, case) → the forms of ``word`` the paradigms give it (not the word itself).

    >>> decline("Kekkonen")[("fi", "g")], decline("Grinius")[("lt", "g")]
    (['Kekkosen'], ['Griniaus'])
    >>> ("cs", "g") in decline("Tomšič"), ("cs", "g") in decline("Tomšič", "f")
    (True, False)

    With ``gender`` ``'f'`` (a woman's name) the men's rows do not apply.
    """
    word = fold_greek(word)
    out: dict[tuple[str, str], list[str]] = {}
    if not _declinable(word):
        return out
    low, alphabet = word.lower(), alphabet_of(word)
    applicable = []
    for lang, ending, conditions, case, forms, row_alphabet, row_gender in paradigm_rows():
        if row_alphabet != alphabet or (row_gender == "m" and gender == "f") or (row_gender == "f" and gender not in ("f", "mf")):
            continue
        if ending and (not low.endswith(ending.lower()) or len(low) <= len(ending) + 1):
            continue
        if not ending and not conditions:
            continue  # a row for every word must say which (`consonant`, `vowel`, `back`, `front`)
        if conditions and not conditions_hold(word[:len(word) - len(ending)] if ending else word, conditions, lang):
            continue
        applicable.append((lang, ending, case, forms))
    # in each language and case the longest ending that fits is the word's paradigm (`Kekkonen` is `-nen`, not a
    # consonant; Hungarian `Kádár` takes `-ral` from the row of its last letter and every other case from a consonant's)
    longest: dict[tuple[str, str], int] = {}
    for lang, ending, case, _ in applicable:
        longest[(lang, case)] = max(longest.get((lang, case), 0), len(ending))
    for lang, ending, case, forms in applicable:
        if len(ending) < longest[(lang, case)]:
            continue
        stem = word[:len(word) - len(ending)]
        known = out.setdefault((lang, case), [])
        known += [stem + f for f in forms if stem + f != word and stem + f not in known]
    # a language that prefixes and suffixes a word does both at once (Amharic `ደርግ` → `የደርግን`, `ከደርጉ`)
    prefixing = {row[0] for row in prefix_rows()}
    for (lang, case), forms in list(out.items()):
        if lang in prefixing:
            made = [f for form in forms for f in prefixed_forms(form, alphabet).get((lang, "prefix"), [])]
            out[(lang, case)] = forms + [f for f in made if f not in forms]
    for (lang, case), forms in prefixed_forms(word, alphabet).items():
        out.setdefault((lang, case), []).extend(f for f in forms if f not in out[(lang, case)])
    return {key: forms for key, forms in out.items() if forms}


@lru_cache(maxsize=1)
def prefix_rows() -> tuple[tuple[str, str, str, tuple[str, ...], str], ...]:
    """(language, beginning, case, forms, alphabet) of every row of `name_prefixes.csv`.

    A row says that a word beginning with ``beginning`` (``""``: any word of the row's alphabet) begins, in
    ``case``, with one of ``forms`` in its place: the mutations of Welsh (`Cymru` → `Gymru`) and Irish
    (`Baile` → `mBaile`, `Bhaile`) and the one-letter prefixes of Hebrew and Arabic (`ו`, `ב`, `ل`), which
    join the word they govern. A form ``0`` drops the beginning (Welsh `Gwynedd` → `Wynedd`); a row with no forms
    says the beginning does not change (Welsh `Ch`).
    """
    return tuple((r["language"].strip(), r["beginning"].strip(), r["case"].strip(),
                  tuple("" if f.strip() == "0" else f.strip() for f in r["forms"].split("|") if f.strip()),
                  alphabet_of(r["forms"] + r["beginning"]))
                 for r in data_rows("actors", "name_prefixes.csv"))


def prefixed_forms(word: str, alphabet: str) -> dict[tuple[str, str], list[str]]:
    """(language, case) → the forms of ``word`` by the rows of `prefix_rows` whose beginning it has (the longest).

    >>> prefixed_forms("Cymru", "LATIN")[("cy", "soft")], prefixed_forms("Gwynedd", "LATIN")[("cy", "soft")]
    (['Gymru'], ['Wynedd'])
    >>> ("cy", "soft") in prefixed_forms("Chamberlain", "LATIN")
    False
    """
    rows = [(lang, beginning, case, forms) for lang, beginning, case, forms, row_alphabet in prefix_rows()
            if row_alphabet == alphabet and word.startswith(beginning)]
    longest: dict[tuple[str, str], int] = {}
    for lang, beginning, case, _ in rows:
        longest[(lang, case)] = max(longest.get((lang, case), 0), len(beginning))
    out: dict[tuple[str, str], list[str]] = {}
    for lang, beginning, case, forms in rows:
        if len(beginning) < longest[(lang, case)]:
            continue
        rest = word[len(beginning):]
        for form in forms:
            # a letter dropped (Welsh `G` in soft mutation) leaves the next one to begin the name, capitalised
            made = form + rest if form or not word[:1].isupper() else rest[:1].upper() + rest[1:]
            if made != word and made not in out.setdefault((lang, case), []):
                out[(lang, case)].append(made)
    return out


def _phrases(options: list[list[str]]) -> list[str]:
    """The words' alternatives joined into phrases, at most `_MOST_COMBINATIONS` of them."""
    return [" ".join(p) for p in itertools.islice(itertools.product(*options), _MOST_COMBINATIONS)]


def phrase_forms(text: str, adjectives: bool = True, gender: str = "") -> list[tuple[str, bool, str]]:
    """The case forms of a name of several words: (form, is_possessive_adjective, languages), without repeats.

    >>> {"Kazio Griniaus", "Kazys Griniaus", "Kazio Grinius"} <= {f for f, _, _ in phrase_forms("Kazys Grinius")}
    True
    >>> [langs for f, _, langs in phrase_forms("Kazys Grinius") if f == "Kazio Griniaus"]
    ['lt']

    In each language and case: every word declined, the last word alone
    declined (given names kept), the first word alone declined, and with
    three words or more every word but the first (a country's genitive
    opening a party's name: `Suomen Kommunistisen Puolueen`). A possessive
    adjective (case `POSSESSIVE_CASE`) is made of a name of one word only,
    and only with ``adjectives``. ``gender`` is as for `decline`. The
    languages (space-separated, sorted) are those whose rows make the form.
    """
    words = text.split()
    per_word = [decline(w, gender) for w in words]
    keys = sorted({k for forms in per_word for k in forms})
    out: dict[str, tuple[bool, set]] = {}
    for key in keys:
        possessive = key[1] == POSSESSIVE_CASE
        if key[1] == PLURAL_CASE:
            continue  # a family's plural is made of the family name alone (`paradigm_variants`)
        if possessive and (len(words) > 1 or not adjectives):
            continue
        declined = [forms.get(key, []) for forms in per_word]
        shapes = [[d or [w] for w, d in zip(words, declined)]]
        if declined[-1]:
            shapes.append([[w] for w in words[:-1]] + [declined[-1]])
        if declined[0] and len(words) > 1:
            shapes.append([declined[0]] + [[w] for w in words[1:]])
        if len(words) > 2 and all(declined[1:]):
            # a name opened by a genitive keeps it as the rest is declined (`Suomen Kommunistisen Puolueen`)
            shapes.append([[words[0]]] + declined[1:])
        for shape in shapes:
            for phrase in _phrases(shape):
                if phrase != text:
                    out.setdefault(phrase, (possessive, set()))[1].add(key[0])
    return [(form, possessive, " ".join(sorted(langs))) for form, (possessive, langs) in out.items()]


def paradigm_variants(name: str, kind: str = "person", adjectives: bool = False,
                      family: str = "", gender: str = "") -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of the paradigm forms of one name or alias, in its script.

    >>> {("Urho Kekkosen", "case", False, "fi"), ("Kekkosta", "surname", True, "fi"),
    ...  ("U. Kekkosen", "initials", False, "fi")} <= set(paradigm_variants("Urho Kekkonen"))
    True

    A person's family name (`split_name`) alone is declined as the
    ``surname`` (and, with ``adjectives``, made a ``possessive_adjective``:
    `Benešův`, `Drtinovy`) and put after the initials (`Δ. Γούναρη`). An
    alias of an organisation written in lower case (`tautininkai`) is
    also made with a capital, as a sentence begins with it. An
    organisation's name of more than `_MOST_DECLINED_WORDS` words is not
    declined. A person's ``gender`` (the authority's, else as `gender_of`
    reads it from the name) keeps a woman's name from the men's rows.
    The languages are those of the rows that make the form (`phrase_forms`);
    the capitalised alias, made by no row, has none. In a language of
    `given_name_languages.csv` the first given name alone is a
    ``given_name`` (surname-like: shared, it goes to the actor last named
    in full), with its case forms in that language.
    """
    out: list[tuple[str, str, bool, str]] = []
    if kind != "person":
        if len(name.split()) > _MOST_DECLINED_WORDS:
            return out
        texts = [name] + ([name[0].upper() + name[1:]] if name[:1].islower() else [])
        for text in texts:
            if text != name:
                out.append((text, "case", False, ""))
            out += [(f, "case", False, langs) for f, _, langs in phrase_forms(text, adjectives=False)]
        return out
    given, surname = split_name(name, family)
    gender = gender_of(given, surname, gender)
    # with the gender unknown the full name is declined as a woman's, the surname alone as a man's too (`assemble`)
    full = "f" if gender == "mf" else gender
    out += [(f, "case", False, langs) for f, possessive, langs in phrase_forms(name, False, full) if not possessive]
    out += _regnal_forms(name, full)
    by_form: dict[tuple[str, str, bool], set] = {}
    first = next((g for g in given if not is_title(g)), "")  # (`จอมพล ป. พิบูลสงคราม`: the marshal's `ป.`)
    if first and given_name_script(name) is not None:
        # a script whose people go by the given name (Amharic `ገርማሜ`, Thai `ปรีดี`): in any text, with its forms
        by_form.setdefault((first, FIRST_NAME, True), set())
        for (lang, _), declined_given in sorted(decline(first, gender).items()):
            for f in declined_given:
                by_form.setdefault((f, FIRST_NAME, True), set()).add(lang)
    if first and _declinable(first):
        # where a text names a person by the given name alone (Icelandic `Sveinn`, `Sveins`), in its cases too; a
        # title before it is none (Oromo `Fitaawraarii Boruu`: `Boruu`, never `Fitaawraariin`)
        declined = decline(first, gender)
        son = [f"{first} {surname[-1]}"] if len(surname) > 1 and is_generation_word(surname[-1]) else []
        for lang in given_name_languages():  # (and a son by it and the word that tells him from his father)
            for f in [first] + son + [f for (la, _), forms in sorted(declined.items()) if la == lang for f in forms]:
                by_form.setdefault((f, "given_name", True), set()).add(lang)
    for key, lang in _double_surname_keys(name, gender):  # `Francisco Largo Caballero`: `Largo Caballero`, `Largo`
        by_form.setdefault(key, set()).add(lang)
    for lang in last_surname_languages():  # `António de Oliveira Salazar`: `Salazar`, `Oliveira Salazar`
        for f in last_surname_forms(surname) if given else ():  # (`Petar II` has no family name to shorten)
            by_form.setdefault((f, "last_surname", True), set()).add(lang)
    for f, langs in _phrase_surnames(name, surname, gender):
        by_form.setdefault((f, "surname", True), set()).update(langs.split())
    forms = decline(surname[0], gender) if len(surname) == 1 else {}
    mans = mans_family_name(surname[0]) if len(surname) == 1 and gender in ("f", "mf") else surname[0]
    for (lang, case), declined in decline(mans, "m").items() if mans != surname[0] else ():
        if case == PLURAL_CASE:  # her family in the plural by its man's form (`Ятмаровсем`, of `Варвара Ятмарова`)
            forms.setdefault((lang, case), []).extend(declined)
    for (lang, case), declined in sorted(forms.items()):
        if case == POSSESSIVE_CASE:
            made = [(f, "possessive_adjective", True) for f in declined] if adjectives else []
        elif case == PLURAL_CASE:
            made = [(f, "plural", True) for f in declined]
        else:
            made = [(f, "surname", True) for f in declined]
            made += [(f, "initials", False) for f in initials_forms(given, declined)] if given else []
        for key in made:
            by_form.setdefault(key, set()).add(lang)
    singular = {f for f, rule, _ in by_form if rule != "plural"} | {f for f, _, _, _ in out}
    return out + [(f, rule, only, " ".join(sorted(langs))) for (f, rule, only), langs in by_form.items()
                  if rule != "plural" or f not in singular]


def _regnal_forms(name: str, gender: str) -> list[tuple[str, str, bool, str]]:
    """The case forms of a name closed by a regnal numeral, left out before the case (`Tupaq Amaru II`:
    Quechua `Tupaq Amaruta`)."""
    words = name.split()
    if len(words) <= 2 or words[-1].strip("IVXLC"):
        return []
    bare = " ".join(words[:-1])
    return [(f, "case", False, langs) for f, possessive, langs in phrase_forms(bare, False, gender) if not possessive]


def _double_surname_keys(name: str, gender: str) -> list[tuple[tuple[str, str, bool], str]]:
    """((form, rule, surname_only), language) of a name of two family names in each language that names people by
    the first (`double_surname_languages`), and the cases of that first alone in a language that declines it
    (Quechua `Velascoq`)."""
    out = []
    for lang in double_surname_languages():
        for f, rule, only in double_surname_forms(name.split()):
            out.append(((f, rule, only), lang))
            if " " not in f:
                out += [((d, rule, only), lang) for (la, _), ds in decline(f, gender).items() if la == lang for d in ds]
    return out


def _phrase_surnames(name: str, surname: list[str], gender: str) -> list[tuple[str, str]]:
    """(form, languages) of the surnames of several words: a family name of several words in its cases (`Mendès
    France`, Bengali `আইয়ুব খানের`), and the words before an honour that closes the name or the family name, which
    is no family name (`Khan`: `আইয়ুব খান` is `আইয়ুব`, `لیاقت علی خان` is `لیاقت علی`), as they are and in their cases.
    """
    out = []
    if len(surname) > 1:
        out += [(f, langs) for f, _, langs in phrase_forms(" ".join(surname), False, gender)]
    for words in dict.fromkeys([tuple(name.split()), tuple(surname)]):
        if len(words) > 1 and words[-1].casefold() in closing_honorifics():
            before = " ".join(words[:-1])
            out += [(before, "")] + [(f, langs) for f, _, langs in phrase_forms(before, False, gender)]
    return out


def double_surname_forms(tokens: list[str]) -> list[tuple[str, str, bool]]:
    """A given name and two family names (the middle word no given name): both family names, the first alone,
    and the initial before both.

    >>> double_surname_forms(["Francisco", "Largo", "Caballero"])
    [('Largo Caballero', 'double_surname', True), ('Largo', 'double_surname', True), ('F. Largo Caballero', 'double_surname', False)]
    >>> double_surname_forms(["José", "Antonio", "Aguirre"]), double_surname_forms(["Tupaq", "Amaru", "II"])
    ([], [])

    A regnal numeral closing the name (`Tupaq Amaru II`) is no second family name.
    """
    if (len(tokens) != 3 or not all(t[:1].isupper() and t.isalpha() for t in tokens) or is_given_name(tokens[1])
            or is_generation_word(tokens[2]) or not tokens[2].strip("IVXLC")):
        return []
    return [(f"{tokens[1]} {tokens[2]}", "double_surname", True), (tokens[1], "double_surname", True),
            (f"{tokens[0][0]}. {tokens[1]} {tokens[2]}", "double_surname", False)]


def last_surname_forms(family: list[str]) -> list[str]:
    """A family name of two names or more: its last word alone, and the family name without the particle opening it.

    >>> last_surname_forms(["de", "Oliveira", "Salazar"]), last_surname_forms(["de", "Gaulle"])
    (['Salazar', 'Oliveira Salazar'], [])

    A particle and one name (`de Gaulle`) is one family name, never shortened.
    """
    if sum(w[:1].isupper() for w in family) < 2 or not (family[-1][:1].isupper() and family[-1].isalpha()):
        return []
    return [family[-1]] + ([" ".join(family[1:])] if len(family) > 2 and family[0].lower() in PARTICLES else [])


@lru_cache(maxsize=1)
def last_surname_languages() -> tuple[str, ...]:
    """The languages of `last_surname_languages.csv`, whose people are named by the last of their family names
    alone, whatever particle or family name stands before it (Portuguese `Salazar`, `Soares`)."""
    return tuple(r["language"].strip() for r in data_rows("actors", "last_surname_languages.csv"))


@lru_cache(maxsize=1)
def double_surname_languages() -> tuple[str, ...]:
    """The languages of `double_surname_languages.csv`, whose people bear two family names, the first used alone."""
    return tuple(r["language"].strip() for r in data_rows("actors", "double_surname_languages.csv"))


@lru_cache(maxsize=1)
def given_name_languages() -> tuple[str, ...]:
    """The languages of `given_name_languages.csv`, whose texts name a person by the given name alone."""
    return tuple(r["language"].strip() for r in data_rows("actors", "given_name_languages.csv"))


@lru_cache(maxsize=1)
def closing_honorifics() -> frozenset:
    """The words of `closing_honorifics.csv` (`Khan`, `খান`, `خان`): an honour that closes a name, no family name."""
    return frozenset(r["form"].strip().casefold() for r in data_rows("actors", "closing_honorifics.csv"))
