"""What stands before a colon in a note: a sentence of prose, or a lead word no list holds (`Xem:`, `Dẫn theo:`), or a
holding whose sentence goes on to the lead word (`…, sygn. 412, cyt. za:`).

The splitter asks them where a colon may open a reference after commentary, and whether the colon after a lead word
is the reference's own (`colon_in_reference`).
"""

from __future__ import annotations

import re

from .abnt import abnt_head
from .colon import colon_head
from .ibid import SAME_WORD
from .leads import ANY_COLON, LEAD_PLAIN, author_date
from .locate import archive_inside, unknown_archive
from .namecolon import name_colon
from .names import is_connective, is_name
from .tails import place_year_bracket
from .words import LOWER, UPPER
from ..patterns import compiled


def colon_in_reference(after_lead: str) -> bool:
    """Whether the first colon of what follows a lead word is the reference's own, not a lead-in's: after its
    author (and year) (`Lásd Varga János: Cím. Budapest, 1969.`, `Usp. Vuković 1989: 25`), or between the title and
    the subtitle of an ISO 690 reference whose authors end with a full stop (`Cf. INSTITUTO X. Título: subtítulo.
    Santos: Ed., 2019.`), or between the town and the publisher of its imprint (`Cf. CONFERÊNCIA X. Relatório 1992.
    Brasília: IPRI; FUNAG, 1993.`).

    >>> colon_in_reference("INSTITUTO DE ESTUDOS SOCIAIS. Título: subtítulo. Santos: IES, 2019. p. 23.")
    True
    >>> colon_in_reference("the minutes of the board: TNA, FO 371/1")
    False
    """
    colon = ANY_COLON.search(after_lead)
    return colon_head(after_lead) is not None or bool(author_date(after_lead)) or name_colon(after_lead) is not None \
        or abnt_head(after_lead) is not None or _title_before_subtitle(after_lead) \
        or (colon is not None and imprint_colon(after_lead, colon))


# a title's words before its subtitle's colon, as English titles print them: every word of four letters or more
# capitalised, a short one in small letters among them, no digit (`Calendar of the Patent Rolls Preserved in the
# Public Record Office: Henry VI, 1422–1429 (London, 1901)`; not `the minutes of the board:`)
_TITLE_CASE = compiled(rf"[{UPPER}][^\W\d_]*(?:\s+(?:[{UPPER}][^\W\d_]*|{LOWER}{{1,3}}))+")


def _title_before_subtitle(after_lead: str) -> bool:
    """Whether the colon after a lead word ends a title of four words or more in title case (`_TITLE_CASE`), a
    short word in small letters among them, and a place and year in brackets follow it: a book's subtitle, not the
    end of a lead-in.

    >>> _title_before_subtitle("Calendar of the Close Rolls Preserved in the Public Record Office: Henry III (London, 1902), 4")
    True
    >>> _title_before_subtitle("the minutes of the board: TNA, FO 371/1"), _title_before_subtitle("Further Reading: Smith (London, 1990)")
    (False, False)
    """
    head, colon, rest = after_lead.partition(":")
    return bool(colon) and len(head.split()) >= 4 and _TITLE_CASE.fullmatch(head.strip()) is not None \
        and any(word.islower() for word in head.split()) and place_year_bracket(rest) is not None


def lead_before_own_colon(piece: str, start: int) -> int | None:
    """Where the lead word at ``start`` ends when the colon after it is the reference's own (`colon_in_reference`),
    not a lead-in's: a word for "quoted in" after the document quoted, before an author and a colon.

    >>> piece = "Palmerston: “The balance of power” (1864), citado por Evans Luard: Basic Texts, MacMillan, 1993, p. 4."
    >>> piece[lead_before_own_colon(piece, piece.index("citado")):]
    'Evans Luard: Basic Texts, MacMillan, 1993, p. 4.'
    >>> lead_before_own_colon("On the split, see the minutes: TNA, FO 371/1", 14) is None
    True
    """
    plain = LEAD_PLAIN.match(piece[start:])
    after = piece[start + plain.end():] if plain else ""
    # (a name opens it, not prose: `cf. a afirmação de Andreas Hasenclever: Die Macht …` keeps its lead-in whole)
    return start + plain.end() if after[:1].isupper() and colon_in_reference(after) else None


def reads_as_prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence before a colon: three words or more, no comma, the last a word of three
    small letters or more.

    >>> reads_as_prose("This approach has been influential"), reads_as_prose("Statistični podatki so objavljeni v")
    (True, False)
    >>> reads_as_prose("Wien – Leipzig"), reads_as_prose("Untersuchungen in Buchlänge sind u. a.")
    (False, True)
    >>> reads_as_prose("Similarly in, among others"), reads_as_prose("Hobsbawm, nazioni e nazionalismo")
    (True, False)

    Short abbreviations ending it are no words of it (`u. a.`, `z. B.`, `e.g.`: "among others", "for example").
    """
    words = text.split()
    while words and "." in words[-1] and len(words[-1]) <= 4:
        words.pop()
    # (commas inside a sentence whose words after the first are all in small letters, the first no name set off by a
    # comma: `Similarly in, among others`, not `Hobsbawm, nazioni e nazionalismo`)
    # (or a connective opening it, whatever commas follow: `Therefore, the place of the conduct should be set aside, or
    # considered secondary`)
    plain = "," not in text or bool(words) and not words[0].endswith(",") and all(
        not word[:1].isalpha() or word[:1].islower() for word in words[1:]) or bool(words) and is_connective(words[0].rstrip(","))
    return len(words) >= 3 and plain and len(words[-1]) >= 3 and words[-1].isalpha() and words[-1].islower()


def short_lead(text: str) -> bool:
    """Whether ``text`` is a lead word on no list before a colon: two words, the last in small letters (`Dẫn theo`), or
    one of four letters or fewer (`Xem`); not a surname before its title (`Wendler: Titel`).

    >>> short_lead("Dẫn theo"), short_lead("Xem"), short_lead("Wendler"), short_lead("Wien Leipzig")
    (True, True, False, False)
    """
    words = text.replace(".", "").split()
    last = words[-1] if words else ""
    return last.isalpha() and (len(words) == 2 and last.islower() or len(words) == 1 and len(last) <= 4)


def author_before_repeat(piece: str, colon: re.Match) -> bool:
    """Whether ``colon`` ends an author's name before a word repeating his work (`HARTLEY: op. cit., p. 130`,
    `MORALES CARRIÓN, E.: op. cit.`): the name and the word are one citation, not commentary and an Ibid.

    >>> author_before_repeat("HARTLEY: op. cit., p. 130", re.search(": *", "HARTLEY: op. cit., p. 130"))
    True
    >>> author_before_repeat("Minute of the meeting: ibid., 4", re.search(": *", "Minute of the meeting: ibid., 4"))
    False
    """
    name = piece[:colon.start()]
    return SAME_WORD.match(piece, colon.end()) is not None and _NAME_BEFORE_COLON.fullmatch(name) is not None


# a name printed before a colon: capitalised words, initials, `y`, `and`; no digit, no sentence
_NAME_BEFORE_COLON = compiled(r"[^\W\d_][^\d:;()]{0,60}")


# a lead-in's words: one to three of letters (an abbreviation's dots kept), the ones after the first in small letters
# where the script has them (`Zuvek`, `Dagy karanyz`, `قاراڭ`); two capitalised words are a name's (`Fodor Lili`)
_LEAD_WORD = compiled(r"[^\W\d_]+\.?")


def lead_before_author(lead: str, rest: str) -> bool:
    """Whether ``lead`` (before a colon) is a lead-in on no list because ``rest`` (after the colon) opens a full
    reference with an author of its own: a name and its colon (`namecolon.name_colon`), or a name, a comma and three
    parts more (title, imprint, year). An author before a colon is followed by a title, never by another author.

    >>> lead_before_author("Zuvek", "Osman Kaya: Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12.")
    True
    >>> lead_before_author("Dagy karanyz", "Osman Kaya, Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12.")
    True
    >>> lead_before_author("Wendler", "Peasant Revolt, London 1990."), lead_before_author("Fodor Lili", "Osman Kaya: Köy, 1990")
    (False, False)
    """
    words = lead.split()
    if not 1 <= len(words) <= 3 or not all(_LEAD_WORD.fullmatch(w) for w in words) \
            or any(w[:1].isupper() for w in words[1:]):
        return False
    if name_colon(rest) is not None:
        return True
    name, _, after = rest.partition(",")
    parts = [p for p in after.split(",") if p.strip()]
    return is_name(name.strip()) and len(parts) >= 3 and any(ch.isdigit() for ch in after)


def holding_goes_on(text: str, matcher) -> bool:
    """Whether ``text``, before a lead word and its colon, is a holding the sentence goes on from: it ends with a comma
    and names an archive (known to ``matcher`` or by its words). The historian cites the document, then says where it
    was read (`…, AAN, zesp. 295, sygn. 412, cyt. za: Name, Title`); prose before a lead word is no holding.

    >>> from histkit.citations.archives import default_matcher
    >>> holding_goes_on("Report, 3 May 1945, Archiwum Akt Nowych, zesp. 295, sygn. 412,", default_matcher().copy())
    True
    >>> holding_goes_on("For more on the split,", default_matcher().copy())
    False
    """
    return text.rstrip().endswith(",") and (archive_inside(text, matcher) is not None or unknown_archive(text) is not None)


# the town an imprint opens with (one or two capitalised words after the title's comma or bracket, ending at the
# colon), and after the colon its publisher and year (`…, Jakarta: ANRI, 2007`)
_TOWN_BEFORE = compiled(rf"[,.)]\s+[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+)?$")
_PUBLISHER = r"[^\W\d_][^,:;()\d]{0,60}"  # (a publisher's name: no comma, colon, semicolon, bracket or digit in it)
# (two publishers of one book are joined by a semicolon: `Brasília: IPRI; FUNAG, 1993`)
_PUBLISHER_YEAR = compiled(rf"{_PUBLISHER}(?:;\s*{_PUBLISHER})?,\s*\d{{4}}(?!\d)")


def imprint_colon(piece: str, colon: re.Match) -> bool:
    """Whether ``colon`` is a book's imprint's, between its town and its publisher, the publisher an archive perhaps.

    Archives publish calendars and inventories: `…, calendared in Niemeijer (ed.), Inventory, Jakarta: ANRI, 2007`
    names the ANRI as the book's publisher, not as where another document lies: a town after the title's comma, its
    colon, then a name and a year at once (a holding's signature would follow the archive's name).

    >>> text = "Inventory of the Archives, Jakarta: ANRI, 2007, no. 2245"
    >>> imprint_colon(text, re.search(": *", text)), imprint_colon("Memo: ANRI, 2007", re.search(": *", "Memo: ANRI"))
    (True, False)
    """
    return _TOWN_BEFORE.search(piece, 0, colon.start()) is not None and \
        _PUBLISHER_YEAR.match(piece, colon.end()) is not None


# a publisher between an imprint's colon and a semicolon, and the one after it before the year
_PUBLISHER_BEFORE = compiled(rf":\s*{_PUBLISHER}$")
_LAST_PUBLISHER = compiled(rf"\s*{_PUBLISHER},\s*\d{{4}}(?!\d)")


def joins_publishers(text: str, at: int) -> bool:
    """Whether the semicolon at ``text[at]`` stands between two publishers of one imprint, so cuts no note.

    >>> text = "Cf. X. Relatório 1992. Brasília: IPRI; FUNAG, 1993; SILVA, 2002."
    >>> [joins_publishers(text, i) for i, c in enumerate(text) if c == ";"]
    [True, False]
    """
    publisher = _PUBLISHER_BEFORE.search(text, max(0, at - 64), at)
    return publisher is not None and _TOWN_BEFORE.search(text, max(0, publisher.start() - 80), publisher.start()) \
        is not None and _LAST_PUBLISHER.match(text, at + 1) is not None
