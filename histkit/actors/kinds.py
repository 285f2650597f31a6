"""What kind of actor a group of name forms is, and the evidence for it, from word lists in `histkit/data/actors/`.

- person: a title or function before it (`titles.csv`: `Mr`, `drug`, `Minister`), a first name (`first_names.csv`)
  or an initial at its start, a surname used alone, a surname ending (`surname_endings.csv`: `-ović`);
- organisation: a word of `organisation_words.csv` (`Party`, `partija`, `Kommission`), a plural of members
  (`member_words.csv`: `Socialists`, `komunisti`), or an abbreviation in capitals (`SSRNJ`);
- place: most occurrences after a place preposition (`place_prepositions.csv`: `in`, `u`, `nach`), which outweighs
  a surname used alone; an abbreviation of a state (`state_abbreviations.csv`: `USSR`, `FNRJ`); a state's word
  (`state_words.csv`: `Republic`, `Königreich`); a proper name the text's dictionary knows;
- other: every word a common word of the language (`Cold War`, `Foreign Affairs`), by the lemmatizer's lower-case lemma;
  an archive or papers (`archive_words.csv`); several long words in capitals (a heading);
- and a name the dictionaries do not know, with no other evidence, is taken for a person.

German capitalises its nouns, so a German word is common by its frequency, its ending (`noun_endings.csv`: `-ung`),
its case (`Grundsätze`) or the dictionary noun that ends its hyphened compound.
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from .variants import to_latin
from ..patterns import compiled

KIND_ORDER = ("organisation", "person", "place", "other")
#: Evidence for a person that where the name stands (after `in`, `v`, `nach`) outweighs.
WEAK_PERSON = ("surname used alone", "surname ending")
_CYRILLIC = compiled("[\u0400-\u04ff]")
_SERBIAN = compiled("[ђјљњћџЂЈЉЊЋЏ]")  # letters only Serbian (and Macedonian) Cyrillic has
_ACRONYM = compiled(r"^[A-ZČĆŠŽĐА-ЯЁЂЈЉЊЋЏ]{2,8}(?:[-/][A-ZČĆŠŽĐА-ЯЁЂЈЉЊЋЏ]{2,8})?(?:-[a-zа-я]{1,3})?$")
#: An abbreviation with small letters of its particles inside (`KPdSU`, `UdSSR`): three capitals at least.
_MIXED_ACRONYM = compiled(r"^(?=(?:[a-zäöü]*[A-ZÄÖÜ]){3})[A-ZÄÖÜ][A-Za-zäöü]{2,7}$")


@functools.lru_cache(maxsize=None)
def word_list(name: str, column: str = "form") -> frozenset:
    """The lower-case entries of one column of ``histkit/data/actors/NAME``.

    >>> "maršal" in word_list("titles.csv") and "party" in word_list("organisation_words.csv", "stem")
    True
    """
    return frozenset(row[column].strip().casefold() for row in data_rows("actors", name) if row[column].strip())


def guess_kind(forms: list[str], occurrences: list, surname_alone: bool, languages: tuple) -> tuple[str, str]:
    """(kind, evidence) of one group of forms, from its forms and where they stand.

    >>> guess_kind(["Ivo Andrić"], [], False, ("en",))
    ('person', 'first name Ivo; surname ending -ić')
    >>> guess_kind(["Foreign Ministry"], [], False, ("en",))
    ('organisation', 'organisational word Ministry')
    """
    capitals = forms[0].split()
    if len(capitals) > 1 and any(len(w) > 5 for w in capitals) and all(w.isupper() for w in capitals):
        return "other", "words in capitals: a heading or a title"  # `TRADE AND AID`; an abbreviation is short
    archive = next((w for w in map(is_archive_name, forms) if w), "")
    if archive:
        return "other", f"an archive or papers: {archive}"  # a source, not an actor, though an actor's name is in it
    state = next((f for f in forms if f.casefold() in word_list("state_abbreviations.csv", "abbreviation")), "")
    if state:
        return "place", f"abbreviation of a state: {state}"  # whatever stands before it (`poslanika FNRJ`, an envoy's)
    # The state's word heads the name (`Habsburg Empire`, `Vereinigte Staaten`, `Bundesrepublik`), not `Reichstag`.
    state = next((w for f in forms for w in f.split() if _state_word(w) and (
        w == f.split()[-1] or not is_organisation_word(f.split()[-1]))), "")
    if state:
        return "place", f"a state's word: {state}"
    evidence = {kind: [] for kind in KIND_ORDER}
    for form in forms:
        _form_evidence(form, evidence)
    titles = sorted({o.before[-1] for o in occurrences if o.before and o.before[-1].casefold() in word_list("titles.csv")})
    if titles:
        evidence["person"].append("after " + "/".join(titles[:3]))
    placed = sum(1 for o in occurrences if o.before and o.before[-1].casefold() in word_list("place_prepositions.csv"))
    if occurrences and placed * 2 >= len(occurrences) and placed >= 1:
        evidence["place"].append(f"after a place preposition {placed} of {len(occurrences)} times")
    if surname_alone:
        evidence["person"].append("surname used alone")
    # A surname alone or a surname's ending is weaker than where the name stands: `v Ljubljani` is a place,
    # though `Ljubljana` also ends a longer run (`Consul-General Ljubljana`) and so looks like a surname used alone.
    if evidence["place"] and all(e.startswith(WEAK_PERSON) for e in evidence["person"]):
        evidence["person"] = []
    for kind in ("organisation", "person", "place"):
        if evidence[kind]:
            return kind, "; ".join(dict.fromkeys(evidence[kind]))
    if forms[0].split()[-1].casefold() in word_list("titles.csv"):
        return "other", f"a title or function: {forms[0].split()[-1]}"
    known = next((lang for f in forms if " " not in f for lang in languages if _known_name(f, lang)), "")
    adjective = _possessive_adjective(forms)
    if known and adjective:
        # A dictionary's name with a possessive adjective (`Titova`, `Titovo`) is a person's; places make other adjectives.
        return "person", f"a proper name the {known} dictionary knows, with the possessive adjective {adjective}"
    if known and languages[:1] != (known,) and not placed and len(occurrences) >= 3 and _used_in(forms[0], languages[0]):
        # The places of a text are in its own language's dictionary; a name only another language's knows, never
        # after `in` or `v`, that the text's own language uses as written, is a person's (`Tito` in an English text
        # with Slovene notes; not `Beograd`, which English writes `Belgrade`).
        return "person", f"a proper name only the {known} dictionary knows, never after a place preposition"
    if known:
        return "place", f"a proper name the {known} dictionary knows"
    if all(is_common_word(w, languages) for f in forms[:1] for w in f.split()):
        return "other", "common words of the language"
    if " " not in forms[0] and is_common_word(forms[0], languages, zipf=4.0, names=True):
        return "other", "a frequent word of the language"
    return "person", "a name no dictionary knows"


_POSSESSIVE_ADJECTIVE = compiled(r"^(?:ov|ev|in)(?:a|o|e|i|u|ega|emu|em|ih|im|og|om|oj)?$")


def _used_in(word: str, lang: str) -> bool:
    """Whether ``lang`` uses ``word`` as written at least about once in a million words (wordfreq: zipf 2.5)."""
    import wordfreq

    lang = _WORDFREQ.get(lang, lang)
    return lang in wordfreq.available_languages() and wordfreq.zipf_frequency(word.casefold(), lang) >= 2.5


def _possessive_adjective(forms: list[str]) -> str:
    """A form of ``forms`` that is the Slavic possessive adjective of another (`Titova` of `Tito`, `Pelline` of `Pella`), or ''.

    >>> _possessive_adjective(["Hebrang", "Hebrangova"]), _possessive_adjective(["Zagreb", "Zagrebu"])
    ('Hebrangova', '')
    """
    singles = [f for f in forms if " " not in f]
    for base in singles:
        stem = base[:-1] if base[-1:] in "aoe" and len(base) > 3 else base
        for form in singles:
            if form != base and form.startswith(stem) and _POSSESSIVE_ADJECTIVE.match(form[len(stem):]):
                return form
    return ""


def _known_name(word: str, lang: str) -> bool:
    """Whether the lemmatizer's dictionary of ``lang`` has ``word`` as a proper name (mostly places: `Brussels`, `Belgiji`)."""
    import simplemma

    try:
        return simplemma.is_known(word, lang=lang) and simplemma.lemmatize(word, lang=lang)[:1].isupper()
    except ValueError:
        return False


def is_organisation_word(word: str) -> bool:
    """Whether a word begins like one of `organisation_words.csv` (`Partij`, `Komisija`, `Institute`) and is no title.

    >>> is_organisation_word("Komisije"), is_organisation_word("Botschafter"), is_organisation_word("Комисије")
    (True, False, True)
    """
    low = _latin_fold(word)
    if low in word_list("titles.csv") or word.casefold() in word_list("titles.csv") or low in word_list("first_names.csv", "name"):
        return False  # `Botschafter` is a person's title, though it begins like `Botschaft`; `Svetlana` is no `svet`
    return any(low.startswith(stem) for stem in word_list("organisation_words.csv", "stem") if len(stem) >= 4 or low == stem)


@functools.lru_cache(maxsize=65536)
def _latin_fold(word: str) -> str:
    """A word in lower case and, when Cyrillic, in Latin letters: the word lists are written in Latin."""
    return to_latin(word).casefold() if _CYRILLIC.search(word) else word.casefold()


def _state_word(word: str) -> bool:
    """Whether a word holds a word of `state_words.csv` (`Republic`, `Bundesrepublik`, `Königreich`, `Österreich`)."""
    low = _latin_fold(word)
    return any(low.endswith(stem) or (stem in low and not end) for stem, end in _state_stems())


@functools.lru_cache(maxsize=None)
def _state_stems() -> tuple:
    """(stem, whether it must end the word): `reich` ends `Frankreich`, not `Reichert`."""
    return tuple((row["stem"].strip().casefold(), row["at"].strip() == "end")
                 for row in data_rows("actors", "state_words.csv"))


def is_organisation_word_of(word: str, lang: str) -> bool:
    """Whether ``word`` begins like an organisational word `organisation_words.csv` gives for language ``lang``.

    >>> is_organisation_word_of("Treasury", "en"), is_organisation_word_of("Organizacija", "en")
    (True, False)
    """
    low = _latin_fold(word)
    return any(low.startswith(stem) and (len(stem) >= 4 or low == stem) for stem in _stems_of(lang))


@functools.lru_cache(maxsize=None)
def _stems_of(lang: str) -> frozenset:
    lang = {"hbs": "sh"}.get(lang, lang)
    return frozenset(row["stem"].strip().casefold() for row in data_rows("actors", "organisation_words.csv")
                     if lang in row["language"].split())


def is_organisation_name(word: str) -> bool:
    """Whether one word names an organisation by a compound of an organisational word (`Bundesregierung`,
    `Wirtschaftsministerium`), not the bare common noun (`Regierung`, `Ministerium`).

    >>> is_organisation_name("Landesregierung"), is_organisation_name("Regierungen"), is_organisation_name("Hebrang")
    (True, False, False)
    """
    low = _latin_fold(word)
    return any(low.find(stem, 3) >= 3 for stem in word_list("organisation_words.csv", "stem") if len(stem) >= 5)


def is_archive_name(form: str) -> str:
    """The word of ``form`` that makes it an archive, a fond or a collection of papers (`archive_words.csv`), or ''.

    >>> is_archive_name("Stiftung Archiv der Parteien"), is_archive_name("Parteiarchiv"), is_archive_name("Ivo Andrić")
    ('Archiv', 'Parteiarchiv', '')
    """
    stems = word_list("archive_words.csv", "stem")
    return next((w for w in form.split() if any(stem in w.casefold() for stem in stems)), "")


def is_members_word(word: str) -> bool:
    """Whether a word begins like a plural of members of `member_words.csv` (`Socialists`, `komunisti`).

    >>> is_members_word("Kommunisten"), is_members_word("Hebrang")
    (True, False)
    """
    low = _latin_fold(word)
    return any(low.startswith(stem) for stem in word_list("member_words.csv", "stem"))


def _form_evidence(form: str, evidence: dict) -> None:
    words = form.split()
    for word in words:
        if is_organisation_word(word) or is_organisation_name(word):
            evidence["organisation"].append(f"organisational word {word}")
        if is_members_word(word):
            evidence["organisation"].append(f"members' word {word}")
    # `SSRNJ`, `KPdSU`; an organ and its body, `CK ZKS` (short: several long words in capitals are a heading)
    if all(_ACRONYM.match(w) or _MIXED_ACRONYM.match(w) for w in words) and (len(words) == 1 or all(len(w) <= 5 for w in words)):
        evidence["organisation"].append("abbreviation in capitals")
    if len(words) > 1:
        first = to_latin(words[0]).casefold()
        if first in word_list("first_names.csv", "name") or words[0].casefold() in word_list("first_names.csv", "name"):
            evidence["person"].append(f"first name {words[0]}")
        elif len(words[0]) == 1 or (len(words[0]) == 2 and words[0].endswith(".")):
            evidence["person"].append("initial")
    ending = next((e for e in sorted(word_list("surname_endings.csv", "ending"), key=len, reverse=True)
                   if words[-1].casefold().endswith(e) and len(words[-1]) > len(e) + 2), "")
    if ending:
        evidence["person"].append(f"surname ending -{ending}")


#: Languages that capitalise every noun, so that a capitalised lemma does not make a name (`Regierung`).
NOUNS_CAPITALISED = ("de", "lb")
#: How often (wordfreq's zipf) a word of such a language is used, at least, to be taken for a common noun:
#: `Regierung` 5.2, `Botschaft` 4.5, but `Adenauer` 3.7, `Wehner` 3.1.
NOUN_ZIPF = 4.3

def _compound_noun(word: str, lang: str) -> bool:
    """Whether a hyphened word ends in a noun of ``lang``'s dictionary that is no proper name in English's, so that
    the whole is a noun (`Ivanov-Plan`, `Oder-Neiße-Linie`; not `Ost-Berlin`, `Kacin-Wohinz`)."""
    import simplemma

    head = word.rsplit("-", 1)[-1]
    if "-" not in word or len(head) < 3 or not head[:1].isupper() or head.casefold() in word_list("first_names.csv", "name"):
        return False
    try:
        return simplemma.is_known(head, lang=lang) and not _known_name(head, "en") and not _known_name(head, lang="sl")
    except ValueError:
        return False


def _inflected_noun(word: str, lang: str) -> bool:
    """Whether the dictionary of ``lang`` reads ``word`` as a case of another capitalised word, other than by a genitive
    -s (`Grundsätze` of `Grundsatz`, `Projekten` of `Projekt`; not `Adenauers`): names are seldom declined otherwise."""
    import simplemma

    try:
        lemma = simplemma.lemmatize(word, lang=lang)
    except ValueError:
        return False
    return lemma != word and lemma[:1].isupper() and word not in (lemma + "s", lemma + "es")


def _noun_by_ending(low: str, lang: str) -> bool:
    """Whether a word ends like a noun of ``lang`` (`noun_endings.csv`: `-ung`, `-heit`) or joins one inside a compound
    (`-ungs-`: `Wiedergutmachungsfragen`)."""
    for ending, languages, inside in _noun_endings():
        if lang not in languages:
            continue
        if low.endswith(ending) and len(low) >= len(ending) + 3:
            return True
        if inside and low.find(ending, 3) >= 3 and len(low) - low.find(ending, 3) - len(ending) >= 3:
            return True
    return False


@functools.lru_cache(maxsize=None)
def _noun_endings() -> tuple:
    return tuple((row["ending"].strip().casefold(), frozenset(row["language"].split()), row["inside"].strip() == "yes")
                 for row in data_rows("actors", "noun_endings.csv"))


#: wordfreq's code for a simplemma language where they differ.
_WORDFREQ = {"hbs": "sh"}


@functools.lru_cache(maxsize=65536)
def is_common_word(word: str, languages: tuple, zipf: float = 5.0, names: bool = False) -> bool:
    """Whether a language of ``languages`` has ``word`` as a common word: `Vlade`, `Zabeleška`, `Western`, `Foreign`.

    >>> is_common_word("Vlade", ("hbs",)), is_common_word("Hebrang", ("hbs", "sl")), is_common_word("Andrić", ("hbs",))
    (True, False, False)
    >>> is_common_word("Regierung", ("de",)), is_common_word("Adenauer", ("de",))
    (True, False)

    Common when the lemmatizer (simplemma) knows it and its lemma is in
    lower case, or when wordfreq counts its lower-case form at least ``zipf``
    (once in 100,000 words) in one of the languages; a name that is also a word
    wordfreq counts often (`Tito`) has a capitalised lemma and stays a name,
    unless ``names`` (then only wordfreq's count decides: `German`, `Dutch`).
    """
    import simplemma
    import wordfreq

    if len(word) > 1 and word.isupper():
        return False  # an abbreviation (`USSR`), whatever the dictionary makes of its lower case
    low = word.casefold()
    if "hbs" in languages and _CYRILLIC.search(word):
        word, low = to_latin(word), to_latin(low)  # simplemma's Serbian is in Latin letters
    for lang in languages:
        if lang in NOUNS_CAPITALISED and (wordfreq.zipf_frequency(low, lang) >= NOUN_ZIPF or _noun_by_ending(low, lang)
                                          or _inflected_noun(word, lang) or _compound_noun(word, lang)):
            return True  # its dictionary capitalises nouns too; how often the word is used, its ending or its case tells
        try:
            if not simplemma.is_known(low, lang=lang):
                continue
            if simplemma.lemmatize(low, lang=lang)[:1].islower():
                return True
            if not names:
                return False  # the dictionary knows it as a name
        except ValueError:
            continue
    return any(wordfreq.zipf_frequency(low, _WORDFREQ.get(lang, lang)) >= zipf for lang in languages
               if _WORDFREQ.get(lang, lang) in wordfreq.available_languages())


#: Languages whose most frequent words `guess_languages` looks for, as wordfreq names them.
GUESSED_LANGUAGES = ("en", "de", "fr", "it", "sh", "sl", "ru", "pl", "cs", "nl", "es")
#: simplemma's name of a wordfreq language where they differ (Serbian, Croatian, Bosnian: hbs).
_SIMPLEMMA = {"sh": "hbs"}


def guess_languages(texts, limit: int = 3, sample: int = 5000) -> tuple:
    """The languages of some texts, most used first, as simplemma names them: the one or few whose commonest words they use.

    >>> guess_languages(["The envoy met the minister in the capital and wrote to him.",
    ...                  "Zabeleška o razgovoru sa ministrom u Beogradu, jer je on bio tamo."])
    ('en', 'hbs')

    Each text votes for the language whose 200 commonest words (wordfreq's, shipped in `common_words.csv`)
    cover most of its words; a language is kept when it wins a tenth of the
    votes or more (an English article with Serbian notes: both).
    """
    common = _commonest_words()
    votes: dict[str, int] = {}
    seen = 0
    for text in texts:
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", to_latin(str(text)) if _SERBIAN.search(str(text)) else str(text))]
        if not words or seen > sample:
            continue
        seen += len(words)
        best = max(GUESSED_LANGUAGES, key=lambda lang: sum(w in common[lang] for w in words))
        if any(w in common[best] for w in words):
            votes[best] = votes.get(best, 0) + len(words)
    total = sum(votes.values()) or 1
    ranked = sorted((lang for lang in votes if votes[lang] * 10 >= total), key=lambda lang: -votes[lang])
    found = tuple(_SIMPLEMMA.get(lang, lang) for lang in ranked[:limit])
    return tuple(dict.fromkeys(found + _by_letters(texts))) or ("en",)


@functools.lru_cache(maxsize=None)
def _commonest_words() -> dict:
    """The 200 commonest words of each of `GUESSED_LANGUAGES`: wordfreq's `top_n_list`, shipped in `common_words.csv`
    because reading wordfreq's eleven lists takes about a second in every process."""
    common: dict[str, set] = {lang: set() for lang in GUESSED_LANGUAGES}
    for row in data_rows("actors", "common_words.csv"):
        common.setdefault(row["language"], set()).add(row["word"])
    return {lang: frozenset(words) for lang, words in common.items()}


def _by_letters(texts, least: int = 3) -> tuple:
    """Languages whose own letters (`letters.csv`: ć and đ for Serbian and Croatian) the texts use at least ``least`` times.

    Texts too short for their common words to tell (a note that is only a citation) still show their letters.
    """
    counts: dict[str, int] = {}
    for text in texts:
        for ch in str(text).casefold():
            counts[ch] = counts.get(ch, 0) + 1
    found = []
    for row in data_rows("actors", "letters.csv"):
        if sum(counts.get(ch, 0) for ch in row["letters"]) >= least:
            found += row["language"].split()
    return tuple(found)
