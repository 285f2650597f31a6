"""An archive named in the prose and its code opening the bracketed citation after it: ``… que es conserven a
l'Arxiu Diocesà de Girona (ADG, Parròquies, …)``, ``… now at the Archives of the Archdiocese of Malta, Floriana (AAM,
Parish Registers, …)``.

Writers who tell where the papers are in their sentence give the code at the head of the citation that follows, with
no word for "hereafter": the code is defined by its place. What ties the code to the name is the name's capitalised
words, whose initials are the code's capitals in order (`Arxiu Diocesà de Girona`, ADG); a town may stand between the
name and the bracket. The name starts at the first capitalised word from which that holds, so the words of the
sentence before it (`According to`, `Sant Feliu`) are not taken in. Whether the name is an archive's is for the
caller (`definitions`).
"""

from __future__ import annotations

import re

from .words import alternation
from ..patterns import compiled

# a bracket that opens with a code and a comma: the citation goes on inside it
_CODE_OPENS = compiled(r"\((?P<abbr>[^\W\d_][\w/-]{1,11}),\s")
# where a capitalised word of the name may start: after a space, an apostrophe (`l'Arxiu`) or the note's start
_CAPITAL_WORD = compiled(r"(?:(?<=\s)|(?<=['’])|^)(?=[^\W\d_])")
# a bracket that holds a word for "hereafter" and the code alone, the citation going on after it: `… is in the
# Arshif-i Milli-yi Afghanistan in Kabul (hereafter AMA), Wizarat-i Kharija, daftar 17`
_HEREAFTER_CODE = compiled(rf"\((?:{alternation('hereafter.csv')})\s*[:–—-]?\s*(?P<abbr>[^\W\d_][\w/-]{{1,11}})\),\s",
                             re.IGNORECASE)
# a town between the name and the bracket: a part of at most three words after a comma
_TOWN = compiled(r",\s*(?P<town>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2})\s*$")
# or a word after a short preposition (`in Kabul`, `à Nouméa`), tried last: `Arxiu Diocesà de Girona` is all name
_TOWN_IN = compiled(r"\s+[^\W\d_]{1,3}\s+(?P<town>[^\W\d_a-z][^\W\d_'’-]*)\s*$")


def prose_codes(text: str) -> list[tuple[str, str, str]]:
    """The (code, name, town) of each bracket opening with a code whose capitals are the preceding name's capitals.

    >>> prose_codes("The deed is at the Archives of the Archdiocese of Malta, Floriana (AAM, Notarial, f. 2).")
    [('AAM', 'Archives of the Archdiocese of Malta', 'Floriana')]
    >>> prose_codes("a l'Arxiu Diocesà de Girona (ADG, Parròquies, vol. 1)")
    [('ADG', 'Arxiu Diocesà de Girona', '')]
    >>> prose_codes("According to Smith (JS, p. 4)")
    []
    >>> prose_codes("The register is in the Arshif-i Milli-yi Afghanistan in Kabul (hereafter AMA), daftar 17.")
    [('AMA', 'Arshif-i Milli-yi Afghanistan', 'Kabul')]
    """
    found = []
    for m in sorted([*_CODE_OPENS.finditer(text), *_HEREAFTER_CODE.finditer(text)], key=lambda m: m.start()):
        abbr, head = m.group("abbr"), _before(text, m.start())
        capitals = [c for c in abbr if c.isupper()]
        if len(capitals) < 2:
            continue
        town = _TOWN.search(head)
        named = _initials_name(head[:town.start()] if town else head, capitals)
        town = town or (None if named else _TOWN_IN.search(head))
        named = named or (_initials_name(head[:town.start()], capitals) if town else "")
        # (a code after "hereafter" names the sentence's archive only where the sentence runs into its name: `… is in
        # the Arshif-i …`, not `BBC Written Archives Centre, Caversham (hereafter WAC)`, a name its code shortens)
        words_before = head[:head.rfind(named)].split() if named else []
        if named and m.re is _HEREAFTER_CODE and not (words_before and words_before[-1].islower()):
            continue
        if named:
            found.append((abbr, named, town.group("town") if town else ""))
    return found


def _initials_name(named: str, capitals: list[str]) -> str:
    """The last words of ``named`` from a capitalised one whose capitals are ``capitals``, or ''; failing that, whose
    words' initials are, the short words in small letters left out: French, Italian and Spanish names capitalise
    their first word only (`Archives nationales du Togo`, ANT).

    >>> _initials_name("Les documents sont conservés aux Archives nationales du Togo", ["A", "N", "T"])
    'Archives nationales du Togo'
    """
    names = [named[word.start():] for word in _CAPITAL_WORD.finditer(named)]
    names = [name for name in names if "," not in name and len(name.split()) <= 10 and name[:1] == capitals[0]]
    for name in names:
        heads = [w[0] for w in re.split(r"[\s'’-]+", name) if w[:1].isupper()]
        if heads == capitals:
            return name
    for name in names:
        words = [w for w in re.split(r"[\s'’-]+", name) if w and not (w.islower() and len(w) <= 3)]
        if [w[0].upper() for w in words] == capitals:
            return name
    return ""


# a name of at most ten words and a town of three stand in the last few hundred characters before the bracket: only
# they are read, so a long paragraph of bracketed citations is read in linear time (issue 17)
_WINDOW = 400


def _before(text: str, end: int) -> str:
    """The words before ``end``, at most `_WINDOW` characters of them, from a word's start.

    >>> _before("one two three (X", 14), _before("x" * 500 + " Archive of Y (AY", 514)
    ('one two three', 'Archive of Y')
    """
    start = max(0, end - _WINDOW)
    if start:
        space = re.search(r"\s", text[start:end])
        start = start + space.end() if space else end
    return text[start:end].rstrip()


def name_in_sentence(words: str, abbr: str) -> str:
    """The archive's name a sentence runs into before its code (`The letters are in the Arshif-i Milli-yi Tajikistan`,
    AMT): the last words whose capitals are the code's, after a word in small letters; '' when ``words`` is the name.

    >>> name_in_sentence("The letters are in the Arshif-i Milli-yi Tajikistan in Dushanbe", "AMT")
    'Arshif-i Milli-yi Tajikistan'
    >>> name_in_sentence("Archives of the Archdiocese of Malta", "AAM"), name_in_sentence("საქართველოს არქივი", "სცსა")
    ('', '')
    """
    capitals = [c for c in abbr if c.isupper()]
    if len(capitals) < 2:  # (a code in a script without capitals, `სცსა`: no initials to tie it to words)
        return ""
    town = _TOWN_IN.search(words)  # (`… Tajikistan in Dushanbe`: the town after a preposition)
    named = _initials_name(words, capitals) or (_initials_name(words[:town.start()], capitals) if town else "")
    before = words[:words.rfind(named)].split() if named else []
    return named if before and before[-1].islower() else ""

