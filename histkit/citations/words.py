"""The word lists a historian may extend, read from ``histkit/data/citations/*.csv``.

Each file has a header and one form a row in its first column (``form`` or
``stem``) and the language(s) after it: the words that introduce an
abbreviation (``hereafter.csv``: hereafter, doravante, dále jen, στο εξής …),
that lead in a citation after a sentence (``see_also.csv``: see also, voir
aussi, siehe auch, bkz. …), Ibid. and its kin (``ibid.csv``; kind ``ibid``
repeats with a tail, ``same`` only with pages) and the stems that make a name
an archive's (``archive_words.csv``), and the words for a box, file or
volume before its number (``unit_words.csv``: kart., leg., maço, Bü, φάκ. …), those of them after which numbers parted
by commas alone are as many files (``list_unit_words.csv``: `Д. 46, 48`, the GOST archival style),
the words after an archive's name that say the papers are held there (``held_words.csv``: 藏, 所蔵, 소장),
the words before it that say so after a word or two naming the copy (``held_in_words.csv``: Copy in, Kopie im, copie dans, kopia w),
the words opening another document of the same fond (``same_holding.csv``: исти фонд, тот же фонд, même fonds),
and the word for "the same" that opens one with the word for its container (``same_words.csv``: samma volym, même liasse),
and the words for "and" that join two documents of one archive
(``and_words.csv``: ``…, 3 Jan. 1943, and RG 84/2310/7, …``), and the abbreviations whose full stop ends
no sentence of a reference (``abbreviations.csv``: Inc., ed., Vol., Hrsg. …), and the words a reference's parts open
with (``reference_words.csv``, by kind: ``in`` w:, в кн.:; ``role`` red., под ред., tłum.; ``role_bracket`` (ed.), (coord.) after authors in capitals; ``commentary`` Staudinger, MüKo (a commentary cited with its author: `Staudinger/Hellweg`); ``first_edition`` ed. or., wyd. (an earlier edition in brackets: `2005 (wyd. 1 1995)`); ``volume`` t., Т.; ``volumes`` Bde., vols. (a work's count of volumes, `4 Bde.`);
``issue`` nr, №; ``edition`` wyd., изд.; ``et_al`` i in., и др.; ``op_cit`` Указ. соч., dz. cyt.; ``op_cit_article`` art. cit., нав. чл. and ``op_cit_book`` op. cit., nav. delo (which of
the author's works they repeat);
``same_author`` Его же, Tenże; ``role_sentence`` Tradução de, ``thesis`` Tese and ``medium`` Conjunto de dados, Podcast (the medium
after a web work's imprint) (ABNT, `abnt.py`);
``law_report`` D., S. and ``case_note`` note (a signed French case note, `casenotes.py`); ``lead`` Vgl., See; ``lead_after_words`` v., в., a lead word after words that
begin no name; ``statute`` …gesetz, zakon, a statute's name; ``corporate`` Ministero, Société, اداره, the head word of a body's name
that stands as a reference's author, `corporate.py`; ``entry`` voce, s.v., the word before an encyclopaedia entry's
headword, `entries.py`; ``restatement`` Restatement (Third) of, a title cited with a section and its bracket as literature,
`bluebook.py`). A row added there is understood at the
next run; nothing else changes.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..data import data_rows
from ..dates import trie_alternation
from ..patterns import compiled

#: A year a reference may carry, 1500-2099: the readers of each citation style compose their patterns with it.
YEAR = r"(?:1[5-9]|20)\d\d"

# the apostrophes and modifier letters a word may be printed with (Uzbek Latin `gʻ`, `Oʻ`; `Maʼnaviyat`; Greek's elision
# printed with the breathing's sign, `ἔνθ᾿ ἀνωτ.`)
_APOSTROPHES = "[ʻʼ‘’'`᾿]"
_APOSTROPHE = compiled(_APOSTROPHES)

#: The capital letters a name may open with, Latin and Cyrillic (`Łukasz`, `Émile`, `Јовић`, `Їжак`), for a character class;
#: with the dotted and accented capitals of transliteration (`Ḥasan`, `Ṭarrāḥ`, `Ẓāhir`: Latin Extended Additional),
#: Azerbaijani's schwa (`Əliyev`), Romanian's comma-below capitals (`Ștefănescu`, `Țurcanu`: the cedilla ones, `Ş`,
#: `Ţ`, are older print's), and Armenian's (`Ա. Մանուկյան`: a script with cases, its names capitalised as Latin ones are).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽƏȘȚЀ-ЯҐΆΈ-ΊΌΎ-ΏΑ-ΡΣ-ΫԱ-Ֆ" + "".join(
    chr(code) for code in range(0x1E00, 0x1F00) if chr(code).isupper()) + "".join(
    # (the capitals of Cyrillic's other alphabets: Kazakh `Әбдіқадыров`, `Қ.`, Tatar, Tajik, Mongolian …)
    chr(code) for code in range(0x0460, 0x0530) if chr(code).isupper() and code != 0x0490) + "".join(
    # (and polytonic Greek's, with a breathing: `Ἀνδρ. Θ. Σκιαδοπούλου`, `Ἱστορία`)
    chr(code) for code in range(0x1F00, 0x2000) if chr(code).isupper())


def _ranges(letters: str) -> str:
    """``letters`` (in code-point order) as a character class's body, runs of three or more as ranges."""
    runs: list[list[int]] = []
    for code in map(ord, letters):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" if b - a > 1 else "") + (re.escape(chr(b)) if b > a else "")
                   for a, b in runs)


#: Every capital letter of the Basic Multilingual Plane (`str.isupper`: Latin, Greek, Cyrillic, Armenian, Georgian
#: Mtavruli …), for a character class: where a pattern asks "does a name or a code open here", in any script with
#: cases (a script without them, as Georgian Mkhedruli or Arabic, has no capitals to open with).
CAPITAL = _ranges("".join(chr(code) for code in range(0x10000) if chr(code).isupper()))

#: The combining marks of the Basic Multilingual Plane (categories Mn, Mc, Me: an Indic vowel sign or virama, a Thai
#: tone mark, an Arabic short vowel), for a character class. `\w` counts none of them, so a word of the scripts that write
#: its vowels as marks (`पृ.`, `หน้า`, `পৃ.`) breaks at each: a letter of a shape is one with the marks after it
#: (`LETTER`), which counts `पृ` as one letter and every script's abbreviation as long as it looks.
MARK = _ranges("".join(chr(code) for code in range(0x10000) if unicodedata.category(chr(code)).startswith("M")))
#: A letter and the combining marks on it (`MARK`): a shape's letter in any script.
LETTER = rf"(?:[^\W\d_][{MARK}]*+)"

#: The cited pages by their shape, in any language: a number or a range (`PAGE_RANGE`; a Croatian or Latvian ordinal's
#: full stop before the dash, `212.–214.`) after a page mark of one to four letters and a full stop (`PAGE_MARK_SHAPE`:
#: `s.`, `σ.`, `str.`, `Арк.`). The readers of pages in unknown words compose them: the short forms' (`repeatshape`,
#: `authordate`) as they are, the Ibid.'s (`ibidshape`) and a reference's end (`tails`) as `pages_shape` and
#: `page_mark_shape`, which add the marks without a full stop and after the number and leave out the lists' other words.
#: (Hebrew closes an abbreviation with a geresh, not a full stop, often typed as an apostrophe: `עמ' 45`; two words'
#: initials in small letters, each with its full stop, abbreviate one mark: Yoruba's `o.i. 45`, ojú ìwé)
PAGE_MARK_SHAPE = rf"(?:{LETTER}{{1,4}}(?:\.|(?<=[\u0590-\u05ff])['׳])|[^\W\d_{UPPER}][{MARK}]*\.[^\W\d_{UPPER}][{MARK}]*\.)\s*"
PAGE_RANGE = r"\d+(?:\.?\s*[–—-]\s*\d+)?"
#: A volume's word by its shape, before its number (`bd 2`, `dl. 2`, `vol. II`, `τ. Β΄`): one to four letters and a
#: full stop, if any; the readers of short forms (`repeatshape`, `shortrefs`) add the number they accept.
VOLUME_MARK_SHAPE = rf"{LETTER}{{1,4}}\.?\s*"
#: A volume's part after it, its word by the same shape, after a comma (`díl II, sv. 1`, `knj. 2, sv. 1`, `vol. 2, pt.
#: 1`): a multi-volume work's volume printed in parts is one volume as printed, and a short form cites it so. The
#: part's word is in small letters: after `ep. 399` a series' siglum in capitals (`PL 182`) is no part.
VOLUME_PART_SHAPE = rf"(?:\s*,\s*(?=[^\W\d_{UPPER}]){VOLUME_MARK_SHAPE}(?:\d{{1,3}}|[IVXLC]+\b))?"
_VOLUME_MARK = compiled(f"^{VOLUME_MARK_SHAPE}")


def volume_number(volume: str) -> str:
    """A short form's ``volume`` (`dl. 2`, `vol. II`, as its reader took it) without its word (`VOLUME_MARK_SHAPE`).

    >>> volume_number("dl. 2"), volume_number("vol. II"), volume_number("")
    ('2', 'II', '')
    """
    return _VOLUME_MARK.sub("", volume)

#: A letter that is not one of `UPPER`: a small letter, or one of a script without cases, for a pattern.
LOWER = rf"[^\W\d_{UPPER}]"

WORD_FILES = ("hereafter.csv", "see_also.csv", "ibid.csv", "archive_words.csv", "unit_words.csv",
              "and_words.csv", "abbreviations.csv", "reference_words.csv", "held_words.csv",
              "held_in_words.csv", "same_holding.csv", "same_words.csv", "umbrella_archives.csv",
              "enclosing_words.csv", "name_particles.csv", "notary_words.csv", "both_words.csv",
              "list_unit_words.csv", "between_words.csv", "plural_unit_words.csv", "citing_words.csv",
              "enclosure_words.csv", "route_words.csv", "access_words.csv", "leaf_words.csv", "suspended_words.csv",
              "level_words.csv", "archive_sections.csv", "calendar_words.csv", "held_fonds.csv",
              "later_date_words.csv", "conjecture_words.csv")


@functools.cache
def word_rows(name: str) -> tuple[dict, ...]:
    """The rows of one word list of ``histkit/data/citations`` (one of `WORD_FILES`), blank forms left out.

    >>> any(row["form"] == "doravante" for row in word_rows("hereafter.csv"))
    True
    """
    rows = data_rows("citations", name)
    key = next(iter(rows[0]), "form") if rows else "form"
    return tuple({**row, "form": row[key].strip()} for row in rows if (row.get(key) or "").strip())


def forms(name: str, kind: str | None = None, language: str | None = None) -> list[str]:
    """The forms of one word list (only those of ``kind``, and of ``language``, when given), longest first.

    >>> "Ten pat" in forms("ibid.csv", "ibid"), "Idem" in forms("ibid.csv", "ibid")
    (True, False)
    >>> forms("reference_words.csv", "same_author", "hu")
    ['Ugyanő', 'ugyanő', 'Uő', 'uő']
    """
    chosen = [row["form"] for row in word_rows(name) if (kind is None or row.get("kind", "").strip() == kind)
              and (language is None or language in row.get("language", "").split())]
    return sorted(dict.fromkeys(chosen), key=lambda form: (-len(form), form))


@functools.cache  # (kept: a pure function of the lists, asked per token by `is_unit_token` and by each builder)
def alternation(name: str, kind: str | None = None, language: str | None = None) -> str:
    """A regular-expression alternation of a word list's forms: escaped, any run of spaces matching one space; a
    form whose row says ``case`` ``exact`` keeps its capitals even in a pattern that ignores case (Polish `J. w.`
    is an Ibid., `J. W.` a person's initials).

    >>> re.fullmatch(alternation("hereafter.csv"), "dále  jen") is not None
    True
    >>> [bool(re.fullmatch(alternation("ibid.csv", "ibid", "pl"), text, re.IGNORECASE)) for text in ("J. w", "J. W")]
    [True, False]
    >>> re.search(alternation("ibid.csv", "no such kind"), "any text") is None
    True
    """
    exact = {row["form"] for row in word_rows(name) if (row.get("case") or "").strip() == "exact"}
    # (an apostrophe inside a word is printed as any of its look-alikes: Uzbek `Oʻsha`, `O‘sha`, `O'sha`)
    escaped = ((form_pattern(form), form in exact) for form in forms(name, kind, language))
    # (no forms, where a list holds none of a kind for the languages read: an alternative that never matches, not an
    # empty one, which would match everywhere: with English's rows held out, every number was a gazette's issue)
    return "|".join(f"(?-i:{pattern})" if keep else pattern for pattern, keep in escaped) or "(?!)"


@functools.cache
def _greek_variants() -> dict[str, str]:
    """Each Greek letter → a character class of it with every accent and breathing (`υ` → `[υύὐὑὒ…]`)."""
    groups: dict[str, list[str]] = {}
    for code in [*range(0x0370, 0x0400), *range(0x1F00, 0x2000)]:
        letter = chr(code)
        base = unicodedata.normalize("NFD", letter)[:1]
        if unicodedata.category(letter).startswith("L") and "\u0370" <= base <= "\u03ff":
            groups.setdefault(base, []).append(letter)
    return {letter: f"[{''.join(group)}]" for group in groups.values() if len(group) > 1 for letter in group}


# Russian before 1918 (and émigré print after it) wrote `ѣ`, `і`, `ѵ`, `ѳ` where today's spelling has `е`, `и`, `ф`,
# and a hard sign after a word's last consonant: a list's `Там же` is printed `Тамъ же`
_OLD_CYRILLIC = {"е": "[еѣ]", "Е": "[ЕѢ]", "и": "[иіѵ]", "И": "[ИІѴ]", "ф": "[фѳ]", "Ф": "[ФѲ]"}
_LAST_CONSONANT = compiled(r"([бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ])(?![а-яёА-ЯЁ])")


def any_spelling(pattern: str) -> str:
    """``pattern`` (escaped words of a list) with each Greek letter matching it under any accent: a list's Greek word,
    written as today's monotonic spelling prints it (`Αυτόθι`), is found in the polytonic one of older scholarship
    (`Αὐτόθι`), and the other way round; and a Russian word in the spelling before 1918 (`_OLD_CYRILLIC`).

    >>> bool(re.fullmatch(any_spelling("Αυτόθι"), "Αὐτόθι")), bool(re.fullmatch(any_spelling("Там же"), "Тамъ же"))
    (True, True)
    """
    variants = _greek_variants()
    if re.search("[а-яА-Я]", pattern):
        pattern = "".join(_OLD_CYRILLIC.get(ch, ch) for ch in _LAST_CONSONANT.sub(r"\1ъ?", pattern))
    return "".join(variants.get(ch, ch) for ch in pattern)


def form_pattern(form: str, space: str = r"\s+") -> str:
    """A list's form as a pattern: escaped, each space as ``space``, each apostrophe as any of its look-alikes, each
    letter in any of its spellings (`any_spelling`).

    >>> bool(re.fullmatch(form_pattern("ένθ’ ανωτ."), "ἔνθ᾿  ἀνωτ.")), bool(re.fullmatch(form_pattern("z. B."), "z.B."))
    (True, True)
    """
    # (the space after an abbreviation's full stop inside a form may be left out, as notes print `z.B.`, `a.a.O.`)
    escaped = re.escape(form).replace(r"\.\ ", r"\.\s*") if space == r"\s+" else re.escape(form)
    return any_spelling(_APOSTROPHE.sub(_APOSTROPHES, escaped.replace(r"\ ", space)))


def spellings_of(letter: str) -> str:
    """The letters ``letter`` may be printed as (`any_spelling`), itself among them, for a character class's body.

    >>> "ἔ" in spellings_of("έ"), spellings_of("a")
    (True, 'a')
    """
    found = _greek_variants().get(letter) or _OLD_CYRILLIC.get(letter)
    return found[1:-1] if found else letter


def opening_guard(*names: str) -> str:
    """A look-ahead of the letters the forms of the word lists ``names`` open with, in any of their spellings
    (`spellings_of`), to stand before an `alternation` of them in a pattern that ignores case: `re` builds no prefix
    check for such a pattern and tries every form at every character; the look-ahead lets one test of a class pass
    over the rest. ``""`` where a form may open otherwise (empty, with a space or an apostrophe, which match more).

    >>> opening_guard("hereafter.csv") != "" and bool(re.match(opening_guard("hereafter.csv") + alternation("hereafter.csv"), "dále jen"))
    True

    A class matches a letter as its letters do one by one, also in any case: the pattern matches where it did.
    """
    firsts = {form[:1] for name in names for form in forms(name)}
    if any(not first.strip() or _APOSTROPHE.match(first) for first in firsts):
        return ""
    return "(?=[" + "".join(sorted({re.escape(s) for first in firsts for s in spellings_of(first)})) + "])"


def alternation_in(name: str, kind: str, languages: tuple[str, ...]) -> str:
    """`alternation` of one kind's forms in several languages: each language's run (longest first) after the one
    before it, a language without forms of the kind left out (`(?!)` only when none has any). The readers of a house
    shared by two languages (`cjk`: Chinese and Japanese; `korean`: Korean and Japanese) read their words with it.

    >>> alternation_in("reference_words.csv", "thesis_clause", ("ko", "ja"))
    '박사학위논문|석사학위논문|修士論文|博士論文'
    >>> alternation_in("ibid.csv", "no such kind", ("zh", "ja"))
    '(?!)'
    """
    return "|".join(found for found in (alternation(name, kind, language) for language in languages)
                    if found != "(?!)") or "(?!)"


@functools.cache
def folded_forms(names: tuple[str, ...], without_kind: str | tuple[str, ...] | None = None) -> frozenset[str]:
    """The forms of the word lists ``names`` in small letters without their full stop or colon (the rows of kind
    ``without_kind``, one or several, left out): the words a reader by shape tells from a name, an Ibid. or a title.

    >>> "ibid" in folded_forms(("ibid.csv",)), "in" in folded_forms(("reference_words.csv",), ("in", "in_prose"))
    (True, False)
    """
    left_out = (without_kind,) if isinstance(without_kind, str) else without_kind or ()
    return frozenset(row["form"].lower().rstrip(".:") for name in names for row in word_rows(name)
                     if row.get("kind") not in left_out)


@functools.cache
def statute_word() -> re.Pattern:
    """A pattern that finds a word for a law (``reference_words.csv``, kind ``statute``) ending a word: a statute's
    name (`Thüringer Bibliotheksgesetz`, `Zakon o arhivih`), whatever archive or library word it holds.

    >>> bool(statute_word().search("Thüringer Bibliotheksgesetz")), bool(statute_word().search("Contract Archive"))
    (True, False)
    """
    # (a word of four letters or fewer only whole: `act`, not the end of `Contract`)
    short = [re.escape(form) for form in forms("reference_words.csv", "statute") if len(form) <= 4]
    long = [re.escape(form) for form in forms("reference_words.csv", "statute") if len(form) > 4]
    # (a side with no words is left out: an empty alternative would match everywhere, every text a statute)
    sides = ([rf"(?<![^\W\d_])(?:{'|'.join(short)})"] if short else []) + (["|".join(long)] if long else [])
    return compiled(rf"(?:{'|'.join(sides) or '(?!)'})\b", re.IGNORECASE)


@functools.cache
def archive_word() -> re.Pattern:
    """A pattern that finds a stem of ``archive_words.csv`` anywhere in a name, also inside a compound.

    >>> bool(archive_word().search("Schweizerisches Bundesarchiv")), bool(archive_word().search("Tom Segev"))
    (True, False)

    It is asked whether a stem occurs, not which: the stems are one trie, so
    each position of a text is passed by one branch, not tried with each stem.
    A look-ahead of the stems' first letters goes before it: `re` builds no
    prefix check for a pattern in any case, and one test of a character class
    at each position costs less than entering the trie's first branches.
    """
    stems = forms("archive_words.csv")
    firsts = sorted({stem[:1] for stem in stems})
    # (a stem opening with a space, read as any white space, or an empty one: no look-ahead could say where it starts)
    # (a stem in any of its spellings, `any_spelling`: `αρχεί` in polytonic `Ἀρχεῖον`)
    firsts = sorted({spelled for first in firsts for spelled in spellings_of(first)})
    guard = "" if any(not first.strip() for first in firsts) else f"(?=[{''.join(map(re.escape, firsts))}])"
    return compiled(guard + any_spelling(trie_alternation(stems).replace("\\ ", r"\s+")), re.IGNORECASE)


@functools.cache
def notary_word() -> re.Pattern:
    """A word for a notary or scribe opening a part of a holding, then his name (``notary_words.csv``): `notaris J.C.
    Henriquez`, `notari Joan Baptista Tarassó` before the protocol's volume describe the deed, and are no collection.

    >>> bool(notary_word().match("notaris J.C. Henriquez")), bool(notary_word().match("Notariële protocollen"))
    (True, False)
    """
    return compiled(rf"(?:{alternation('notary_words.csv')})\s+(?=[{UPPER}])", re.IGNORECASE)


@functools.cache
def collection_end() -> re.Pattern:
    """A word of ``collection_words.csv`` ending a token: the name of a collection of papers, no town.

    >>> bool(collection_end().search("Eden Papers")), bool(collection_end().search("Birmingham"))
    (True, False)
    """
    return compiled(rf"(?<![^\W\d_])(?:{alternation('collection_words.csv')})$")


@functools.cache
def level_word() -> re.Pattern:
    """A word of ``level_words.csv`` opening a part of a holding, then its name: a level of the archive, no town.

    >>> bool(level_word().match("Sección Colonia")), bool(level_word().match("Santafé")), bool(level_word().match("Sala IX"))
    (True, False, True)
    """
    return compiled(rf"(?:{alternation('level_words.csv')})\s+(?=[{UPPER}\d])", re.IGNORECASE)


@functools.cache
def _sections() -> frozenset[tuple[str, str]]:
    return frozenset((row.get("kind", "").strip(), row["form"].casefold()) for row in word_rows("archive_sections.csv"))


def is_archive_section(code: str, text: str) -> bool:
    """Whether ``text`` names a section of the archive ``code`` (``archive_sections.csv``), a fond, though a town's name.

    >>> is_archive_section("AGI", "Santa Fe"), is_archive_section("AGI", "Sevilla"), is_archive_section("AGN", "Lima")
    (True, False, False)
    """
    return (code, text.strip().casefold()) in _sections()


@functools.cache
def enclosing_word() -> re.Pattern:
    """A stem of ``enclosing_words.csv`` (a university…) anywhere in a name: the body an archive named before it
    belongs to, dropped from the archive's name (`Sudan Archive, Durham University Library`).

    >>> bool(enclosing_word().search("Durham University Library")), bool(enclosing_word().search("Sudan Archive"))
    (True, False)
    """
    return compiled(trie_alternation(forms("enclosing_words.csv")), re.IGNORECASE)


@functools.cache
def not_page_words() -> str:
    """An alternation of the short words of the lists that mark no page, without their full stop: a volume's `t`, `kd`,
    an issue's `nr`, `no`, an edition's `izd`, a box's `k`, a word for "and" (to be matched in any case).

    >>> all(re.fullmatch(f"(?i:{not_page_words()})", word) for word in ("t", "no", "Bd", "nr")), "s" in not_page_words().split("|")
    (True, False)
    """
    # (a page mark of one language that is a volume's word in others, Welsh `t.`, French `t.`, stays none here)
    marks = {row["form"] for row in word_rows("reference_words.csv") if row.get("kind") == "page_mark"} - set(
        forms("reference_words.csv", "volume"))
    other = {row["form"].rstrip(".") for name in ("reference_words.csv", "unit_words.csv", "abbreviations.csv", "and_words.csv")
             for row in word_rows(name) if re.fullmatch(r"[^\W\d_]{1,4}\.?", row["form"]) and row["form"] not in marks
             and f"{row['form']}." not in marks}  # (French legal `45 s.`, "and following": `s.` is a page mark too)
    return "|".join(re.escape(form) for form in sorted(other, key=lambda form: (-len(form), form)))


@functools.cache
def page_mark_shape() -> str:
    """A page mark before the number in words no list holds, by its shape: `PAGE_MARK_SHAPE` (`σ. 45`, `ss. 12`), or one
    to three small letters without a full stop (Estonian `lk 45`); not a short word the lists give another meaning
    (a volume's `t. 4`, an issue's `nr 3`).

    >>> [bool(re.fullmatch(f"(?:{page_mark_shape()})4", text)) for text in ("σ. 4", "lk 4", "t. 4", "nr 4", "lk4")]
    [True, True, False, False, False]
    """
    # (a letter's marks are part of it: not inside a word, `…पृ`, nor its tail; `หน้า 45`, three letters and a tone mark)
    return (rf"(?<![^\W\d_])(?<![{MARK}])(?!(?i:{not_page_words()})(?![^\W\d_]|[{MARK}]))"
            rf"(?:{PAGE_MARK_SHAPE}(?=\d)|(?:{LOWER}[{MARK}]*){{1,3}}\s+(?=\d))")


@functools.cache
def mark_after() -> str:
    """The pages with their mark after the number or range, by its shape (Latvian `45. lpp.`, `12.–30. lpp.`, Hungarian
    `45. o.`, `12–30. old.`): the number, its ordinal full stop, and one to three small letters no list gives another
    meaning (not an edition's `2. izd.`), with their full stop (gone when it ended the note); a year is no page.

    >>> [bool(re.fullmatch(mark_after(), text)) for text in ("45. lpp.", "12.–30. lpp", "2. izd.", "1925. g.")]
    [True, True, False, False]

    Or a counter glued after it in the scripts that print one so (`_COUNTER_AFTER`):

    >>> [bool(re.fullmatch(mark_after(), text)) for text in ("77頁", "45~52쪽", "1998年", "12 ページ目")]
    [True, True, False, False]
    """
    return (rf"(?!{YEAR}\.?\s)\d+\.?(?:\s*[–—-]\s*\d+\.?)?\s+(?!(?i:{not_page_words()})(?![^\W\d_])){LOWER}{{1,3}}"
            rf"(?![^\W\d_]|[{MARK}])\.?|{_COUNTER_AFTER}")


# (the scripts of East Asia print a counter glued after the number, the range joined by a wave dash too: `77頁`,
# `45~52쪽`, `12–30页`; one or two of their characters and no more, and not after a year: `1998年` is its year)
_COUNTER_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
_COUNTER_AFTER = (rf"(?!{YEAR}\D)\d+(?:\s*[–—~～∼-]\s*\d+)?[{_COUNTER_SCRIPTS}]{{1,2}}(?![{_COUNTER_SCRIPTS}])")


@functools.cache
def pages_shape() -> str:
    """The cited pages in words no list holds: `mark_after`, or a number or range (`PAGE_RANGE`) after an optional
    `page_mark_shape`, and `f.`/`ff.` after it.

    >>> [bool(re.fullmatch(pages_shape(), text)) for text in ("σ. 118", "lk 143", "18. lpp.", "212.–214", "s. 22 ff", "t. 4")]
    [True, True, True, True, True, False]
    """
    return rf"(?:{mark_after()}|(?:{page_mark_shape()})?{PAGE_RANGE}(?:\s*ff?\b)?)"


@functools.cache
def held_word() -> re.Pattern:
    """A word after an archive's name saying the papers are held there (``held_words.csv``), ending the name.

    >>> held_word().sub("", "北京市档案馆藏"), held_word().sub("", "독립기념관 소장")
    ('北京市档案馆', '독립기념관')
    """
    return compiled(rf"\s*(?:{alternation('held_words.csv')})$")


@functools.cache
def unit_word_forms() -> frozenset[str]:
    """The words for a box, file or volume before its number (``unit_words.csv``), in small letters.

    >>> "hồ sơ" in unit_word_forms(), "kart." in unit_word_forms()
    (True, True)
    """
    return frozenset(row["form"].lower() for row in word_rows("unit_words.csv"))


@functools.cache
def shelfmark_opening() -> re.Pattern:
    """A library manuscript's shelfmark opening a text: a word for a manuscript (``manuscript_words.csv``), abbreviated
    words of its series, then its number (`Cod. Ser. n. 34512`, `Rkp. 9871 III`); ``letters`` the words before it.

    >>> shelfmark_opening().match("Cod. Ser. n. 34512, fols 12r–18v").group("letters"), shelfmark_opening().match("Ms. Smith 1990")
    ('Cod. Ser. n.', None)
    """
    return compiled(rf"\s*(?P<letters>(?:{alternation('manuscript_words.csv')})(?![^\W\d_])(?:\s?[^\W\d_]{{1,6}}\.){{0,3}})\s?\d")


@functools.cache
def journal_word() -> re.Pattern:
    """A word of ``journal_words.csv`` (`Zeitschrift`, `Journal`, `Review`, …) anywhere in a name, in any case.

    >>> bool(journal_word().search("Historische Zeitschrift")), bool(journal_word().search("Caernarfon"))
    (True, False)
    """
    return compiled(trie_alternation(forms("journal_words.csv")), re.IGNORECASE)


#: The words for "editor" in brackets after the names, as the lists hold them (kind ``role_bracket``: `(Hrsg.)`,
#: `(haz.)`, `(επιμ.)`) and the German and Polish abbreviations: an alternation (`containers`, `places`).
LISTED_EDITOR_WORD = rf"{alternation('reference_words.csv', 'role_bracket')}|red|Hrsg|Hg"


_DASH = r"\s*[–—-]\s*"


@functools.cache
def _leaves() -> re.Pattern:
    rows = sorted(word_rows("leaf_words.csv"), key=lambda row: -len(row["form"]))
    plain = "|".join(form_pattern(row["form"]) for row in rows if not row.get("side"))
    sided = "|".join(form_pattern(row["form"]) for row in rows if row.get("side"))
    side = rf"\d+[rv](?:{_DASH}(?:\d+[rv]?|[rv]))?"  # (a range's end may be its side alone: `fols. 23r–v`)
    any_number = rf"\d+[rv]?(?:{_DASH}(?:\d+[rv]?|[rv]))?"
    return compiled(rf"(?:(?:{plain})\s*{any_number}|(?:{sided})\s*{side})(?:\s*,\s*{any_number})*")


def is_leaves(text: str) -> bool:
    """Whether ``text`` names only leaves or pages of a unit.

    >>> [is_leaves(t) for t in ("c. 56v", "cc. 101v-103r", "fols. 23r–v", "S. 34", "c. 45", "box 12", "k. 3r")]
    [True, True, True, True, False, False, True]
    """
    return _leaves().fullmatch(text.strip(" .")) is not None


#: A word for "in" before the book or journal a piece is in (`in:`, `In `, `w:`, `dans `, `u `).
IN_WORDS = rf"(?:(?:{alternation('reference_words.csv', 'in')})\s*|(?:in|In|u|U|у|У|dans|en)(?::\s*|\s+))"
