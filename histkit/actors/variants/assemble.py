"""All the spellings of one actor's name: a person's, or an organisation's, party's, state's.

`variants` runs the rules of the sibling modules (script, diacritics, case
endings per language, name shape) over a name or alias and keeps each
string once, with the rule that made it first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ...data import data_rows
from ...text import is_cyrillic
from .names import (PARTICLES, cut_short_forms, gender_of, initials_forms, is_abbreviation, is_patronymic,
                    is_regnal_number, particle_after_given, particle_forms, possessives, s_forms, split_name,
                    unspaced_family_name)
from .abbreviations import abbreviation_shapes, abbreviation_word_forms
from .capitals import POSSESSIVE_END, family_in_capitals
from .nameorders import arabic_name_forms, custom_surname_forms, family_first_forms
from .paradigms import alphabet_of, decline, paradigm_variants, prefixed_forms
from .particles import dropped_particle_forms, particle_variants
from .reforms import reform_variants
from .regnal import regnal_equivalents
from .wylie import wylie
from .romanise import romanised, russian_spelling
from .polish import polish_forms
from .russian import decline_russian, decline_russian_phrase
from .scripts import UNSPACED_LETTER, cyrillic_language, diacritic_variants, normalise, to_cyrillic, to_latin
from .serbian import (CASES, HYPHEN_ENDINGS, croatian_o_forms, decline_word, kept_vowel_forms,
                      possessive_adjectives)

#: The Arabic-script letters that join no letter after them (`ا`, `د`, `ر`, `و` and their kin).
_NON_JOINING = frozenset("اآأإٱدذرزژڈڑوؤۀےەۓ")
#: Rules whose forms are also made in capitals (titles and headings print names so).
_CAPITALS_RULES = frozenset({"name", "script", "diacritics", "surname"})


@dataclass(frozen=True)
class Variant:
    """One spelling of an actor's name: the string, the rule that made it, and whether it is the surname alone."""

    surface: str
    rule: str
    surname_only: bool = False
    #: The languages (space-separated) whose paradigm rows made it, for a form only they make; ``""``: any text.
    languages: str = ""


def _declinable(token: str) -> bool:
    return token[:1].isalpha() and token[:1].isupper() and not is_abbreviation(token) and token.lower() not in PARTICLES


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


def person_variants(name: str, gender: str = "", adjectives: bool = False, lang: str = "",
                    family_name: str = "") -> list[Variant]:
    """Every variant of a person's name (in the script it is written in, Latin or Cyrillic).

    >>> {"Piot Ernest", "Piota Ernesta", "Piot, Ernest", "PIOT, Ernest"} <= {
    ...     v.surface for v in person_variants("Ernest Piot") if v.rule == "inverted"}
    True

    Rules: ``name``; ``case`` (all words declined, or given name as written
    and family name declined: `Leo Collardom`); ``hyphen_case`` (`Ernest
    Piot-om`); ``inverted`` (family name first, as Yugoslav records write it:
    `Piot Ernestom`, and as citations write it, with a comma: `Piot, Ernest`,
    `PIOT, Ernest`); ``possessive``; ``s_form`` (`Adenauers`); ``initials``
    (`E. Bevin`); ``patronymic`` (`Никита Сергеевич`); and with
    ``surname_only`` set, the same for the family name alone. ``lang="ru"``
    declines by the Russian grammar and leaves out the Serbian-only rules.
    ``family_name`` names a family name of several words (`split_name`).
    """
    given, family = split_name(name, family_name)
    russian = lang == "ru"
    g = gender_of(given, family, gender)
    genders = ("m", "f") if g == "mf" else (g,)
    if not given:
        return _one_name_variants(name, family, genders, lang, adjectives)
    g_text = " ".join(given)
    g_forms = decline_phrase(given, genders[-1], lang)
    family_forms = _family_forms(family, genders, lang)
    f_text, f_forms, _ = family_forms[0]
    # both orders: `Ernest Piot` and `Piot Ernest`, `Nagy Imre` (`family_first`) and `Imre Nagy`
    out = [Variant(name, "name"), Variant(f"{f_text} {g_text}", "inverted")]
    if f"{g_text} {f_text}" != name:
        out.append(Variant(f"{g_text} {f_text}", "inverted"))
    # a citation's order, the family name before a comma, set in small capitals as often (`WEBB, Beatrice`): one
    # name, so a family name two actors share goes to the one whose given name follows it (`Mann, Heinrich`)
    out += [Variant(f"{f}, {g_text}", "inverted") for f in dict.fromkeys([f_text, f_text.upper()])]
    out += _full_name_cases(g_text, g_forms, family_forms, woman=g in ("f", "mf"))
    if len(given) == 1 and not russian:
        # Croatian declines two-syllable men's names on -o like women's (`Ive`, `Ivi`, `Đure`); Serbian does not.
        for case, gc in croatian_o_forms(g_text).items():
            out.append(Variant(f"{gc} {f_forms.get(case, f_text)}", "case"))
    if len(given) == 2 and is_patronymic(given[1]):
        out.append(Variant(g_text, "patronymic"))
        out += [Variant(f, "patronymic") for f in g_forms.values()]
    if not russian:
        out += [Variant(f"{g_text} {f_text}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
        out += [Variant(p, "possessive") for p in possessives(name)]
    out += [Variant(f, "s_form") for f in s_forms(name)]
    if len(given) >= 2 and given[1][:1].isupper() and given[1].isalpha():
        # a name of three without its first (`Maxamed Siyaad Barre`: `Siyaad Barre`, as `Gamal Abdel Nasser`: `Abdel Nasser`)
        out.append(Variant(" ".join(given[1:] + [f_text]), "middle_name"))
    out += _surname_variants(family_forms, russian)
    if len(family) == 1 and not russian:
        out += _foreign_case_variants(given, f_text, genders[-1])
    for text, forms, full in family_forms:
        if full:
            out += [Variant(f, "initials") for f in initials_forms(given, [text, *forms.values()])]
    if adjectives and len(family) == 1:
        out += [Variant(a, "possessive_adjective", True) for a in possessive_adjectives(f_text, genders[-1])]
    out += [Variant(f, "inverted") for f in particle_after_given(given, family)]
    if len(given) >= 2 and is_regnal_number(given[-1]) and len(given[-2].rstrip(".")) > 1:
        # a ruler of a house whose men share one given name is named by it and the number alone, the house left
        # out: `Henryk XLVII Reuss` is `Henryk XLVII`, `Henryka XLVII`, `Henrykowi XLVII` (the number says which);
        # after an initial the letter is a father's initial, no number (`N. V. Krylenko`, `I. V. Stalin`)
        out += [Variant(v.surface, "regnal_name") for v in _one_name_variants(g_text, given, genders, lang, False)]
    return out


def _one_name_variants(name: str, family: list[str], genders: tuple[str, ...], lang: str,
                       adjectives: bool) -> list[Variant]:
    """The variants of a name of one part (`Tito`, `Léopold III`): its case and possessive forms."""
    russian = lang == "ru"
    out = [Variant(name, "name")]
    for gg in genders:
        forms = decline_phrase(family, gg, lang, family=True)
        out += [Variant(f, "case") for f in forms.values()]
    if not russian:
        out += [Variant(f"{name}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
    out += [Variant(p, "possessive") for p in possessives(name)] if not russian else []
    out += [Variant(f, "s_form") for f in s_forms(name)]
    if len(family) == 1 and not russian:
        out += [Variant(f, "case") for f in polish_forms(name, genders[-1]).values()]
    elif len(family) == 2 and is_regnal_number(family[1]) and not russian:  # `Henrykowi XLVIII`, `Karolem V`
        out += [Variant(f"{f} {family[1]}", "case") for f in polish_forms(family[0], genders[-1]).values()]
    if len(family) == 2 and is_regnal_number(family[1]):  # (`Innocentius XIV`, `Heinrich XLVII.`: `regnal_names.csv`)
        out += [Variant(f"{other} {family[1]}", "regnal_name") for other in regnal_equivalents(family[0])]
        # (German puts the genitive before the number: `nach dem Tod Pius' IX.`, `die Kriege Ludwigs XIV.`)
        out += [Variant(f"{g} {family[1]}", "case") for g in [*s_forms(family[0]), *possessives(family[0])]
                if not russian and not g.endswith("'s")]
    if adjectives and len(family) == 1:
        out += [Variant(a, "possessive_adjective", True) for a in possessive_adjectives(name, genders[-1])]
    return out


def _family_forms(family: list[str], genders: tuple[str, ...], lang: str) -> list[tuple[str, dict[str, str], bool]]:
    """Each shape of the family name with its case forms, and whether it makes full names.

    The shapes: as written, with a capital particle, without a German `von`
    (which leaves the surname only). With the gender unknown, the full name
    is declined as a woman's (`Vide Tomšič`) and the surname alone as a
    man's too (`Ribičiča`): `Mitje Ribičiča` is then found as `Ribičiča`.
    """
    families = [family] + particle_forms(family)
    out = []
    for i, fam in enumerate(families):
        for gg in genders:
            full = i < 2 and gg == genders[-1]
            out.append((" ".join(fam), decline_phrase(fam, gg, lang, family=True), full))
    # a double family name is printed with its hyphen or without (`Harcourt-Venn`, `Harcourt Venn`; Spanish
    # `Fernández-Llano`, `Fernández Llano`), in full names too
    parts = family[0].split("-") if len(family) == 1 else []
    if len(parts) == 2 and all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in parts):
        out.append((" ".join(parts), decline_phrase(parts, genders[-1], lang, family=True), True))
    return out


def _full_name_cases(g_text: str, g_forms: dict[str, str], family_forms: list, woman: bool) -> list[Variant]:
    """Given and family name in each case, in both orders (`Leo Collardom`, `Piot Ernestom`)."""
    out = []
    for text, forms, full in family_forms:
        if not full:
            continue
        for case in CASES:
            gc, fc = g_forms.get(case, g_text), forms.get(case, text)
            out.append(Variant(f"{gc} {fc}", "case"))
            out.append(Variant(f"{g_text} {fc}", "case"))
            if woman:  # a woman's family name on a consonant does not change (`Vide Tomšič`)
                out.append(Variant(f"{gc} {text}", "case"))
            out.append(Variant(f"{fc} {gc}", "inverted"))
            out.append(Variant(f"{text} {gc}", "inverted"))
    return out


def _surname_variants(family_forms: list, russian: bool) -> list[Variant]:
    """The family name alone, in each shape and case, with -s, hyphenated endings and possessives."""
    out = []
    for text, forms, _ in family_forms:
        out.append(Variant(text, "surname", True))
        out += [Variant(f, "surname", True) for f in forms.values()]
        out += [Variant(f, "surname", True) for f in s_forms(text)]
        if not russian:
            out += [Variant(f"{text}-{e}", "surname", True) for e in HYPHEN_ENDINGS]
            out += [Variant(p, "surname", True) for p in possessives(text)]
    return out


def _foreign_case_variants(given: list[str], f_text: str, gender: str) -> list[Variant]:
    """Case forms of a one-word family name that keep a final vowel (`Brakoom`) or follow Polish (`Gomułką`)."""
    g_text = " ".join(given)
    kept = kept_vowel_forms(f_text)
    out = [Variant(f"{g_text} {f}", "case") for f in kept.values()]
    out += [Variant(f, "surname", True) for f in kept.values()]
    polish = polish_forms(f_text, gender)
    g_polish = polish_forms(g_text, gender) if len(given) == 1 else {}
    for case, f in polish.items():
        out += [Variant(f"{g_text} {f}", "case"), Variant(f"{g_polish.get(case, g_text)} {f}", "case")]
    if gender == "f":  # a woman's foreign family name stays as it is while her given name declines (`Elżbiety Reuss`)
        out += [Variant(f"{g} {f_text}", "case") for g in g_polish.values()]
    out += [Variant(f, "surname", True) for f in polish.values()]
    return out


def entity_variants(name: str, lang: str = "") -> list[Variant]:
    """Variants of an organisation's, party's, state's or institution's name.

    >>> [v.surface for v in entity_variants("PSB")][:3]
    ['PSB', 'PSB-a', 'PSB-u']

    Abbreviations take hyphenated endings (`NATO-u`); a one-word name is
    declined like a noun (`Jugoslavija` → `Jugoslaviji`; with ``lang="ru"``
    by the Russian grammar, `Югославия` → `Югославией`); longer names only
    get the possessive (list inflected forms of long names as aliases). An
    abbreviation is also written with a full stop after each letter (`P.S.B.`).
    """
    out = [Variant(name, "name")]
    tokens = name.split()
    if lang == "ru":
        if len(tokens) == 1 and not is_abbreviation(name) and _declinable(name):
            gender = "f" if name[-1:].lower() in ("а", "я") else "m"
            out += [Variant(f, "case") for f in decline_russian(name, gender).values()]
        elif len(tokens) > 1:
            out += [Variant(f, "case") for f in decline_russian_phrase(name)]
        return out + [Variant(f, "abbreviation") for f in abbreviation_shapes(name)]
    if len(tokens) == 1 and is_abbreviation(name):
        out += [Variant(f"{name}-{e}", "hyphen_case") for e in HYPHEN_ENDINGS]
    elif len(tokens) == 1 and _declinable(name):
        gender = "f" if name[-1:].lower() in ("a", "а") else "m"
        out += [Variant(f, "case") for _, f in decline_word(name, gender)]
        out += [Variant(f, "case") for f in kept_vowel_forms(name).values()]
    caseless = not any(ch.isupper() or ch.islower() for ch in name)
    if len(tokens) == 1 and (is_abbreviation(name) or caseless) and 2 <= len(name) <= 6 and name.isalpha():
        # an abbreviation written with a full stop after each letter (`A.N.C.`, Amharic `ኢ.ሕ.አ.ፓ.`; in a script
        # without capitals any short name may be one)
        out.append(Variant("".join(ch + "." for ch in name), "abbreviation"))
    if len(tokens) == 1 and "-" in name and is_abbreviation(name):  # typeset with an en dash (`PCP–SL`)
        out.append(Variant(name.replace("-", "\u2013"), "abbreviation"))
    out += [Variant(f, "abbreviation") for f in abbreviation_shapes(name)]
    out += [Variant(p, "possessive") for p in possessives(name)]
    return out


def variants(name: str, kind: str = "person", gender: str = "", adjectives: bool = False,
             family: str = "", paradigms: bool = True) -> list[Variant]:
    """All variants of one name or alias, in both scripts and with and without diacritics, without repeats.

    >>> {"Djilas", "Dilas", "Ђилас", "Đilasa", "Ђиласа"} <= {v.surface for v in variants("Đilas")}
    True

    The first variant of each string wins (so ``name`` beats ``case`` when a
    case form happens to equal the name). Russian Cyrillic is declined as
    Russian and not transliterated; Cyrillic that could be Serbian or
    Russian (`Молотов`) gets the forms of both. A person's name and
    surname forms are also made in capitals (`TITA`, `ХРУЩЁВ`). ``family``
    is a person's family name when it has several words (`Mendès France`).
    ``paradigms`` adds the forms of `name_paradigms.csv` (`paradigm_variants`).
    """
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name:
        return []
    seen: dict[str, Variant] = {}

    def add(surface: str, rule: str, surname_only: bool, languages: str = "") -> None:
        surface = normalise(surface)
        if surface and surface not in seen:
            seen[surface] = Variant(surface, rule, surname_only, languages)

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
        _latin_forms(name, kind, make, add)
        if cyrillic:  # no letter tells Serbian from Russian: the Russian forms too
            for v in make(name, "ru"):
                add(v.surface, v.rule, v.surname_only)
    for surface, rule, surname_only in _other_script_forms(name, kind, cyrillic):
        add(surface, rule, surname_only)
    if kind == "person":  # the parts a naming custom makes a name of (`Sun`, `al-Afghani`, `Salazar`), in any text
        for surface in family_first_forms(name) + arabic_name_forms(name):
            add(surface, "surname", True)
        for surface, rule in custom_surname_forms(name) if paradigms else ():
            add(surface, rule, True)
    for surface, rule, surname_only, languages in (_language_forms(name, kind, adjectives, family, gender)
                                                   if paradigms else ()):
        add(surface, rule, surname_only, languages)
    # a title before the name, or an elided article (Catalan `l'Avi`), opens a sentence too
    if kind == "person" and name[:1].islower() and (" " in name or name[1:2] in ("'", "’")):
        for v in variants(name[0].upper() + name[1:], kind, gender, adjectives, family, paradigms):
            add(v.surface, v.rule, v.surname_only, v.languages)
    words = name.split()
    if len(words) == 2 and words[0][-1:] in _NON_JOINING:
        # Urdu and Persian write a compound of two words without its space after a letter that joins no letter
        # after it, which looks the same (`قائد اعظم`, `قائداعظم`)
        add("".join(words), "spelling", False)
    family_alone = unspaced_family_name(name) if kind == "person" else ""
    if len(family_alone) >= 2:  # a name written without spaces (`吉田茂`, `ダグラス・マッカーサー`): its family name alone
        add(family_alone, "surname", True)
    if kind == "person":
        _person_forms_finished(seen, add)
    return list(seen.values())


def _latin_forms(name: str, kind: str, make, add) -> None:
    """``add`` the forms of a name not in Russian Cyrillic: in Latin letters, without diacritics, in Serbian
    Cyrillic, and a person's romanised Russian name in Russian Cyrillic with its cases (`Trotsky` → `Троцкий`,
    `Троцкого`: `russian_spelling`)."""
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
    russian = russian_spelling(latin) if kind == "person" else ""
    if russian and russian != to_cyrillic(latin):
        for v in make(russian, "ru"):
            add(v.surface, "script" if v.rule == "name" else v.rule, v.surname_only)


def _person_forms_finished(seen: dict, add) -> None:
    """A person's forms without one-letter surnames of unspaced scripts, and with its names in capitals."""
    # a surname of one letter in a script written without spaces (Khmer `ស` of `សាឡុត ស`) is read as a
    # substring and would be found inside every other word: only the whole name names him
    for surface in [s for s, v in seen.items() if v.surname_only and UNSPACED_LETTER.search(s)
                    and sum(map(str.isalpha, s)) < 2]:
        del seen[surface]
    # an honour closing the name (Pashto, Urdu `خان`) names no one alone: `عبدالجبار خان` is not every `خان`
    for surface in [s for s, v in seen.items() if v.surname_only and s.casefold() in honours_never_alone()]:
        del seen[surface]
    for v in list(seen.values()):
        letters = sum(map(str.isalpha, v.surface))
        one_word_case = v.rule == "case" and " " not in v.surface  # `TITA` from the alias `Tito`
        # (an apostrophe inside the name stays, `O'KEALY`, `D'ALESSIO`; an English possessive is no name in capitals)
        if letters < 4 or v.surface.isupper() or POSSESSIVE_END.search(v.surface):
            continue
        if v.rule in _CAPITALS_RULES or one_word_case:
            add(v.surface.upper(), v.rule, v.surname_only, v.languages)
        if v.rule in _CAPITALS_RULES or v.rule == "initials":
            small_capitals = family_in_capitals(v.surface)
            if small_capitals:
                add(small_capitals, v.rule, v.surname_only, v.languages)


@lru_cache(maxsize=1)
def honours_never_alone() -> frozenset:
    """The forms of `closing_honorifics.csv` whose languages do not include English: an honour that closes a name
    there (`خان`, `খান`) is never the name of one man alone, while English writes `Khan` alone for a man so named.

    >>> "خان" in honours_never_alone(), "khan" in honours_never_alone()
    (True, False)
    """
    return frozenset(r["form"].strip().casefold() for r in data_rows("actors", "closing_honorifics.csv")
                     if "en" not in r["language"].split())


def _other_script_forms(name: str, kind: str, cyrillic: bool) -> list[tuple[str, str, bool]]:
    """(surface, rule, surname_only) of a name as another script's texts spell it, or cut short by its script's mark.

    >>> ("Tsedenbal", "surname", True) in _other_script_forms("Юмжаагийн Цэдэнбал", "person", True)
    True
    >>> _other_script_forms("คณะราษฎร", "party", False)[0]
    ('คณะฯ', 'abbreviation', False)

    A Cyrillic name as Latin-script literature romanises it (`Khrushchev`,
    `Choibalsan`: `romanised`), and a person's family name alone; a Tibetan
    name in Wylie (`blo bzang tshul khrims`: `wylie`); a name in
    a script that cuts a long word short with a mark (Thai `คณะฯ`, `พิบูลฯ`:
    `cut_short_forms`): a person's family name, an organisation's first word.
    """
    words = name.split()
    person = kind == "person" and len(words) > 1
    out = [(form, "script", False) for form in romanised(name)] if cyrillic else []
    out += [(form, "surname", True) for form in romanised(words[-1])] if cyrillic and person else []
    out += [(form, "surname" if person else "abbreviation", person)
            for form in cut_short_forms(words[-1] if person else words[0])]
    out += [(form, "script", False) for form in wylie(name)]  # (`[]` unless the name is Tibetan)
    return out


def _language_forms(name: str, kind: str, adjectives: bool, family: str, gender: str) -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of the forms the data files of languages give a name or alias.

    The paradigms of `name_paradigms.csv` in the script the name is written in (`Kekkosen`, `Βενιζέλου`,
    `Петлюри`, `பெரியாரின்`); the spellings before and after a language's reforms (Indonesian `Soekarno`,
    `Sukarno`: `spelling_reforms.csv`); a particle that declines with the family name (Irish `Ó Coileáin` →
    `Uí Choileáin`, `particle_cases.csv`).
    """
    out = paradigm_variants(name, kind, adjectives, family, gender) + reform_variants(name, kind)
    out += dotted_abbreviation_forms(name)
    out += abbreviation_word_forms(name) if kind != "person" else []
    return out + (particle_variants(name, family) + dropped_particle_forms(name, family) if kind == "person" else [])


def dotted_abbreviation_forms(name: str) -> list[tuple[str, str, bool, str]]:
    """(surface, rule, surname_only, languages) of an abbreviation with a point after each part, in a script
    without capitals, whose case ending takes the last point's place (Malayalam `ഇ.എം.എസ്.` → `ഇ.എം.എസിന്റെ`,
    `എൻ.എസ്.എസ്.` → `എൻ.എസ്.എസും`): its last part declined by the paradigms of `name_paradigms.csv`.

    >>> ("ഇ.എം.എസിന്റെ", "case", False, "ml") in dotted_abbreviation_forms("ഇ.എം.എസ്.")
    True
    >>> dotted_abbreviation_forms("P.S.B."), dotted_abbreviation_forms("E. M. S.")
    ([], [])

    A Latin or Cyrillic abbreviation in capitals takes its ending after a hyphen instead (`PSB-a`). A preposition
    that a language writes as one word with the next (`name_prefixes.csv`: Jawi `د`, `ک`) joins its first part:

    >>> ("دڤ.ب.ب", "case", False, "ms") in dotted_abbreviation_forms("ڤ.ب.ب")
    True
    """
    if " " in name or name.count(".") < 2 or any(ch.isupper() or ch.islower() for ch in name):
        return []
    out = []
    if name.endswith("."):
        head, last = name[:-1].rsplit(".", 1)
        out += [(f"{head}.{form}", "case", False, lang)
                for (lang, _), forms in sorted(decline(last).items()) for form in forms]
    first, rest = name.split(".", 1)
    out += [(f"{form}.{rest}", "case", False, lang)
            for (lang, case), forms in sorted(prefixed_forms(first, alphabet_of(first)).items()) if case == "prefix"
            for form in forms]
    return out
