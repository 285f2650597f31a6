"""What makes an actor's name no mention of him: a thing, a place or a body named after him (`Truman Library`,
`вулиця Петлюри`, `Bismarck-Denkmal`), or a firm named after its founder in a book's imprint (`London: Macmillan,
1969`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .reading import UNSPACED_LETTER, prepare


#: Nouns that make a person's name the name of a thing when they follow it (`Truman Library`,
#: `Marshall Plan`, `Adenauer-Stiftung`, `Hallstein-Doktrin`): no mention of the person.
EPONYM_NOUNS = (
    "Library", "Papers", "Archive", "Archives", "Collection", "Foundation", "Institute", "Museum", "Center",
    "Centre", "Memorial", "Plan", "Doctrine", "Prize", "Award", "Fund", "Street", "Square", "Avenue",
    "Boulevard", "Bridge", "Airport", "University", "College", "School", "Line",
    "Stiftung", "Doktrin", "Archiv", "Straße", "Platz", "Preis", "Plan", "Institut", "Gesellschaft",
    "Company", "Motor Company", "Corporation",
)
# (a German compound may join more names before its noun: `Kaiser-Wilhelm-Institut`, `Otto-Hahn-Preis`)
_EPONYM = compiled(r"(?:\s+|-)(?:[^\W\d_][\w'’]*-)*(?:%s)\b"
                   % "|".join(sorted(set(EPONYM_NOUNS), key=lambda w: (-len(w), w))))


@lru_cache(maxsize=1)
def _eponym_words() -> tuple[re.Pattern, re.Pattern]:
    """The words of `eponym_words.csv` that follow a name (`Smetonos gatvė`) and that precede it (`вулиця`)."""
    rows = data_rows("actors", "eponym_words.csv")
    # (read as the texts are read, `prepare`: Tajik `шаҳри` is searched for as `шахри`)
    # (ties by their letters, so that the patterns are the same in every process and kept in the pattern bank)
    words = {pos: sorted({re.escape(prepare(r["form"].strip())) for r in rows if r["position"].strip() == pos},
                         key=lambda word: (-len(word), word)) for pos in ("after", "before")}
    # (in a script without spaces the word is glued to the name and to what follows: `ဗိုလ်ချုပ်အောင်ဆန်းလမ်း`)
    glued = [w for w in words["after"] if UNSPACED_LETTER.match(w)]
    spaced = [w for w in words["after"] if w not in glued]
    # (or joined to the name by a hyphen, as German compounds it: `Bismarck-Denkmal`, `Bundeskanzler-Adenauer-Haus`)
    # (a second name joined by a hyphen may stand between: `the Mikoyan-Gurevich design bureau`)
    after = compiled("|".join([r"(?:-[^\W\d_][\w'’]*)?(?:\s+|-)(?:%s)(?!\w)" % "|".join(spaced)]
                              + ([r"\s*(?:%s)" % "|".join(glued)] if glued else [])),
                     re.IGNORECASE)
    # (the second of two names joined by a hyphen is the place's too: `luchthaven Soekarno-Hatta`)
    # (and one that precedes it may be glued to the word before it: Lao `ມີໂຮງຮຽນ ບຸນມີ`, there is a school Bounmy)
    glued_before = [w for w in words["before"] if UNSPACED_LETTER.match(w)]
    starts = "|".join([r"(?<!\w)(?:%s)" % "|".join(w for w in words["before"] if w not in glued_before)]
                      + (["(?:%s)" % "|".join(glued_before)] if glued_before else []))
    # (a capitalised word may stand between, a title the thing's name gives the person: `Fondazione Papa Giovanni XXIII`)
    before = compiled(r"(?:%s)[\s„“\"«‚]*(?:([^\W\d_][\w'’]*)\s+)?(?:[^\W\d_][\w'’]*-)?$" % starts, re.IGNORECASE)
    return after, before


def names_a_place(text: str, start: int, end: int) -> bool:
    """Whether the person's name at ``text[start:end]`` is part of the name of a street, station, stadium ...

    >>> t = "Smetonos gatvė; вулиця Петлюри; Truman Library"
    >>> names_a_place(t, 0, 8), names_a_place(t, 23, 30), names_a_place(t, 32, 38)
    (True, True, True)

    Followed by one of `EPONYM_NOUNS` (`Truman Library`, `Hallstein-Doktrin`)
    or by a word of `eponym_words.csv` marked ``after`` (`Antano Smetonos
    gatvė`, `İnönü Stadyumu`), or preceded by one marked ``before``
    (`вулиця Симона Петлюри`, `Bulevardul Iuliu Maniu`, `οδό`): the name is
    then no mention of the person.
    """
    after, before = _eponym_words()
    if _EPONYM.match(text, end) or after.match(text, end):
        return True
    preceding = before.search(text[max(0, start - 30):start])
    return bool(preceding and (preceding.group(1) or "A")[0].isupper())


_IMPRINT_BEFORE = compiled(r"[(,;.]\s*[^\W\d_][^\n():;,]{0,40}:\s*$")
_IMPRINT_AFTER = compiled(r"^[^\n():;,]{0,40}?,\s*(?:1[5-9]|20)\d\d\b")
#: An imprint after the year (`(Oxford, 2004)`, `. London: Heinemann, 1986`): the year was a title's period.
_LATER_IMPRINT = compiled(r"(?:\s*[–-]\s*\d{2,4})?[ \t]*[.(][ \t]*[^\W\d_][^\n():;,]{0,40}[:,][^\n()]{0,60}?"
                          r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def is_publisher(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a book's imprint names its publisher: `(London: Macmillan, 1969)`.

    >>> is_publisher("Tides (London: Macmillan, 1969)", 15, 24), is_publisher("Macmillan, 1969", 0, 9)
    (True, False)

    The place, a colon, the name, a comma and a year: a firm named after
    its founder (Macmillan, Gallimard, Ullstein) is no mention of a person.
    A subtitle looks the same where it names a person and a period, but the
    book's own imprint follows it:

    >>> t = "Gorlizki, Cold Peace: Stalin and the Soviet Ruling Circle, 1945–1953 (Oxford, 2004)"
    >>> is_publisher(t, 22, 28), is_publisher(". Road to Victory: Churchill, 1941–1945. London: Heinemann, 1986.", 19, 28)
    (False, False)
    """
    if not _IMPRINT_BEFORE.search(text, max(0, start - 45), start):
        return False
    after = _IMPRINT_AFTER.match(text[end:end + 50])
    return bool(after) and not _LATER_IMPRINT.match(text, end + after.end())
