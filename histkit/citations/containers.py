"""The book or journal a chapter or an article is printed in, without what the note prints beside its name: the book's
editors, the note it was cited in; and a journal's name the title ran on into.

A chapter's container opens with the book's editors in most houses (`in: Finkin/Mundlak (Hrsg), Comparative Labour
Law`, `in Teubner (ed.), Dilemmas of Law in the Welfare State`, `in: Gerards / Brems (editors) Procedural Review`);
they are the book's editors, not words of its title, and go to a field of their own. A book cited in an earlier note
is named by its short title and that note (`in: Works (Fn. 11), Bd. 11, 414`): the note and what follows are no part
of the title either. Where a journal's name follows the title after a comma with no `in` and no volume before its
year (`Hollaus, Das Urteil des EGMR …, Juristische Blätter (2024) 485 f`), the title ran on into it: a word of
``journal_words.csv`` (`Zeitschrift`, `Blätter`, `Journal`, `Revue`, …, also inside a compound: `Verfassungsblog`) in
the title's last part says it is the journal.
"""

from __future__ import annotations

import re

from .caseless import CASELESS, caseless_author, caseless_name
from .names import names_joined, persons
from .notetext import split_commas
from .notereference import note_reference
from .words import LISTED_EDITOR_WORD, LOWER, UPPER, journal_word
from ..patterns import compiled

# the editor's word in brackets after the names: `(Hrsg.)`, `(haz.)`, `(επιμ.)` (the lists' words), or one no list
# holds: a short word in small letters and a full stop (or in a script without case, its letters with their vowel signs,
# a title after it: `(सम्पा.)`, `(பதி.)`, `(አዘጋጅ)`; not a newspaper's town before its date, `प्रताप (कानपुर), ७ फ़रवरी १९२१`)
EDITOR_WORD = rf"{LISTED_EDITOR_WORD}|(?-i:{LOWER}{{2,6}})(?=\.\))|[{CASELESS}]{{2,8}}(?=\.?\)\s*,\s*[^\W\d])"
# (`Osman Çelebioğlu (haz.), Title`, `A. Name (επιμ.), Τίτλος`: the editors first, then the title)
EDITORS_BRACKETED = compiled(rf"^(?P<names>[^,()]{{3,120}}?)\s*\((?i:{EDITOR_WORD})\.?\)\s*[,:]\s*(?=\S)")
# (`B. Dahlke, M. Langermann and T. Taterka (eds), Title`: three editors, commas between them: `listed_editors`)
_EDITORS_LISTED = compiled(rf"^(?P<names>[^()]{{3,160}}?)\s*\((?i:{EDITOR_WORD})\.?\)\s*[,:]\s*(?=\S)")
# (before a container's title the comma may be missing: `in Caldeira et al (eds) The Oxford Handbook of …`; the
# word then one of the lists' or a spelled-out `editors`, not a short word no list holds)
# (and before a book's: `David Kent and Norma Townshend (eds) Joseph Mason: …`, or with the comma before the word's
# bracket: `Trev Broughton and Helen Rogers, (eds.) Gender and Fatherhood …`)
EDITORS_NO_COMMA = compiled(rf"^(?P<names>[^,()]{{3,120}}?)\s*,?\s*\((?i:{LISTED_EDITOR_WORD}|editors|eds|ed)\.?\)\s+"
                            r"(?=[^\W\d_])")
# (`in G. R. Bellini ed., International Criminal Justice`: the word with no bracket, a comma after it)
_EDITORS_BARE = compiled(r"^(?P<names>[^,()]{3,120}?)\s+eds?\.,\s*(?=[^\W\d_])")
# (the McGill Guide sets the word off by commas, without a full stop: `in Martin Clearwater & Harriet Oakes, eds, Title`)
_EDITORS_COMMAS = compiled(r"^(?P<names>[^,()]{3,120}?),\s*eds?,\s*(?=[^\W\d_])")
_ET_AL = compiled(r"\s+(?:et\s+al|u\.\s*a|et\s+alii|i\s+in\.|i\s+dr)\.?$", re.IGNORECASE)


def editors_named(names: str) -> bool:
    """Whether ``names`` (what stands before an editor's word in brackets) is persons.

    >>> editors_named("Finkin/Mundlak"), editors_named("Caldeira et al")
    (True, True)
    >>> editors_named("Zeitschrift für Rechtssoziologie")
    False
    """
    names = _ET_AL.sub("", names.strip())
    return bool(names) and (persons(names) or names_joined(names, short=True) or caseless_author(names)
                            or caseless_name(names))


def container_editors(container: str) -> tuple[str, str]:
    """A container's title and its editors, when the editors open it; ``(container, "")`` when none do.

    >>> container_editors("Finkin/Mundlak (Hrsg), Comparative Labour Law")
    ('Comparative Labour Law', 'Finkin/Mundlak')
    >>> container_editors("Gerards / Brems (editors) Procedural Review in European Fundamental Rights Cases")
    ('Procedural Review in European Fundamental Rights Cases', 'Gerards / Brems')
    >>> container_editors("Zeitschrift für Rechtssoziologie")
    ('Zeitschrift für Rechtssoziologie', '')
    >>> container_editors("S. Allen, A. Xanthaki (eds.), Reflections on the Declaration")
    ('Reflections on the Declaration', 'S. Allen, A. Xanthaki')
    >>> container_editors("Ann Roe & Bo Lind, eds, Law and Family")
    ('Law and Family', 'Ann Roe & Bo Lind')
    """
    found = EDITORS_BRACKETED.match(container) or EDITORS_NO_COMMA.match(container) or _EDITORS_BARE.match(container) \
        or _EDITORS_COMMAS.match(container)
    if found is None or not editors_named(found.group("names")):
        found = listed_editors(container)  # (`in S. Allen, A. Xanthaki (eds.), Reflections …`: commas between them)
    if found is None:
        return container, ""
    return container[found.end():].strip(), found.group("names").strip()


def without_cited_note(container: str) -> str:
    """A container without the earlier note it was cited in and what follows (`Works (Fn. 11), Bd. 11` → `Works`);
    none when the note is all it names (`supra note 2`).

    >>> without_cited_note("Hommage an Hans Georg Gadamer (Fn. 14) 107 ff")
    'Hommage an Hans Georg Gadamer'
    >>> without_cited_note("Zeitschrift für Rechtssoziologie 12 (1991)"), without_cited_note("supra note 2")
    ('Zeitschrift für Rechtssoziologie 12 (1991)', '')
    """
    found = note_reference(container)
    if found is not None and not container[:found.start()].strip() and not container[found.end():].strip(" .,"):
        return ""  # (`[in:] Kmieciak (ed.), supra note 2`: the book is the one of that note, its title not given here)
    # (a bracket, after a title's words: not `supra note 4` standing for the whole container)
    if found is None or not found.group().startswith("(") or not container[:found.start()].strip():
        return container
    return container[:found.start()].rstrip(" ,")




# a journal's volume and issue the title ran on into after its name: `…, Journal of Human Rights and the Environment,
# 9:2`
_VOLUME_ISSUE = compiled(r"(?P<volume>\d{1,4})(?::(?P<issue>\d{1,4}))?")


def journal_in_title(ref: dict) -> dict:
    """``ref`` with the journal's name its title ran on into as its container, when it has none (see the module's
    docstring): the title's last part after a comma (its volume and issue after it, if any) names a journal.

    >>> ref = journal_in_title({"title": "Das Urteil des EGMR, Juristische Blätter", "container": "", "year": "2024",
    ...                         "volume": "", "issue": ""})
    >>> ref["title"], ref["container"]
    ('Das Urteil des EGMR', 'Juristische Blätter')
    """
    title = ref["title"]
    if ref["container"] or not ref["year"] or "," not in title:
        return ref
    parts = split_commas(title)
    numbers = _VOLUME_ISSUE.fullmatch(parts[-1]) if len(parts) >= 3 and not ref["volume"] else None
    name = parts[-2] if numbers else parts[-1]
    if len(parts) - bool(numbers) < 2 or any(map(str.isdigit, name)) or not journal_word().search(name):
        return ref
    ref.update(title=title[:title.rindex(name)].rstrip(" ,"), container=name)
    if numbers:
        ref.update(volume=numbers.group("volume"), issue=ref["issue"] or numbers.group("issue") or "")
    return ref


def place_as_journal(ref: dict) -> dict:
    """``ref`` with the "place" it read as its container, when it has none: a journal's name before its year (`Title,
    Sociological Review 1984, vol. 32, p. 449`, the Polish and Czech legal journals' house) read as a town's.
    The name holds a word of ``journal_words.csv``, and the reference a volume or pages.

    >>> ref = place_as_journal({"container": "", "place": "Sociological Review", "volume": "32", "pages": "p. 449"})
    >>> ref["container"], ref["place"]
    ('Sociological Review', '')
    >>> place_as_journal({"container": "", "place": "Oxford", "volume": "2", "pages": ""})["place"]
    'Oxford'
    """
    place = str(ref.get("place") or "")
    if ref.get("container") or not place or not (ref.get("volume") or ref.get("pages")) \
            or not journal_word().search(place):
        return ref
    ref.update(container=place, place="")
    return ref


def listed_editors(head: str) -> re.Match | None:
    """The editors opening a reference, several names with commas between them before the editors' mark, each part
    persons (`persons`), or None.

    >>> listed_editors("B. Dahlke, M. Langermann and T. Taterka (eds), LiteraturGesellschaft DDR").group("names")
    'B. Dahlke, M. Langermann and T. Taterka'
    >>> listed_editors("Die Stadt, ein Handbuch (Hg.), Berlin 1990") is None
    True
    """
    found = _EDITORS_LISTED.match(head)
    parts = found.group("names").split(",") if found else []
    return found if len(parts) > 1 and all(persons(part.strip()) for part in parts) else None


# the word for "in" in square brackets, as Polish notes print it (`[w:]`, `[in:]`): it opens the container whether or
# not a comma stands before it (`Tytuł [w:] Książka`)
_BRACKETED_IN = compiled(r"(?<=[^\s,])\s+(?=\[(?:in|w|u|v|в)\s*:?\s*\])")
_SEMICOLON_IN = compiled(r";\s+(?=[Ii]n:\s)")
# `In` after the full stop that ends a title, as English houses open a book's chapter's container:
# `R. Cassidy, Partial convergence. In Qualitative Research on Gambling, 74–91 (2013)` (after an author's comma, a
# word of three letters and its stop; a capital or a digit after it, and no other word for "in" after a comma)
_STOP_IN = compiled(rf"(?<=[^\W\d_]{{3}})\.\s+(?=In\s+[{UPPER}\d])")
# (not ABNT's `In:` nor an author-date reference's, its year bracketed before the title: their readers know `. In`)
_DATED_BEFORE = compiled(r"\(\s*(?:1[5-9]|20)\d\d[a-z]?(?:,[^()]{1,20})?\s*\)")  # (`(2021)`, `(2021, August)`)
_COMMA_IN = compiled(r",\s*[Ii]n:?\s")


def comma_before_bracketed_in(text: str) -> str:
    """``text`` with a comma before a bracketed word for "in" that has none, for a semicolon before `in:` (German
    notes of the older house: `Titel; in: Zeitschrift (1799), Nr. 156, S. 1545`), so the container is a part of its own.

    >>> comma_before_bracketed_in("J. Kowal, Komisja Nadzoru [w:] System prawa, t. 4, Warszawa 2010")
    'J. Kowal, Komisja Nadzoru, [w:] System prawa, t. 4, Warszawa 2010'
    >>> comma_before_bracketed_in("J. Schwarz, Ueber Kalender; in: Neues Magazin (1791), Sp. 17–48")
    'J. Schwarz, Ueber Kalender, in: Neues Magazin (1791), Sp. 17–48'

    and for the full stop ending a title before `In` (`R. Cassidy, Partial convergence. In Qualitative Research`).
    """
    text = _SEMICOLON_IN.sub(", ", text) if "; " in text else text
    stop = _STOP_IN.search(text) if ". In " in text and not _COMMA_IN.search(text) else None
    if stop is not None and "," in text[:stop.start()] and not _DATED_BEFORE.search(text, 0, stop.start()) \
            and not _capitals_surname(text[:text.find(",")]):  # (ISO 690's `BELANOVÁ, Jana. Title. In …`: its own)
        text = f"{text[:stop.start()]}, {text[stop.end():]}"
    return _BRACKETED_IN.sub(", ", text) if "[" in text else text


def _capitals_surname(names: str) -> bool:
    """Whether a surname in capitals stands before the first comma, as ISO 690 and ABNT print it (`BELANOVÁ, Jana`)."""
    return any(len(word) >= 3 and word.isalpha() and word.isupper() for word in names.split())
