"""Where a run of capitalised words holds several names, or a noun phrase beside a name: where to cut it.

A run of capitalised words (`histkit.actors.discovery.name_runs`) joins every
capitalised word that follows another, with `von`, `der` or `de` inside. That
makes one candidate of a place and the name after it (`u Beogradu Ivo Andrić`
reads `Beogradu Ivo Andrić`), of two names in a row, and in German, which
capitalises every noun, of a noun phrase (`Abbruch der Beziehungen`, `Tito den
Zeitpunkt`). `split_run` cuts such runs, from what the words are: a first name
(`first_names.csv`, also inflected by `case_endings.csv`), an article inside
(`der`, `den`), a common word of the language, an organisational word that
holds its phrase together (`Bund der Kommunisten`).
"""

from __future__ import annotations

import functools

from .kinds import NOUNS_CAPITALISED, is_common_word, is_members_word, is_organisation_word, word_list
from .variants import to_latin
from ..patterns import compiled

#: Particles that are articles: inside a name only after `van`/`von` (`van der`, `von den`), else they join nouns.
ARTICLE_PARTICLES = frozenset({"der", "den", "des", "dem", "la", "le"})
#: Languages that make possessive adjectives of persons' names (`Titova`, `Kardeljevi`, `Pellina`).
POSSESSIVE_ADJECTIVES = ("hbs", "sl", "cs", "pl", "ru", "bg", "mk", "sk")
_POSSESSIVE_ADJECTIVE = compiled(r"^[^\W\d_]{3,}(?:ov|ev|in)(?:a|o|e|i|u|ega|emu|em|ih|im|og|om|oj)$")
#: Particles that may stand before an article inside a name.
_NOBLE = frozenset({"van", "von"})


@functools.lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of `first_names.csv`, as written or in a case of `case_endings.csv`.

    >>> is_first_name("Ivo"), is_first_name("Ivom"), is_first_name("Jean-Paul"), is_first_name("Andrić")
    (True, True, True, False)
    """
    firsts = word_list("first_names.csv", "name")
    low = to_latin(word).casefold()
    if low in firsts or low.split("-")[0] in firsts:
        return True
    for ending in word_list("case_endings.csv", "ending"):
        base = low[: -len(ending)]
        # `Ivom` is `Iv-om` of `Ivo`, `Mihi` is `Mih-i` of `Miha`: the base may have lost the nominative's vowel.
        if low.endswith(ending) and len(base) >= 2 and (base in firsts or base + "a" in firsts or base + "o" in firsts):
            return True
    return False


def split_run(words: list[str], languages: tuple) -> list[tuple[int, int]]:
    """The (start, end) word ranges of the names in one run of capitalised words, particles cut off at a cut.

    >>> split_run(["Abbruch", "der", "Beziehungen"], ("de",))
    [(0, 1), (2, 3)]
    >>> split_run(["Heinrich", "von", "Lindau"], ("de",)), split_run(["Bund", "der", "Kommunisten"], ("de",))
    ([(0, 3)], [(0, 3)])
    >>> split_run(["Beogradu", "Ivo", "Andrić"], ("hbs",)), split_run(["Tito", "Zeitpunkt"], ("de",))
    ([(0, 1), (1, 3)], [(0, 1), (1, 2)])

    Cut: at an article that follows no `van`/`von` and no organisational
    word; at `von`, `de` after a common word (`Skala von Reaktionen`); before a
    first name that follows no first name (`Beogradu Ivo Andrić`); after a
    Slavic possessive adjective that opens the run (`Titova Jugoslavija`); and where
    the text's language capitalises nouns, between a name and a common noun.
    """
    nouns = bool(languages) and languages[0] in NOUNS_CAPITALISED
    slavic = any(lang in POSSESSIVE_ADJECTIVES for lang in languages)
    ranges, start = [], 0
    for k in range(1, len(words)):
        word, prev = words[k], words[k - 1]
        if not word[:1].isupper():
            following = words[k + 1] if k + 1 < len(words) else ""
            if _cut_at_particle(word, prev, following, languages):
                ranges.append((start, k))
                start = k + 1
            continue
        if not prev[:1].isupper():
            continue  # the word after a particle: `von Lindau`
        if k == 1 and slavic and _POSSESSIVE_ADJECTIVE.match(prev) and not is_first_name(prev):
            ranges.append((start, k))  # `Hitlerjevi Nemčiji`, `Titova Jugoslavija`: a person's adjective, then a place
            start = k
        elif (_title(word) or _title(prev)) and not is_organisation_word(word):
            ranges.append((start, k))  # a title between names belongs to the second (`Brentanos Staatssekretär Hallstein`)
            start = k
        elif is_first_name(word) and not is_first_name(prev):
            ranges.append((start, k))
            start = k
        elif nouns and not any(map(_organisational, words[start:k + 1])) and (
                _common(word, languages) != _common(prev, languages)):
            # An organisation's name goes on through its genitives (`Bund der Kommunisten Jugoslawiens`).
            ranges.append((start, k))
            start = k
    ranges.append((start, len(words)))
    return [(i, j) for i, j in ranges if j > i and words[i][:1].isupper() and words[j - 1][:1].isupper()]


def _cut_at_particle(particle: str, prev: str, following: str, languages: tuple) -> bool:
    if particle.casefold() in ARTICLE_PARTICLES:
        return prev.casefold() not in _NOBLE and not is_organisation_word(prev)
    return not is_organisation_word(prev) and (_common(prev, languages) or _common(following, languages))


def _organisational(word: str) -> bool:
    return is_organisation_word(word) or is_members_word(word)


def _title(word: str) -> bool:
    return word.casefold() in word_list("titles.csv")


def _common(word: str, languages: tuple) -> bool:
    return not is_first_name(word) and is_common_word(word, languages)
