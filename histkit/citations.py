"""Citations in notes: archival documents, literature and Ibid., as two tables.

>>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["See: TNA, FO 371/1, Minute, 1 May 1950; Ibid., 4."]})
>>> extract_citations(notes).citations[["kind", "archive", "unit", "date_start", "ibid_of"]].values.tolist()
[['archival', 'TNA', '1', '1950-05-01', ''], ['ibid', 'TNA', '1', '1950-05-01', '1:1']]

A note is split into citations (`split_citations`), each citation is read as
archival (it begins with an archive the authority file or the document
itself names), Ibid. (resolved to the citation it repeats), literature, or
``unparsed`` (kept, and counted in a warning). Pure commentary yields no row.

The archive may come first (``TNA, FO 371/1, …``), after the document's
description (``Bericht vom 14.6.1956, PA AA, B 42``; Russian ``… // РГАНИ.
Ф. 5``) or last (Chicago: ``Memo, 6 November 1955, RG 59, …, box 2503,
NARA.``); the fields are the same. FRUS is read as an archival series. Ibid.
is also Ebd./Ebenda, Isto, Prav tam, Ivi, Tamże, Tamtéž, Там же, Пак там, Uo., Po aty; ``Idem``/``Id.``, Greek ``Ό.π.``
and a bare ``Op. cit.`` only when nothing but pages follows.

Reference parsers evaluated before writing the literature part: ``refextract``
(PyPI, no model download; built for physics references) was run on eight of
the seed's book and article citations: it got the authors of 1, the article
title of 1, the right year of 4 (it takes years inside titles) and place or
publisher of none, and it pulls in lxml, pypdf, python-magic and
inspire-utils. AnyStyle (Ruby) and GROBID (a Java service) are not Python
packages; CRF parsers need trained models downloaded at run time. So
literature is read by a compact heuristic parser for the humanities styles
(`parse_reference`): authors before the title, quoted article titles,
``(Place: Publisher, Year)``, ``Journal 1/2019, 55–74``, trailing pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .archives import Archive, ArchiveMatcher, fold, load_archives, normalise
from .dates import find_dates, find_days_without_year
from .text import script_of

__all__ = ["CitationTables", "Segment", "extract_citations", "load_archives", "parse_reference", "split_citations"]

CITATION_COLUMNS = ["doc_id", "note_no", "seq", "kind", "archive", "archive_name", "fond", "collection", "unit",
                    "title", "date_start", "date_end", "date_precision", "pages", "ibid_of", "raw"]
CITATION_EXTRA = ["place", "fond_year", "date_source", "ref_of", "char_start", "char_end"]
REFERENCE_COLUMNS = ["doc_id", "note_no", "seq", "authors", "title", "container", "volume", "issue", "place",
                     "publisher", "year", "pages", "script", "raw"]
REFERENCE_EXTRA = ["ref_of"]


@dataclass(frozen=True)
class Segment:
    """A piece of a note: ``text[start:end] == raw``; ``role`` is citation, lead-in or commentary."""

    start: int
    end: int
    raw: str
    role: str = "citation"


@dataclass
class CitationTables:
    """What `extract_citations` returns: the citations and references tables and the warnings."""

    citations: pd.DataFrame
    references: pd.DataFrame
    warnings: list[str] = field(default_factory=list)


# --- splitting -------------------------------------------------------------

_OPEN, _CLOSE = "([{", ")]}"
_LEAD_WORDS = (r"see(?:\s+also|\s+more|\s+further)?|also\s+see|cf\.?|compare|vidi(?:\s+još|\s+više)?|videti|"
               r"up\.|usp\.|usporedi|vgl\.|siehe(?:\s+auch)?|voir(?:\s+aussi)?|cfr\.|вид\.|види(?:\s+више)?|видети|уп\.|"
               r"for\s+more|zob\.|por\.|glej(?:\s+tudi)?|prim\.|si\s+veda|vedi|см\.|ср\.|смотри")
_LEAD_COLON = re.compile(rf"(?<![\w-])(?:{_LEAD_WORDS})(?:\b|(?<=\.))[^:;(),\n]{{0,160}}?:\s*", re.IGNORECASE)
_ANY_COLON = re.compile(r":\s+")
# `Vgl. dazu ausführlich Hermann Wentker, …`: a few words that only qualify the lead word
_FILLER = (r"(?:dazu|hierzu|ausführlich|auch|insbesondere|etwa|also|further|more|generally|especially|in\s+particular|"
           r"e\.\s?g\.|npr\.|također|više|još|szerzej|anche|notamment|aussi|en\s+particulier|также|тж\.|подробнее|tudi)")
_LEAD_PLAIN = re.compile(rf"^(?:(?:also|and)\s+)?(?:{_LEAD_WORDS})(?:\s+|(?<=\.))(?:{_FILLER}(?:\s+|(?<=\.)\s*))*(?=\S)",
                         re.IGNORECASE)
_SENTENCE_GAP = re.compile(r"(?<=[^\W_]{2}\.)\s+(?=\S)|(?<=\d\.)\s+(?=\S)")


def _archive_opens(text: str, matcher) -> bool:
    hit = matcher.match(text)
    return hit is not None and text[hit[1]:hit[1] + 1] in (",", ".")


_LEAD_AFTER_SENTENCE = re.compile(rf"(?:(?<=[^\W\d_]{{3}}[.!?])|(?<=\d[.!?]))\s+(?=(?-i:[A-ZА-Я]))(?=(?:{_LEAD_WORDS})(?:\s|(?<=\.)|:))", re.IGNORECASE)
# `…the Hungarian events, see Dulles to Eisenhower, …`: a lead word inside a sentence
_LEAD_INSIDE = re.compile(rf"(?<=\s)(?:{_LEAD_WORDS})(?:\s+|(?<=\.)\s*)(?=\S)", re.IGNORECASE)
# `…, 45; and TNA, FO 371/1`: a conjunction before a citation
_CONJUNCTION = re.compile(r"^(?:and|also|und|sowie|et|e|i|и|а|oraz|ter|as\s+well\s+as)\s+(?=\S)", re.IGNORECASE)
#: Words for "the same place as the last citation", in the languages of the notes met so far.
_IBID_WORDS = (r"(?:Ibid(?:em)?|Ibd|Isto|Исто|Ebd|Ebenda|Ivi|Prav\s+tam|Tamże|Tamtéž|Tamže|Там\s+же|Там\s+само|Тамо|"
               r"Пак\s+там|Ugyanott|Ugyanitt|Uo|Po\s+aty|Αυτόθι)")
# `Idem`, `Id.` and a bare `Op. cit.` repeat the last citation only when nothing but pages follows
# (`Idem, La puissance en Europe, …` is the same author's other work)
_SAME_WORDS = r"(?:Idem|Id|Op\.\s*cit|Loc\.\s*cit|[ΌΟ]\.\s*π)"  # Greek `Ό.π.` is op. cit.
_IBID_TAIL = (r"(?:[^.;]|\.(?!\s+(?-i:[A-ZА-Ш]))|(?<=\d)\.(?=\s+[^\W\d_]+\.?\s+\d{4})"
              r"|(?<=[^\W\d_])(?<![^\W\d_]{5})\.(?=\s+[^\W_])|(?<=\d)\.(?=\s+[^\W\d_]{1,3}\.\s*\d))*")  # `sygn. XI/124`, `Bd. 3`: an abbreviation
_IBID = re.compile(
    rf"{_IBID_WORDS}(?=[.,;:]|\s*$)\.?(?:(?:\s*,\s*|\s+(?=[^\W\d_]{{1,3}}\.\s*\d))(?P<tail>{_IBID_TAIL}))?\.?"
    rf"|{_SAME_WORDS}(?=[.,;]|\s*$)\.?(?:\s*,\s*|\s+(?=at\s))?"
    rf"(?P<pages>(?:at\s+)?(?:(?:pp?\.|S\.|s\.|str\.|с\.|С\.)\s*)?\d+(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)?\.?(?=\s*$)",
    re.IGNORECASE)
# Chicago puts a document's description before `ibid.`: `Dulles to Embassy, 2/14/1957, ibid., 768.00/2-1457`
_IBID_INSIDE = re.compile(rf",\s+(?:{_IBID_WORDS})(?=[.,;]|\s*$)\.?(?:\s*,\s*|\s*$)", re.IGNORECASE)
_IBID_AT_SENTENCE = re.compile(rf"(?<=[.!?”\"'’)])\s+(?=(?:{_IBID_WORDS}|{_SAME_WORDS})(?=[.,;]|\s*$))")


def _top_level_semicolons(text: str) -> list[int]:
    depth, quote, cuts = 0, False, []
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "„«":
            quote = True
        elif ch in "“”»" and quote and ch != "„":
            quote = False
        elif ch == ";" and depth == 0 and not quote:
            cuts.append(i)
    return cuts


def split_citations(note_text: str, matcher: ArchiveMatcher | None = None) -> list[Segment]:
    """The pieces of a note in order: citations, lead-ins (``See:``) and commentary.

    >>> [(s.role, s.raw) for s in split_citations("See: TNA, FO 371/1, 1 May 1950; Ibid., 4.")]
    [('lead-in', 'See: '), ('citation', 'TNA, FO 371/1, 1 May 1950'), ('citation', 'Ibid., 4.')]

    Between the pieces there is only white space and ``;``: no character of
    the note is lost. Splits on ``;`` outside parentheses and quotes, after
    lead-ins, and before an ``Ibid.`` that opens a sentence. Never raises.
    """
    matcher = matcher if matcher is not None else _default_matcher().copy()
    pieces: list[Segment] = []
    cuts = _top_level_semicolons(note_text)
    bounds = [-1] + cuts + [len(note_text)]
    for a, b in zip(bounds, bounds[1:]):
        _split_piece(note_text, a + 1, b, matcher, pieces, after_lead=False)
    return pieces


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _split_piece(text: str, a: int, b: int, matcher, out: list[Segment], after_lead: bool) -> None:
    a, b = _strip_span(text, a, b)
    if a >= b:
        return
    piece = text[a:b]
    ibid = _IBID.match(piece)
    if ibid and ibid.end() > 0:
        end = a + len(piece[:ibid.end()].rstrip())
        out.append(Segment(a, end, text[a:end], "citation"))
        _split_piece(text, end, b, matcher, out, after_lead=False)
        return
    sentence = next((m for m in _LEAD_AFTER_SENTENCE.finditer(piece) if _paren_depth(piece, m.start()) == 0), None)
    if sentence is None and _starts_with_citation(piece, matcher):
        # `РГАНИ. Ф. 5. … Л. 22. ГАРФ. Ф. Р-5446. …`: after a citation, an archive opening a sentence starts another
        sentence = next((m for m in _SENTENCE_GAP.finditer(piece) if _paren_depth(piece, m.start()) == 0
                         and _archive_opens(piece[m.end():], matcher)), None)
    if sentence:  # `TNA, FO 371/1. See also TNA, FO 371/2, …`: a new sentence with a lead word is a new citation
        _split_piece(text, a, a + sentence.start(), matcher, out, after_lead)
        _split_piece(text, a + sentence.end(), b, matcher, out, after_lead=False)
        return
    plain = _LEAD_PLAIN.match(piece)
    colon = _LEAD_COLON.search(piece)
    if colon and not _starts_with_citation(piece, matcher):
        if colon.start() > 0:
            prefix = piece[:colon.start()]
            if _starts_with_citation(prefix, matcher) or _IBID_AT_SENTENCE.search(prefix) or _looks_like_literature(prefix):
                _split_piece(text, a, a + colon.start(), matcher, out, after_lead=False)
            else:  # `For more on the split, see:` is all lead-in prose
                p_start, p_end = _strip_span(text, a, a + colon.start())
                out.append(Segment(p_start, p_end, text[p_start:p_end], "commentary"))
        out.append(Segment(a + colon.start(), a + colon.end(), text[a + colon.start():a + colon.end()], "lead-in"))
        _split_piece(text, a + colon.end(), b, matcher, out, after_lead=True)
        return
    if plain and not _starts_with_citation(piece, matcher):
        out.append(Segment(a, a + plain.end(), text[a:a + plain.end()], "lead-in"))
        _split_piece(text, a + plain.end(), b, matcher, out, after_lead=True)
        return
    conjunction = _CONJUNCTION.match(piece)
    if conjunction and _starts_with_citation(piece[conjunction.end():], matcher) and not _starts_with_citation(piece, matcher):
        out.append(Segment(a, a + conjunction.end(), text[a:a + conjunction.end()], "lead-in"))
        _split_piece(text, a + conjunction.end(), b, matcher, out, after_lead=True)
        return
    if not after_lead and not _starts_with_citation(piece, matcher):
        for inside in _LEAD_INSIDE.finditer(piece):
            after = piece[inside.end():]
            if _paren_depth(piece, inside.start()) == 0 and (_starts_with_citation(after, matcher)
                                                              or _looks_like_literature(after)):
                _split_piece(text, a, a + inside.start(), matcher, out, after_lead=False)
                out.append(Segment(a + inside.start(), a + inside.end(),
                                   text[a + inside.start():a + inside.end()], "lead-in"))
                _split_piece(text, a + inside.end(), b, matcher, out, after_lead=True)
                return
    for colon_any in _ANY_COLON.finditer(piece):
        after = piece[colon_any.end():]
        if _paren_depth(piece, colon_any.start()) == 0 and _starts_with_citation(after, matcher) \
                and not re.search(r"(?:^|\s)(?:in|u|в|dans)$", piece[:colon_any.start()], re.IGNORECASE) \
                and not _starts_with_citation(piece, matcher):
            _split_piece(text, a, a + colon_any.start() + 1, matcher, out, after_lead=False)
            _split_piece(text, a + colon_any.end(), b, matcher, out, after_lead=True)
            return
    inner = _IBID_AT_SENTENCE.search(piece)
    if inner and not _starts_with_citation(piece, matcher):
        _split_piece(text, a, a + inner.start(), matcher, out, after_lead)
        _split_piece(text, a + inner.end(), b, matcher, out, after_lead=False)
        return
    cited = (after_lead or _starts_with_citation(piece, matcher) or _looks_like_literature(piece) or _IBID_INSIDE.search(piece)
             or _looks_like_reference_list(piece) or _archive_inside(piece, matcher) is not None
             or _unknown_archive(piece) is not None or _CALL_NUMBER_START.match(piece) is not None
             or (matcher.find_name(piece) is not None and len(_split_commas(piece)) >= 3 and _names_a_document(piece)))
    if not cited and _split_parenthesised(text, a, b, matcher, out):
        return
    role = "citation" if cited else "commentary"
    out.append(Segment(a, b, piece, role))


def _split_parenthesised(text: str, a: int, b: int, matcher, out: list[Segment]) -> bool:
    """Prose with a citation in parentheses (`… ambassador (TNA, FO 371/1, …), the Yugoslavs …`): split it out."""
    depth, opened = 0, None
    for i in range(a, b):
        ch = text[i]
        if ch in _OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0 and opened is not None:
                inner = text[opened + 1:i]
                # `(TNA, FO 371/1, …)` is a citation; `the minutes (HDA)` only names the archive
                if _starts_with_citation(inner.strip(), matcher) and "," in inner and any(ch.isdigit() for ch in inner):
                    out.append(Segment(a, opened + 1, text[a:opened + 1], "commentary"))
                    cuts = [opened] + [opened + 1 + c for c in _top_level_semicolons(inner)] + [i]
                    for s, e in zip(cuts, cuts[1:]):
                        _split_piece(text, s + 1, e, matcher, out, after_lead=False)
                    _split_piece(text, i, b, matcher, out, after_lead=False)
                    return True
    return False


# `FO 371/124264`, `33/I-143`, `DY 30/IV 2/20/6`: a call number with no archive before it
_CALL_NUMBER_START = re.compile(r"^(?:[A-Z]{1,5}\s?\d+[A-Z]?/\S|\d+/[IVXLC]+-\d)")


def _names_a_document(piece: str) -> bool:
    """A day or month date, or a call number: what a citation has and a sentence mentioning an archive mostly lacks."""
    return any(d.precision != "year" for d in find_dates(piece)) or bool(re.search(r"\d[/-]\d|\d{3,}[A-Z]|[A-Z]\d", piece))


def _starts_with_citation(piece: str, matcher) -> bool:
    if matcher.match(piece) is not None or bool(_IBID.match(piece) and _IBID.match(piece).end()):
        return True
    # `Name of an archive (ABBR), ...` teaches the matcher the archive for the rest of the document
    return _learn_archive(fold(piece), matcher) is not None


# where a holding may start inside a citation: after a comma, `//` (Russian style) or a full stop
_TOKEN_START = re.compile(r"(?:,|//|(?<=[^\W\d_]{2})\.|(?<=\d)\.|(?<=г)\.)\s*")
# what may follow an archive's name inside a citation: punctuation, the end, or a call number (`TNA FO 371/1`)
# or a fond number and a comma (`…, for the Slovene side, SI AS 1931, t. e. 7`)
_AFTER_NAME = re.compile(r"\s*(?:[,.;:(]|//|$)|\s+(?=[A-Z]{1,5}\s?\d)|\s+(?=\d[\w/.-]*\s*,)")


def _archive_inside(piece: str, matcher) -> tuple[Archive, int, int] | None:
    """An archive named after a description (``Title, date, RG 59, …, NARA.``, ``Title // РГАНИ. Ф. 5``).

    Returns the archive, where its name starts and where it ends, or None. Not
    inside parentheses (a publisher is not an archive) and not in a publication.
    """
    if _PUB.search(piece) or _OP_CIT.search(piece):
        return None
    for m in _TOKEN_START.finditer(piece):
        start = m.end()
        if start >= len(piece) or _paren_depth(piece, start) or _QUOTE_OPEN.search(piece[:start]):
            continue
        start += len(_IN_WORD.match(piece, start).group(0))  # `…, in FRUS, 1955–1957, …`
        hit = matcher.match(piece[start:])
        if hit and _AFTER_NAME.match(piece, start + hit[1]):
            return hit[0], start, start + hit[1]
    return None


# an archive not in the authority file: a name with an archive word, then the units (`Meany Archives, Lovestone Files, box 14`)
_ARCHIVE_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЂЉЊЋЏŠĐČĆŽ][^\W\d_’'.&-]*(?:[’'.&-][^\W\d_]*)*(?:\s+[^\W\d_’'.&-]+(?:[’'.&-][^\W\d_]*)*\.?){0,7}")


def _unknown_archive(piece: str) -> tuple[Archive, int, int] | None:
    """An archive the authority file does not know, named by a word for archive and followed by units."""
    if not _ARCHIVE_WORD.search(piece) or _PUB.search(piece) or _OP_CIT.search(piece) or _QUOTE_START.search(piece[:80]):
        return None
    tokens = _Tokens.of(piece, 0)
    for k in range(len(tokens)):
        tok = tokens.token(k)
        s, e = tokens.spans[k]
        if not (_ARCHIVE_WORD.search(tok) and _ARCHIVE_NAME.fullmatch(tok)) or _IN.match(piece[max(0, s - 4):s] + " "):
            continue
        if re.search(r"(?:^|,)\s*(?:in|u|в|dans):?\s*$", piece[:s], re.IGNORECASE):
            continue  # `in: Archiv für Sozialgeschichte`: a journal
        units_after = any(_is_unit_token(tokens.token(j)) for j in range(k + 1, len(tokens)))
        last_after_date = k > 0 and all(_is_place_token(tokens.token(j)) for j in range(k + 1, len(tokens))) \
            and any(find_dates_covering(tokens.token(j)) for j in range(k))
        if units_after or last_after_date:
            return Archive(tok, tok), s, e
    return None


_IN_WORD = re.compile(r"(?:(?:quoted\s+|printed\s+|reprinted\s+|zit\.\s+|cit\.\s+)?(?:in|u|у|в|dans|nach):?\s+)?", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"[„«“\"][^”»\"“]*$")


def _looks_like_reference_list(piece: str) -> bool:
    # `XY, fond 35, kut. 5, Zapisnik, 1949`: short comma-separated parts with numbers, not a sentence
    parts = _split_commas(piece)
    return (len(parts) >= 3 and piece[:1].isupper() and any(ch.isdigit() for ch in piece)
            and sum(len(p) for p in parts) / len(parts) < 30 and len(parts[0]) <= 15)


def _paren_depth(text: str, i: int) -> int:
    depth = 0
    for ch in text[:i]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth


# --- literature ------------------------------------------------------------

_QUOTED = re.compile(r"[„“\"«‘’,]{1,2}(?=\S)(.+?)(?<=\S)(?:[“”\"»’]{1,2}|,,)")
_QUOTE_START = re.compile(r"[„“\"«]|,,|‘|’(?=\S)|“’")
_PUB = re.compile(r"\(\s*(?P<place>[^():;]{2,80}?)\s*:\s*(?P<publisher>[^()]*?)\s*,?\s*(?P<year>(?:1[5-9]|20)\d{2})\s*\)")
_PUB_NOPAREN = re.compile(r"(?:^|,\s*)(?P<place>[A-ZА-ЯЂЉЊЋЏ][\w .–-]{1,40}):\s*(?P<publisher>[^,:()]{2,80}),\s*(?P<year>(?:1[5-9]|20)\d{2})")
_JOURNAL_ISSUE = re.compile(r"^\s*,?\s*(?:in:?\s+)?(?P<container>[^,(]+?)\s*,?\s+(?P<volume>)(?P<issue>\d+(?:[–-]\d+)?)\s*/\s*"
                            r"(?P<year>(?:1[5-9]|20)\d{2})")
_JOURNAL_VOL = re.compile(r"^\s*,?\s*(?:in:?\s+)?(?P<container>[^,(]+?)\s*,?\s+(?:vol\.\s*)?(?P<volume>\d+)\s*[,.]?\s*(?:(?:no\.|nr\.|br\.|Heft|H\.)\s*(?P<issue>\d+)\s*)?\(?(?P<year>(?:1[5-9]|20)\d{2})\)?", re.IGNORECASE)
_PAGES_END = re.compile(r"[,:]\s*(?P<pages>(?:(?:pp?\.|S\.|s\.|str\.|с\.|стр\.)\s*)?\d+[a-z]?(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*(?:\s*f+\.)?)\s*\.?\s*$")
_PLACE_YEAR = re.compile(r",\s*(?P<place>[A-ZÄÖÜА-Я][\w.’'-]+(?:[ /–-][A-ZÄÖÜА-Я][\w.-]+)?)\s+(?P<year>(?:1[5-9]|20)\d{2})\s*$")
_EDITION = re.compile(r",?\s*\d+(?:st|nd|rd|th|\.)?\s+(?:ed\.|edition|Aufl\.|izd\.|изд\.)", re.IGNORECASE)
_EDITOR = re.compile(r",\s*(?:prir\.|прир\.|ur\.|ур\.|ed\.|eds\.|hrsg\.|Hg\.|hg\.|edited by|red\.|ред\.)\s.*$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZА-ЯЂЉЊЋЏŠĐČĆŽ][\w’'-]*\.?|(?:van|von|de|der|den|da|di|la|le|du|ter|ten)|[A-ZА-ЯЂЉЊЋЏŠĐČĆŽ]\.(?:[A-ZА-Я]\.)*|[A-ZА-Я][a-zа-я]?\.)$")
_IN = re.compile(r"^\s*,?\s*(?:in|In|u|U|у|У|dans|en)(?::\s*|\s+)")
_ARTICLES = {"the", "a", "an", "der", "die", "das", "ein", "eine", "la", "le", "les", "il", "lo", "el", "los", "une", "un"}
_OP_CIT = re.compile(r"\b(?:op\.\s*cit|нав\.\s*дело|nav\.\s*djelo|nav\.\s*delo|a\.\s*a\.\s*O)\.?", re.IGNORECASE)


# Russian (GOST) and other styles end a book with `. Place, Year.`: `… новая Югославия. М., 1987. С. 45.`
_GOST = re.compile(r"\.\s+[A-ZА-ЯЁ][\w.-]{0,15}(?::\s*[^,.;]{2,60})?,\s*(?:1[5-9]|20)\d{2}\b(?!\s*[–—-]?\s*\d)")


# a GOST article: `Соколов И. П. Название // Вопросы истории. 2015. № 7. С. 3–21.`
_GOST_ARTICLE = re.compile(r"\S\s*//\s*[^/]{2,120}?[.,]\s*(?:1[5-9]|20)\d{2}\.\s*(?:№|No|Nr|Т\.|Вып\.|Vol\.|С\.)", re.IGNORECASE)
# `Kevin Morgan, 'The Problem of the Epoch', Twentieth Century British History 16 (2005)`: a title in straight single quotes
_SINGLE_QUOTED = re.compile(r"^[^,']{2,60},\s+'[^']{3,200}'\s*,")
_EDITOR_MARK = re.compile(r"\s*\((?:Hrsg|Hg|ed|eds|ur|prir|red|dir|a\s+cura\s+di)\.?\)", re.IGNORECASE)


# newspapers are literature (the paper is the container) dated by their issue: `Borba, 12. 3. 1953, 2`,
# `The Times, 4 May 1955`, `Neues Deutschland vom 3.4.1957`, `„Tito u Moskvi“, Politika, 3. 6. 1956, 1`
_PAPER = re.compile(r"^(?:(?P<article>[„“\"«‘][^„“”\"«»]{2,200}[“”\"»’]),?\s*)?"
                    r"(?P<paper>[A-ZÀ-ÞА-ЯЂЉЊЋЏŠĐČĆŽ][^\W\d_]*\.?(?:[ -](?:[A-ZÀ-ÞА-ЯЂЉЊЋЏŠĐČĆŽ][^\W\d_]*\.?"
                    r"|the|de|des|du|der|die|di|del|la|le|el|of|für|am|im|za)){0,4})"
                    r"(?:\s*,\s*|\s+(?:vom|od|du|del|of|from|от|z\s+dnia|z|din)\s+)(?P<rest>.+?)\s*\.?\s*$")
_ISSUE_TAIL = re.compile(r"(?:\s*,\s*(?:(?:p|pp|S|s|str|с|стр|Nr|no|br|бр|nr)\.\s*)?\d+(?:\s*[–—-]\s*\d+)?)*\s*\.?$", re.IGNORECASE)
# an interview or conversation the author held is an oral source, read as literature
_ORAL = re.compile(r"^(?:(?:the\s+)?author'?s\s+)?(?:interview|conversation|razgovor|intervju|pogovor|gespräch|entretien|"
                   r"entrevista|intervista|wywiad|rozmowa|rozhovor|interjú|интервју|интервью|беседа|разговор)\b", re.IGNORECASE)


def _press(piece: str):
    """A newspaper issue: (paper, date) when ``piece`` is a paper's name and one day's date (and pages), else None."""
    m = _PAPER.match(piece.strip())
    if not m:
        return None
    date_part = _ISSUE_TAIL.sub("", m.group("rest")).strip(" ,.")
    dates = find_dates(date_part)
    if len(dates) != 1 or dates[0].precision != "day" or not find_dates_covering(date_part):
        return None
    if " to " in m.group("paper") or len(m.group("paper")) > 40:
        return None
    return m.group("paper").strip(" ."), dates[0]


def _looks_like_literature(piece: str) -> bool:
    if _ORAL.match(piece) or _press(piece):
        return True
    if _PUB.search(piece) or _OP_CIT.search(piece) or _GOST.search(piece) or _GOST_ARTICLE.search(piece) \
            or _SINGLE_QUOTED.search(piece):
        return True
    # Croatian and Serbian put a full stop after numbers: `Zagreb 1990., 145.–150.`; `(Hrsg.)` after an editor
    piece = _EDITOR_MARK.sub("", re.sub(r"(?<=\d)\.(?=\s*(?:[–—,-]|$))", "", piece.rstrip()))
    body = _PAGES_END.sub("", piece.rstrip(" ."))
    if _PLACE_YEAR.search(body) and _is_name(_split_commas(body)[0]) and len(_split_commas(body)) >= 3:
        return True
    if re.search(r"\b\d{1,2}/(?:1[5-9]|20)\d{2}\b", piece) and len(piece) < 400:
        return True
    head = piece[:80]
    quote = _QUOTE_START.search(head)
    if quote and quote.start() > 0:
        before = piece[:quote.start()].rstrip()
        if before.endswith(",") and len(before.split()) <= 8:
            return True
    return bool(_short_title(piece))


def _short_title(piece: str) -> re.Match | None:
    return re.match(r"^(?P<author>[^,]{2,60}),\s*(?P<title>[^,]{2,160}),\s*(?:pp?\.\s*|str\.\s*|S\.\s*)?\d+(?:\s*[–—-]\s*\d+)?"
                    r"(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*\s*\.?\s*$", piece)


def _is_name(token: str) -> bool:
    words = token.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in token) or len(token) > 50:
        return False
    if not any(w[:1].isupper() for w in words) or words[0].lower() in _ARTICLES:
        return False
    return all(_NAME_WORD.match(w) for w in words)


def _split_commas(text: str) -> list[str]:
    parts, depth, quote, cur = [], 0, False, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "„«":
            quote = True
        elif ch in "“”»" and quote:
            quote = False
        if ch == "," and depth == 0 and not quote:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


_GOST_AUTHORS = re.compile(r"^(?P<authors>[A-ZА-ЯЁ][\w’'-]+\s+(?:[A-ZА-ЯЁ]\.\s?){1,2}(?:,\s*[A-ZА-ЯЁ][\w’'-]+\s+(?:[A-ZА-ЯЁ]\.\s?){1,2})*)\s+(?=\S)")
_GOST_CONTAINER = re.compile(r"^(?P<container>.+?)[.,]\s*(?P<year>(?:1[5-9]|20)\d{2})\.?\s*(?:(?:Т|Т\.|Vol|Bd)\.?\s*(?P<volume>\d+)[.,]?\s*)?"
                             r"(?:(?:№|No\.?|Nr\.?|Вып\.)\s*(?P<issue>\d+(?:[–-]\d+)?)[.,]?\s*)?(?P<pages>(?:С|S|P|pp?)\.\s*\d.*)?$")
_GOST_BOOK = re.compile(r"^(?P<title>.+?)\.\s+(?P<place>[A-ZА-ЯЁ][\w.-]{0,15})(?::\s*(?P<publisher>[^,]{2,60}))?,\s*"
                        r"(?P<year>(?:1[5-9]|20)\d{2})\.?\s*(?P<pages>(?:С|S|P|pp?)\.\s*\d.*)?$")


def _gost_reference(text: str, ref: dict) -> bool:
    """Russian GOST style: `Фамилия И. О. Название // Журнал. 2015. № 7. С. 3–21` or `… Название. М., 2010. С. 88`."""
    authors = _GOST_AUTHORS.match(text)
    if not authors:
        return False
    rest = text[authors.end():]
    if "//" in rest:
        title, container = (part.strip() for part in rest.split("//", 1))
        m = _GOST_CONTAINER.match(container)
        if not m:
            return False
        ref.update(authors=authors.group("authors").strip(), title=title.rstrip(" ."), container=m.group("container").strip(),
                   volume=m.group("volume") or "", issue=m.group("issue") or "", year=m.group("year"),
                   pages=(m.group("pages") or "").strip(" ."))
        return True
    m = _GOST_BOOK.match(rest)
    if not m:
        return False
    ref.update(authors=authors.group("authors").strip(), title=m.group("title").strip(), place=m.group("place"),
               publisher=(m.group("publisher") or "").strip(), year=m.group("year"), pages=(m.group("pages") or "").strip(" ."))
    return True


def parse_reference(raw: str) -> dict:
    """Authors, title, container, volume, issue, place, publisher, year, pages and script of a literature citation.

    >>> parse_reference("Geoff Eley, Forging Democracy, (New York: Oxford University Press, 2002), 12–14.")["publisher"]
    'Oxford University Press'

    Every field is a string, empty when not found. Never raises.
    """
    text = raw.strip().rstrip(".").strip()
    ref = {k: "" for k in ("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages")}
    ref["script"] = script_of(text)
    if _gost_reference(text, ref):
        return ref
    pages = _PAGES_END.search(text)
    pub = _PUB.search(text)
    if pub:
        ref.update(place=pub.group("place").strip(), publisher=pub.group("publisher").strip(" ,"), year=pub.group("year"))
        if pages and pages.start() >= pub.end() - 1:
            ref["pages"] = pages.group("pages")
        head = text[:pub.start()].rstrip(" ,")
    else:
        if pages:
            ref["pages"] = pages.group("pages")
            text = text[:pages.start()]
        head = text
        nop = _PUB_NOPAREN.search(head)
        if nop and nop.start() > 0:
            ref.update(place=nop.group("place").strip(), publisher=nop.group("publisher").strip(), year=nop.group("year"))
            head = head[:nop.start()].rstrip(" ,")
        else:
            place_year = _PLACE_YEAR.search(head)  # German style: `München 1980`
            if place_year and place_year.start() > 0:
                ref.update(place=place_year.group("place"), year=place_year.group("year"))
                head = head[:place_year.start()].rstrip(" ,")
    quote = _QUOTE_START.search(head)
    if quote and quote.start() > 0 and head[:quote.start()].rstrip().endswith(","):
        ref["authors"] = head[:quote.start()].rstrip(" ,")
        rest = head[quote.start():]
        m = (re.match(r"(?:[„“\"«‘’]|,,){1,2}(.+?)(?:[“”\"»’‘]{1,2}|,,)(?=\s*[,(]|\s*$)", rest)
             or re.match(r"(?:[„“\"«‘’]|,,){1,2}(.+?)(?:[“”\"»’‘]{1,2}|,,)(?=\s*[.]|\s+[A-ZА-Я]|\s+(?:in|u|у|dans|en)\b)", rest))
        if m:
            ref["title"] = m.group(1).strip(" ,’‘'")
            after = rest[m.end():]
            journal = _JOURNAL_ISSUE.match(after) or _JOURNAL_VOL.match(after)
            if journal and not ref["publisher"]:
                ref["container"] = journal.group("container").strip(" ,.")
                ref["volume"] = journal.group("volume") or ""
                ref["issue"] = journal.group("issue") or ""
                ref["year"] = journal.group("year")
            elif after.strip(" ,."):
                ref["container"] = _EDITOR.sub("", _IN.sub("", after)).strip(" ,.")
        else:
            ref["title"] = rest.strip(" ,„“\"")
        return ref
    press = _press(raw.strip())
    if press:
        ref.update(container=press[0], year=press[1].date_start[:4])
        article = _PAPER.match(raw.strip()).group("article")
        ref["title"] = article.strip("„“”\"«»‘’ ") if article else ""
        return ref
    head = _EDITION.sub("", _EDITOR.sub("", head))
    parts = _split_commas(head)
    if len(parts) == 2 and find_dates_covering(parts[1]):  # a newspaper issue: `Borba, 12. 3. 1953, 2`
        ref.update(container=parts[0], year=find_dates(parts[1])[-1].date_start[:4])
        return ref
    authors = []
    while len(parts) > 1 and _is_name(parts[0]):
        authors.append(parts.pop(0))
    ref["authors"] = ", ".join(authors)
    inside = next((k for k, part in enumerate(parts) if k and _IN.match(part)), None)
    if inside is not None:  # `Title, in: Zeitschrift 12 (1999)`: a chapter or an article
        container = _IN.sub("", ", ".join(parts[inside:]))
        journal = _JOURNAL_VOL.match(container)
        if journal and re.search(r"\(\s*(?:1[5-9]|20)\d{2}\s*\)\s*$", container):
            ref.update(container=journal.group("container").strip(" ,."), volume=journal.group("volume") or "",
                       issue=journal.group("issue") or "", year=ref["year"] or journal.group("year"))
        else:
            ref["container"] = container.strip(" ,.")
        parts = parts[:inside]
    ref["title"] = ", ".join(parts).strip(" ,")
    return ref


# --- archival --------------------------------------------------------------

# `(AJ)`, `(dalje: AJ)`, `(hereafter TNA)`: an abbreviation the text defines for itself
_HEREAFTER = (r"(?:(?:dalje|u\s+daljem\s+tekstu|u\s+nastavku|hereafter|henceforth|further|даље|у\s+даљем\s+тексту|"
              r"im\s+Folgenden|künftig|fortan|nachfolgend|hereinafter|cited\s+as|zit\.\s+als|weiter|ci-après|далее|в\s+дальнейшем|odslej|da\s+ora\s+in\s+poi|d'ora\s+in\s+poi|dalej)\s*[:–—-]?\s*)?")
_DEFINES = re.compile(rf"^[^,;()\d]{{0,60}}?\({_HEREAFTER}(?P<abbr>[A-ZА-Я][^()\s,;]{{1,11}}(?: [^()\s,;]{{1,6}}){{0,2}})\)")
_ABBR_DEFINITION = re.compile(rf"(?P<name>[^,;():]{{3,120}}?)\s*\({_HEREAFTER}(?P<abbr>[A-ZА-Я][\w./-]{{1,10}}(?: [A-ZА-Я][\w./-]{{0,6}}){{0,2}})\)")
_ARCHIVE_WORD = re.compile(r"(?i)\b(?:arhiv\w*|archiv\w*|archive\w*|архив\w*|arkhiv\w*|archiwum|levéltár\w*|library|bibliothek\w*|"
                           r"institut\w*|collection|records office)\b")
_FOND_KEY = re.compile(r"^(?:fond|fonds|f\.|ф\.|фонд|bestand)\s*(?P<value>\S.*)$", re.IGNORECASE)
_UNIT_KEY = re.compile(r"^(?:к\.|кут\.|кутија|фасц\.|пов\.|инв\.|ф\.|f\.|fasc\.|fasz\.|fascikla|fascikl|br\.|бр\.|box|boxes|folder|file|kut\.|kutija|k\.|t\.\s?e\.|a\.\s?e\.|"
                       r"d\.|д\.|op\.|оп\.|п\.|sig\.|sign\.|sygn\.|signatura|bd\.|band|vol\.|dos\.|dossier|doss\.|carton|cart\.|b\.|busta|"
                       r"pov\.|inv\.|no\.|nr\.|mappe|akte|aktenzeichen|ll?\.|лл?\.|bl\.|str\.|pp?\.|s\.|fol\.|ff?\.|"
                       r"z\.|w\.|t\.|sv\.|a\.\s?j\.|ka\.|lot|doc\.|document|dosar(?:ul)?|"
                       r"v\.(?=\s*(?:1[5-9]|20)\d{2}\b))\s*\S", re.IGNORECASE)
# Hungarian puts the number first: `12. doboz`, `245. ő. e.`, `53. cs.`, `4. tétel`
_UNIT_AFTER_NUMBER = re.compile(r"^\d+[a-z]?\.\s*(?:doboz|tétel|t\.|cs\.|csomó|ő\.\s?e\.|köteg|kötet|d\.)(?=[\s.,;]|$)", re.IGNORECASE)
# a unit that names the file's year: Albanian `V. 1951` (viti), `god. 1952`, `Jg. 1953`
_UNIT_YEAR = re.compile(r"^(?:v|viti|god|год|jg|anno|rok|year)\.?\s+(?P<year>(?:1[5-9]|20)\d{2})$", re.IGNORECASE)
# a file: after it `f. 4` is a leaf (Romanian `dosar 12/1953, f. 4`), not a fascicle
_FILE_UNIT = re.compile(r"^(?:dosar(?:ul)?|dos\.|dossier|d\.|д\.|a\.\s?e\.|а\.\s?е\.|a\.\s?j\.)\s*\S", re.IGNORECASE)
_KEY_AFTER_DOT = re.compile(r"\s+(?:ф|оп|д|лл?|п|f|op|d|ll?|fol|bd|box|folder|k|к|kut|кут)\.?\s*\d", re.IGNORECASE)
_PAGE_TOKEN = re.compile(r"^(?:(?:pp?\.|s\.|str\.|с\.|стр\.|l\.|ll\.|л\.|лл\.|bl\.|fol\.|ff?\.)\s*)?\d+[a-zv]?(?:\s*об\.?|\s*[rv]\.?)?"
                         r"(?:\s*[–—-]\s*\d+[a-zv]?(?:\s*об\.?|\s*[rv]\.?)?)?$", re.IGNORECASE)
# a page token that says so (`Bl. 45–47`, `Л. 3 об.`), not a bare number
_PAGE_KEYED = re.compile(r"^(?:pp?\.|s\.|str\.|с\.|стр\.|l\.|ll\.|л\.|лл\.|bl\.|fol\.)\s*\d", re.IGNORECASE)
# `k. 12` is a leaf (karta) in Polish citations, which give the file as `sygn.`; elsewhere it is a box
_LEAF_K = re.compile(r"^[kк]\.\s*\d+(?:\s*[–—-]\s*\d+)?[v]?$")
_LEAF_RANGE = re.compile(r"^[kк]\.\s*\d+\s*[–—-]\s*\d+[v]?$")  # boxes are not cited in ranges; leaves are
_CONTAINER = re.compile(r"^(?:b\.|busta|box|kut\.|kutija|k\.|carton|cart\.)\s*\d", re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"^(?:1[5-9]|20)\d{2}$")
# the years a series or a volume covers: `1951–1954`, `1955–59`
_YEARS_TOKEN = re.compile(r"^(?:1[5-9]|20)\d{2}(?:\s*[–—-]\s*(?:\d{2}|\d{4}))?$")
# a call number whose first part is the series: `FO 371/1`, `DY 30/IV 2/20`, `F/7/15589`, `5 AG 1/123`
_CODE_PIECE = re.compile(r"^(?P<fond>[A-Z][A-Za-z]{0,5}\s?\d+[A-Z]?|[A-Z]{1,3}/\d+[A-Z]*|\d+\s?[A-Z]{1,4}(?:\s?\d+)?)\s*/\s*(?P<unit>\S.*)$")


_SERIES_YEARS = re.compile(r"(?:^|\s)(?:1[5-9]|20)\d{2}(?:\s*[–—-]\s*(?:\d{2}|\d{4}))?$")


def _shelfmark(fond: str) -> tuple[str, str]:
    """A fond whose last words are a unit (`MS Attlee dep. 45`): the fond and that unit."""
    inner = re.search(r"\s(?P<unit>[^\W\d_]{1,6}\.\s*\d[\w/.-]*)$", fond)
    unit = inner.group("unit") if inner else ""
    if inner and (_UNIT_KEY.match(unit) or unit.lower().startswith("dep.")) and not _PAGE_KEYED.match(unit):
        return fond[:inner.start()], inner.group("unit")
    return fond, ""


def _is_leaf(tok: str, before: str, polish: bool) -> bool:
    """A page or leaf token inside a citation (`fol. 12`, `л. 12–15`, `fl. 3`, `k. 3` in Polish, `f. 4` after a file)."""
    return bool(_PAGE_KEYED.match(tok) or re.match(r"fl\.\s*\d", tok, re.IGNORECASE) or (polish and _LEAF_K.match(tok))
                or (re.match(r"ff?\.\s*\d", tok) and _FILE_UNIT.match(before)))


def _is_unit_token(tok: str) -> bool:
    if _UNIT_KEY.match(tok) or _UNIT_AFTER_NUMBER.match(tok):
        return True
    if not any(ch.isdigit() for ch in tok) or _YEAR_TOKEN.match(tok) or find_dates_covering(tok):
        return False
    if _SERIES_YEARS.search(tok) or any(d.precision != "year" for d in find_dates(tok)):
        return False  # `CDF 1955–59` is a series, `Note du 12 mai 1950` a document
    return not re.search(r"[a-zа-яšđčćž]{4,}", tok) and len(tok) <= 30


def find_dates_covering(tok: str) -> bool:
    found = find_dates(tok)
    return bool(found) and found[-1].end - found[0].start >= len(tok.strip(" .")) - 1


def _is_fond_token(tok: str) -> bool:
    if _FOND_KEY.match(tok):
        return True
    if _UNIT_KEY.match(tok):  # `box 301`, `kut. 5`: a unit, however short
        return False
    if _ABBR_DEFINITION.fullmatch(tok) and len(tok) <= 60:
        return True
    if re.fullmatch(r"[^\W\d_][\w ./-]{0,9}", tok) and tok == tok.upper():  # `CK SKH`, `KSČ-ÚV`, `PA`
        return True
    return any(ch.isdigit() for ch in tok) and not re.search(r"[a-zа-яšđčćž]{4,}", tok) and len(tok) <= 25


def _is_place_token(tok: str) -> bool:
    words = tok.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(ch.isdigit() for ch in tok)


@dataclass
class _Tokens:
    """A citation cut at top-level commas, keeping each token's span in the citation."""

    spans: list[tuple[int, int]]
    text: str

    @classmethod
    def of(cls, text: str, start: int) -> "_Tokens":
        # `May 15, 1952` is one token: no cut inside a date
        inside = set()
        for d in find_dates(text[start:]):
            inside.update(range(start + d.start, start + d.end))
        spans, depth, quote, a = [], 0, False, start
        for i in range(start, len(text)):
            ch = text[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif ch in "„«":
                quote = True
            elif ch in "“”»" and quote:
                quote = False
            elif ch == "," and depth == 0 and not quote and not _comma_in_number(text, i) and i not in inside:
                spans.append((a, i))
                a = i + 1
            elif ch == "." and depth == 0 and i > start + 1 and (text[i - 1].isdigit() or (text[i - 1].isalpha() and text[i - 2].isdigit())) \
                    and _KEY_AFTER_DOT.match(text, i + 1):
                # Russian style separates with full stops: `Ф. 17. Оп. 128. Д. 1163. Л. 52`
                spans.append((a, i))
                a = i + 1
        spans.append((a, len(text)))
        spans = [_strip(text, s, e) for s, e in spans]
        return cls([s for s in spans if s[0] < s[1]], text)

    def token(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def join(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.text[self.spans[i][0]:self.spans[j - 1][1]].strip(" .")

    def __len__(self) -> int:
        return len(self.spans)


def _comma_in_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        if text[e - 1] == "." and _keeps_dot(text[s:e]):
            break
        e -= 1
    return s, e


def _keeps_dot(token: str) -> bool:
    # `Bd.`, `f.` and initials keep their dot; a sentence end does not
    return bool(re.search(r"(?:^|\s)(?:\w{1,3}|[IVX]+)\.$", token)) and not re.search(r"\d\.$", token)


def _parse_archival(text: str, archive: Archive, name_end: int, doc_abbr: dict) -> dict:
    """Fields of an archival citation whose archive name ends at ``name_end`` of the folded text."""
    row = {"archive": archive.code, "archive_name": archive.name}
    rest = name_end
    define = _DEFINES.match(text[rest:])
    if define:
        rest += define.end()
    rest += len(re.match(r"\s*[.:]?", text[rest:]).group(0))  # `РГАСПИ. Ф. 17`
    # the Croatian standard `HR-HDA-1220-CK SKH, kut. 12`, also `HR-HDA-1220. CK SKH`
    signature = re.match(r"-(\d+)(?:-|\.\s+|,\s*|\s+(?=[A-Z]))", text[rest:])
    if signature:
        text = text[:rest] + ", " + signature.group(1) + ", " + text[rest + signature.end():]
    glued = None if signature or name_end == 0 else re.match(r"[-./](?=[\w./-]*\d)[\w./-]+?(?=\.?\s*(?:[,;]|$))", text[name_end:])
    if glued and not re.search(r"\s", text[:name_end]):
        # `CIA-RDP80-00810A001234, CREST`, `dodis.ch/1234`: the archive's name opens the document's own number
        rest = name_end + glued.end()
        row["_glued"] = text[:rest]
    tokens = _Tokens.of(text, rest)
    i, n = 0, len(tokens)
    if row.get("_glued") and n:
        tail = _default_matcher().match(tokens.token(n - 1))
        if tail and tail[0].code == archive.code and tail[1] == len(tokens.token(n - 1)):
            n -= 1  # `CIA-RDP80-00810A001234, CREST`: the reading room named again
    if i < n and archive.city and normalise(re.sub(r"\s*\(.*\)$", "", tokens.token(i))) == normalise(archive.city):
        i += 1
    elif i < n and _is_place_token(tokens.token(i)) and i + 1 < n and _is_fond_token(tokens.token(i + 1)):
        i += 1
    same = _default_matcher().match(tokens.token(i)) if i < n else None
    if same and same[0].code == archive.code and same[1] == len(tokens.token(i)) and i + 1 < n \
            and _is_fond_token(tokens.token(i + 1)):
        i += 1  # `ÖStA, AdR, BKA-AA`: a division the authority lists as a name of the same archive
    # `Labour Party Archives, People's History Museum, Manchester (LPA), …`: more of the archive's name and its abbreviation
    for k in range(i, min(i + 3, n)):
        if any(ch.isdigit() for ch in tokens.token(k)):
            break
        defined = re.fullmatch(rf"(?P<name>[^()]+?)\s*\({_HEREAFTER}(?P<abbr>[A-Z][\w./-]{{1,10}})\)", tokens.token(k))
        if defined and _is_place_token(defined.group("name")):
            row["_abbr"] = defined.group("abbr")
            i = k + 1
            break
    fond = ""
    sub_fond = ""
    unit_from_fond = ""
    fond_year = ""
    if i < n and _YEARS_TOKEN.match(tokens.token(i)) and not _YEAR_TOKEN.match(tokens.token(i)):
        # `FRUS, 1955–1957, vol. XXVI`: the years come first (a lone number there is a fond: `SI AS 1589`)
        fond_year = tokens.token(i)
        i += 1
    elif i < n and _is_fond_token(tokens.token(i)):
        tok = tokens.token(i)
        key = _FOND_KEY.match(tok)
        tok = key.group("value") if key else tok
        piece = _CODE_PIECE.match(tok)
        defined = _ABBR_DEFINITION.fullmatch(tok)
        if piece and not re.fullmatch(r"[\dIVXLC/ -]+", tok):
            fond, unit_from_fond = piece.group("fond"), piece.group("unit")
        elif defined:
            fond = defined.group("abbr")
            doc_abbr[fond] = defined.group("name").strip()
        else:
            fond = tok
        sub_fond = ""
        if key and " – " in fond:  # `fond CC al PCR – Secția Relații Externe`: the fond and its section
            fond, sub_fond = (part.strip() for part in fond.split(" – ", 1))
        if not unit_from_fond:
            fond, unit_from_fond = _shelfmark(fond)
        i += 1
    if not fond_year and i < n and _YEARS_TOKEN.match(tokens.token(i)):
        fond_year = tokens.token(i)
        i += 1
    polish = any(re.match(r"sygn\.|w\.\s*\d", tokens.token(k), re.IGNORECASE) for k in range(i, n)) or \
        (n > i + 1 and bool(_LEAF_RANGE.match(tokens.token(n - 1))))
    # the date and pages sit at the end: find them first, then the unit in between
    end = n
    pages = ""
    while end > i and (_PAGE_TOKEN.match(tokens.token(end - 1)) or (polish and _LEAF_K.match(tokens.token(end - 1)))) \
            and not _YEAR_TOKEN.match(tokens.token(end - 1)) \
            and not (end - 2 >= i and _CONTAINER.match(tokens.token(end - 2)) and re.match(r"f\.", tokens.token(end - 1))):
        end -= 1  # (`b. 45, f. 3`: after a box or busta, `f.` is its file, not a folio)
    date_idx = None
    if end > i:
        found = find_dates(tokens.token(end - 1))
        if found:
            date_idx = end - 1
    keyed = all(_PAGE_KEYED.match(tokens.token(k)) or (polish and _LEAF_K.match(tokens.token(k))) for k in range(end, n))
    if end < n and (date_idx is not None or end > i + 1 or (keyed and (end > i or unit_from_fond))):
        pages = ", ".join(tokens.token(k) for k in range(end, n))
    else:
        end = n
    # unit: a run of unit-like tokens after the collection
    u = next((k for k in range(i, end) if _is_unit_token(tokens.token(k))), None)
    if unit_from_fond:
        u = i
    if u is not None:
        if not fond and not unit_from_fond and u > i and not find_dates_covering(tokens.token(i)):
            fond = tokens.token(i)  # `HIA, Boris Nicolaevsky Collection, box 45`: a named fond before the units
            i += 1
            fond, unit_from_fond = _shelfmark(fond)
        v = u
        while v < end and _is_unit_token(tokens.token(v)) and not ((v > u or unit_from_fond) and _is_leaf(tokens.token(v), tokens.token(v - 1), polish)):
            v += 1
        w = v  # `MS Attlee dep. 45, fol. 12, Attlee to Bevin, …`: leaves between the file and the document
        while (v > u or unit_from_fond) and w < end and _is_leaf(tokens.token(w), tokens.token(w - 1), polish):
            w += 1
        if w > v:
            pages = ", ".join(t for t in [tokens.join(v, w), pages] if t)
        collection = [sub_fond] * bool(sub_fond) + [tokens.token(k) for k in range(i, u)]
        years = [t for t in collection if _YEAR_TOKEN.match(t)]
        if years and not fond_year:  # `FIG, APCI, Estero, 1956, mf. 125`: the year of the series
            fond_year = years[0]
            collection = [t for t in collection if t != fond_year]
        units = ([unit_from_fond] if unit_from_fond else []) + [tokens.token(k) for k in range(u, v)]
        year_unit = next((m.group("year") for m in map(_UNIT_YEAR.match, units) if m), "")
        if year_unit and not fond_year:
            fond_year = year_unit
        title_from = w
    else:
        k = i
        while k < end and _is_collection_token(tokens.token(k)) and k < end - 1:
            k += 1
        if k > i and k == end - 1 and find_dates_covering(tokens.token(end - 1)):
            k -= 1  # `AN, 1988/12, Rapport, 12 octobre 1956`: the last name before the date is the title
        collection = [sub_fond] * bool(sub_fond) + [tokens.token(j) for j in range(i, k)]
        units = [unit_from_fond] if unit_from_fond else []
        title_from = k
    place = ""
    date = None
    title_to = end
    region_start = tokens.spans[title_from][0] if title_from < n else len(text)
    region_end = tokens.spans[end - 1][1] if end > title_from else region_start
    dates = find_dates(text[region_start:region_end]) if region_end > region_start else []
    if dates:
        date = _best_date(dates)
        if find_dates_covering(tokens.token(end - 1)):
            title_to = end - 1
            if title_to - 1 > title_from and _is_place_token(tokens.token(title_to - 1)):
                place = tokens.token(title_to - 1)
                title_to -= 1
    if row.get("_glued"):
        units.insert(0, row.pop("_glued"))
    row.update(
        fond=_tidy_slashes(fond),
        collection=" / ".join(collection),
        unit=_tidy_slashes(", ".join(units)),
        title=tokens.join(title_from, title_to),
        pages=pages,
        place=place,
        fond_year=fond_year,
    )
    if date is None and _YEAR_TOKEN.match(fond_year) and region_end > region_start:
        # `HDA, CK SKH, 1952, kut. 8, Zapisnik od 12. ožujka`: the day and month take the file's year
        days = find_days_without_year(text[region_start:region_end], int(fond_year))
        date = days[-1] if days else None
    if date is not None:
        row.update(date_start=date.date_start, date_end=date.date_end, date_precision=date.precision, date_source="text")
    elif fond_year:
        span = find_dates(fond_year)[0]
        row.update(date_start=span.date_start, date_end=span.date_end, date_precision="year", date_source="fond year")
    return row


def _best_date(dates: list) -> object:
    """The document's date among those in a citation: the last to the day or month, else the last."""
    precise = [d for d in dates if d.precision in ("day", "month")]
    return (precise or dates)[-1]


def _set_date(row: dict, dates: list) -> None:
    if dates:
        date = _best_date(dates)
        row.update(date_start=date.date_start, date_end=date.date_end, date_precision=date.precision, date_source="text")


def _tidy_slashes(value: str) -> str:
    # a line break after `507/` leaves `507/ IX` in the joined note
    return re.sub(r"\s*/\s*", "/", value)


def _is_collection_token(tok: str) -> bool:
    if _ABBR_DEFINITION.fullmatch(tok):
        return True
    words = tok.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in tok)


def _learn_archive(text: str, matcher: ArchiveMatcher) -> tuple[Archive, int] | None:
    """An archive the citation defines itself (``Name of an archive (ABBR), ...``): teach the matcher its code."""
    m = _ABBR_DEFINITION.match(text)
    if not m or not _ARCHIVE_WORD.search(m.group("name")) or m.start() != 0:
        return None
    name = m.group("name").strip()
    known = matcher.match(name)  # `Hrvatski državni arhiv u Zagrebu (HDA)` is the known HDA
    archive = known[0] if known else Archive(m.group("abbr"), name)
    matcher.add_code(m.group("abbr"), archive)
    return archive, m.end("name")


def _read_ibid_tail(row: dict, tail: str) -> None:
    """What follows an Ibid.: pages, another file of the same series, or another document (its title and date)."""
    if not tail:
        return
    first = _split_commas(tail)[0] if _split_commas(tail) else tail
    if _PAGE_TOKEN.match(tail) or re.fullmatch(r"(?:at\s+)?[\d\s,–—-]+", tail) or _PAGE_KEYED.match(tail) \
            or re.match(r"fl\.\s*\d", tail) or (re.match(r"ff?\.\s*\d", tail) and _FILE_UNIT.match(row["unit"].split(", ")[-1])) \
            or (_LEAF_K.match(tail) and "sygn" in row["unit"].lower()) or (re.match(r"ff?\.\s*\d", tail) and row["unit"]):
        row["pages"] = re.sub(r"^at\s+", "", tail)
        return
    if _FOND_KEY.match(first) and row["archive"]:  # `Там же. Ф. 89. Оп. 45. Д. 13`: another fond of the same archive
        code = row["archive"]
        again = _parse_archival(f"{code}, {tail}", Archive(code, row["archive_name"]), len(code), {})
        row.update({k: again[k] for k in ("fond", "collection", "unit", "pages")})
        return
    dates = find_dates(tail)
    if dates or (re.search(r"[^\W\d_]{4,}", first) and not _UNIT_KEY.match(first) and not _UNIT_AFTER_NUMBER.match(first)):
        # `Ebd., Schreiben vom 12. Mai 1955`: another document of the same file
        title = tail[:dates[-1].start].rstrip(" ,") if dates and find_dates_covering(tail[dates[-1].start:]) else tail
        row["title"] = re.sub(r"\s+(?:vom|od|of|du|del|от|from)$", "", title)
        if dates:
            _set_date(row, dates)
        return
    parts = _split_commas(tail)
    pages = []
    while len(parts) > 1 and (_PAGE_KEYED.match(parts[-1]) or (_LEAF_K.match(parts[-1]) and "sygn" in tail.lower())):
        pages.insert(0, parts.pop())
    unit = ", ".join(parts)  # `Ibid., FO 371/107833`: the same series, another file
    row["unit"] = unit[:-1] if unit.endswith(".") and not _keeps_dot(unit) else unit
    row["pages"] = ", ".join(pages)


def _parse_archive_inside(text: str, archive: Archive, start: int, name_end: int, doc_abbr: dict) -> dict:
    """An archival citation whose archive is named after the document (Chicago, Russian `//` style).

    ``Title, date, RG 59, CDF 1955–59, 611.68/11-655, NARA``: the holding is
    what follows the date; ``Title, date // РГАНИ. Ф. 52. …`` and ``Title,
    date, DDEL, Dulles Papers, box 14``: the holding follows the archive.
    """
    before = text[:start].rstrip(" ,;/")
    after = text[name_end:].strip(" .,;")
    if after and not all(_is_place_token(t) or re.fullmatch(r"[A-Z]{2}\.?", t) for t in _split_commas(after)):
        row = _parse_archival(text[start:], archive, name_end - start, doc_abbr)
        description = before
    else:
        tokens = _Tokens.of(before, 0)
        dated = [k for k in range(len(tokens)) if find_dates_covering(tokens.token(k).strip("”“\"»« "))]
        if len(tokens) and _is_call_number(tokens.token(0)):  # the call number first, then the document
            cut = 0
            end_holding = 1
            while end_holding < len(tokens) and _is_unit_token(tokens.token(end_holding)):
                end_holding += 1
            holding = before[:tokens.spans[end_holding - 1][1]]
            description = before[tokens.spans[end_holding][0]:] if end_holding < len(tokens) else ""
            row = _parse_archival(text[start:name_end] + ", " + holding, archive, name_end - start, doc_abbr)
            return _describe(row, description)
        if dated:
            cut = dated[-1] + 1
        else:
            cut = next((k for k in range(1, len(tokens)) if _is_call_number(tokens.token(k))), len(tokens))
        holding = before[tokens.spans[cut][0]:] if cut < len(tokens) else ""
        description = before[:tokens.spans[cut][0]].rstrip(" ,") if cut < len(tokens) else before
        row = _parse_archival(text[start:name_end] + (", " + holding if holding else ""), archive, name_end - start, doc_abbr)
    return _describe(row, description)


def _is_call_number(tok: str) -> bool:
    # `CIA-RDP79R00890A000700060010-4`: a document number of an online reading room
    return bool(_CODE_PIECE.match(tok) or re.fullmatch(r"[A-Z]{1,5}\s?\d+[A-Z]?", tok)
                or re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z0-9]+)+", tok) and sum(ch.isdigit() for ch in tok) >= 5)


def _describe(row: dict, description: str) -> dict:
    """Title and date of an archival citation from the description written apart from its holding."""
    dates = find_dates(description)
    if dates and (row.get("date_source") != "text" or dates[-1].precision == "day"):
        _set_date(row, dates)
    last = _Tokens.of(description, 0)
    keep = len(last)
    if keep and find_dates_covering(last.token(keep - 1)):
        keep -= 1
    title = re.sub(r",?\s*(?:quoted\s+|printed\s+)?(?:in|u|у|в|dans):?$", "", last.join(0, keep), flags=re.IGNORECASE)
    row["title"] = ", ".join(t for t in (title, row.get("title", "")) if t)
    return row


# --- the tables --------------------------------------------------------------

_DEFAULT = {}


def _default_matcher() -> ArchiveMatcher:
    if "m" not in _DEFAULT:
        _DEFAULT["m"] = ArchiveMatcher.from_table(load_archives())
    return _DEFAULT["m"]


def _empty_row(doc_id, note_no, seq, seg: Segment) -> dict:
    row = {c: "" for c in CITATION_COLUMNS + CITATION_EXTRA}
    row.update(doc_id=doc_id, note_no=note_no, seq=seq, raw=seg.raw, char_start=seg.start, char_end=seg.end)
    return row


_COPY = ("archive", "archive_name", "fond", "collection", "unit", "title", "date_start", "date_end", "date_precision",
         "place", "fond_year", "date_source", "ref_of")


def _author_key(authors: str) -> str:
    first = authors.split(",")[0].strip()
    return normalise(first.split()[-1]) if first else ""


def _link_short_reference(ref: dict, earlier: list[tuple[str, dict]]) -> str:
    key = _author_key(ref["authors"])
    if not key:
        return ""
    title = normalise(ref["title"]).strip(" .„“\"")
    op_cit = bool(_OP_CIT.search(ref["raw"]))
    for label, full in reversed(earlier):
        if _author_key(full["authors"]) != key or full is ref:
            continue
        full_title = normalise(full["title"]).strip(" .„“\"")
        if op_cit or (title and full_title.startswith(title[: max(8, len(title) - 2)])):
            return full.get("ref_of") or label
    return ""


def _is_short(ref: dict) -> bool:
    return not (ref["publisher"] or ref["container"] or ref["year"])


def _marker_length(text: str, note_no: str) -> int:
    """Length of the note's own number at its start (`12 AJ, ...`), which is not part of any citation."""
    m = re.match(rf"\s*{re.escape(note_no)}(?:\s+|\.\s+|\)\s*)", text) if note_no else None
    return m.end() if m else 0


# What makes an Ibid. with a tail (`ibid., 11/II-2, Report of 19 January`) another document of the same file.
_DOCUMENT_FIELDS = ("unit", "title", "date_start")


def _ibid_target(last: dict) -> str:
    """The label an Ibid. points to: the citation it repeats, followed back through plain Ibid. repeats.

    An Ibid. that named a document of its own (another unit, title or date)
    is itself the source of the Ibid. after it.
    """
    if last["kind"] == "ibid" and last["ibid_of"] and not last.get("_new_document"):
        return last["ibid_of"]
    return f"{last['note_no']}:{last['seq']}"


def extract_citations(notes: pd.DataFrame, archives: pd.DataFrame | None = None) -> CitationTables:
    """Citations and references tables from a notes table (doc_id, note_no, text, in document order).

    >>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["TNA, FO 371/107832, Minute, 12 March 1953."]})
    >>> extract_citations(notes).citations[["archive", "fond", "unit", "date_start"]].values.tolist()
    [['TNA', 'FO 371', '107832', '1953-03-12']]

    Citations columns: doc_id, note_no, seq, kind (archival, literature, ibid,
    unparsed), archive, archive_name, fond, collection, unit, title,
    date_start, date_end, date_precision, pages, ibid_of, raw, then place,
    fond_year, date_source (text or fond year), ref_of, char_start, char_end.
    References: doc_id, note_no, seq, authors, title, container, volume,
    issue, place, publisher, year, pages, script, raw, ref_of. ``archives``
    defaults to the shipped authority file. Raises `AuthorityError` only from
    loading that file.
    """
    # the shipped authority is read and compiled once per process
    base = ArchiveMatcher.from_table(archives) if archives is not None else _default_matcher()
    rows: list[dict] = []
    by_label: dict[tuple[str, str], dict] = {}
    refs: list[dict] = []
    warnings: list[str] = []
    unparsed: dict[str, list[str]] = {}
    orphans: dict[str, list[str]] = {}
    for doc_id, group in notes.groupby("doc_id", sort=False):
        matcher = base.copy()
        doc_abbr: dict[str, str] = {}
        last: dict | None = None
        last_archival: dict | None = None
        earlier_refs: list[tuple[str, dict]] = []
        for note_no, text in zip(group["note_no"].astype(str), group["text"].fillna("").astype(str)):
            seq = 0
            skip = _marker_length(text, note_no)
            # fold look-alike letters once per note (same length); raw texts come from the original
            folded_note = fold(text)
            for seg in split_citations(folded_note[skip:], matcher):
                seg = Segment(seg.start + skip, seg.end + skip, text[seg.start + skip:seg.end + skip], seg.role)
                if seg.role != "citation":
                    continue
                seq += 1
                row = _empty_row(doc_id, note_no, seq, seg)
                folded = folded_note[seg.start:seg.end]
                ibid = _IBID.match(folded)
                learned = _learn_archive(folded, matcher)
                hit = matcher.match(folded)
                if ibid and ibid.end() > 0:
                    row["kind"] = "ibid"
                    tail = re.sub(r"(?<=\d)\s*\.$", "", (ibid.group("tail") or ibid.group("pages") or "").strip())
                    repeated = last
                    if last is not None and last["kind"] != "archival" and last_archival is not None \
                            and _FOND_KEY.match(tail):  # `Там же, ф. 52, …` after a book: the same archive
                        repeated = last_archival
                    if repeated is not None:
                        last = repeated
                        row["ibid_of"] = _ibid_target(last)
                        for col in _COPY:
                            row[col] = last[col]
                    else:
                        orphans.setdefault(doc_id, []).append(note_no)
                    _read_ibid_tail(row, tail)
                elif hit or learned:
                    archive, end = learned if learned and (not hit or learned[1] >= hit[1]) else hit
                    row.update(_parse_archival(folded, archive, end, doc_abbr))
                    row["kind"] = "archival"
                    if row.get("_abbr"):  # the archive's own abbreviation, defined after its town
                        matcher.add_code(row["_abbr"], archive)
                elif _CALL_NUMBER_START.match(folded) and last is not None and last["note_no"] == note_no and last["archive"]:
                    # `TNA, FO 371/124263; FO 371/124264`: another file of the same archive
                    code = last["archive"]
                    again = _parse_archival(f"{code}, {folded}", Archive(code, last["archive_name"]), len(code), doc_abbr)
                    for col in _COPY:
                        row[col] = last[col]
                    if again["fond"] and (again["unit"] or not last["unit"]) and _is_call_number(_Tokens.of(folded, 0).token(0)):
                        row.update(again)
                    else:  # `33/I-143`: another unit of the same fond and collection
                        row.update(unit=again["fond"] or again["unit"], title=again["title"], pages=again["pages"],
                                   date_start="", date_end="", date_precision="", date_source="")
                        if again.get("date_start"):
                            row.update({k: again[k] for k in ("date_start", "date_end", "date_precision", "date_source")})
                    row["kind"] = "archival"
                elif (inner_ibid := _IBID_INSIDE.search(folded)) and last is not None and not _PUB.search(folded):
                    row["kind"] = "ibid"
                    row["ibid_of"] = _ibid_target(last)
                    for col in _COPY:
                        row[col] = last[col]
                    _read_ibid_tail(row, folded[inner_ibid.end():].strip().rstrip("."))
                    description = _describe({}, folded[:inner_ibid.start()])
                    row["title"] = description["title"]
                    for col in ("date_start", "date_end", "date_precision", "date_source"):
                        if description.get(col):
                            row[col] = description[col]
                elif inside := _archive_inside(folded, matcher):
                    row.update(_parse_archive_inside(folded, *inside, doc_abbr))
                    row["kind"] = "archival"
                elif _looks_like_literature(folded) or _PUB_NOPAREN.search(folded):
                    ref = parse_reference(seg.raw)
                    ref["raw"] = seg.raw
                    label = f"{note_no}:{seq}"
                    ref["ref_of"] = _link_short_reference(ref, earlier_refs) if _is_short(ref) or _OP_CIT.search(seg.raw) else ""
                    earlier_refs.append((label, ref))
                    refs.append({"doc_id": doc_id, "note_no": note_no, "seq": seq, **ref})
                    # the publication year stays in references: the date columns are the documents' dates
                    row.update(kind="literature", title=ref["title"], pages=ref["pages"], ref_of=ref["ref_of"])
                    press = _press(folded)
                    if press:  # a newspaper issue is a dated document
                        _set_date(row, [press[1]])
                    elif ref["container"] and not ref["title"]:
                        _set_date(row, find_dates(folded))
                elif unknown := _unknown_archive(folded):
                    row.update(_parse_archive_inside(folded, *unknown, doc_abbr))
                    row["kind"] = "archival"
                else:
                    archive = matcher.find_name(folded)
                    dated = [d for d in find_dates(folded) if d.precision != "year"]
                    if archive is None and dated and last is not None and last["note_no"] == note_no and last["archive"] \
                            and seg.raw[:1].islower():  # `die Aufzeichnung …`, `i bilješku …`: no source of its own
                        # `…, Bericht vom 3. März 1955; vgl. auch die Aufzeichnung vom 7. April 1955`: another
                        # document of the file just cited, in the same note
                        row["kind"] = "ibid"
                        row["ibid_of"] = _ibid_target(last)
                        for col in _COPY:
                            row[col] = last[col]
                        row["title"] = _describe({}, folded.rstrip(" ."))["title"]
                        _set_date(row, dated)
                    elif archive is not None:
                        row.update(kind="archival", archive=archive.code, archive_name=archive.name, title=seg.raw)
                        _set_date(row, find_dates(folded))
                    else:
                        row["kind"] = "unparsed"
                        unparsed.setdefault(doc_id, []).append(note_no)
                row.pop("_abbr", None)
                if row["kind"] == "ibid" and row["ibid_of"]:
                    source = by_label.get((doc_id, row["ibid_of"]))
                    row["_new_document"] = source is not None and any(row[c] != source[c] for c in _DOCUMENT_FIELDS)
                by_label[(doc_id, f"{note_no}:{seq}")] = row
                rows.append(row)
                last = row
                if row["kind"] == "archival" or (row["kind"] == "ibid" and row["archive"]):
                    last_archival = row
    for doc_id, where in orphans.items():
        warnings.append(f"{doc_id}: {len(where)} Ibid. with no earlier citation to repeat, left unresolved "
                        f"(notes {', '.join(dict.fromkeys(where))})")
    for doc_id, where in unparsed.items():
        warnings.append(f"{doc_id}: {len(where)} citation(s) not understood, kept as kind=unparsed "
                        f"(notes {', '.join(dict.fromkeys(where))})")
    citations = pd.DataFrame(rows, columns=CITATION_COLUMNS + CITATION_EXTRA)
    references = pd.DataFrame(refs, columns=REFERENCE_COLUMNS + REFERENCE_EXTRA)
    if not citations.empty:
        citations["seq"] = citations["seq"].astype(int)
        citations["char_start"] = citations["char_start"].astype(int)
        citations["char_end"] = citations["char_end"].astype(int)
    return CitationTables(citations, references, warnings)
