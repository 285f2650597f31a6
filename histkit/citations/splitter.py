"""Cutting a note into citations, lead-ins (``See:``) and commentary (`split_citations`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .another import opens_with_holding
from .archives import ArchiveMatcher, default_matcher
from .bracketed import archive_in_brackets
from ..dates import find_dates
from .holdings import is_call_number, is_unit_token, starts_with_call_number
from .ibid import IBID, IBID_AT_SENTENCE, IBID_INSIDE
from .locate import archive_inside, code_in_use, learn_archive, unknown_archive
from .notetext import CLOSE, OPEN, paren_depth, split_commas, top_level_semicolons
from .references import looks_like_literature
from .words import alternation
from ..text import fold_homoglyphs


@dataclass(frozen=True)
class Segment:
    """A piece of a note: ``text[start:end] == raw``; ``role`` is citation, lead-in or commentary."""

    start: int
    end: int
    raw: str
    role: str = "citation"


_LEAD_WORDS = (alternation("see_also.csv") + r"|see(?:\s+also|\s+more|\s+further)?|also\s+see|cf\.?|compare|vidi(?:\s+još|\s+više)?|videti|"
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


# (the sentence must open with a capital, of any script: `Βλ. επίσης`; `_opens_sentence` checks)
_LEAD_AFTER_SENTENCE = re.compile(rf"(?:(?<=[^\W\d_]{{3}}[.!?])|(?<=\d[.!?]))\s+(?=(?:{_LEAD_WORDS})(?:\s|(?<=\.)|:))", re.IGNORECASE)


def _opens_sentence(text: str, i: int) -> bool:
    return i < len(text) and text[i].isupper()

# `…the Hungarian events, see Dulles to Eisenhower, …`: a lead word inside a sentence
_LEAD_INSIDE = re.compile(rf"(?<=\s)(?:{_LEAD_WORDS})(?:\s+|(?<=\.)\s*)(?=\S)", re.IGNORECASE)

# `…, 45; and TNA, FO 371/1`: a conjunction before a citation
_CONJUNCTION = re.compile(rf"^(?:{alternation('and_words.csv')}|and|also|und|sowie|et|e|i|и|а|oraz|ter|as\s+well\s+as)\s+(?=\S)",
                          re.IGNORECASE)


def split_citations(note_text: str, matcher: ArchiveMatcher | None = None) -> list[Segment]:
    """The pieces of a note in order: citations, lead-ins (``See:``) and commentary.

    >>> [(s.role, s.raw) for s in split_citations("See: TNA, FO 371/1, 1 May 1950; Ibid., 4.")]
    [('lead-in', 'See: '), ('citation', 'TNA, FO 371/1, 1 May 1950'), ('citation', 'Ibid., 4.')]

    Between the pieces there is only white space and ``;``: no character of
    the note is lost. Splits on ``;`` outside parentheses and quotes, after
    lead-ins, and before an ``Ibid.`` that opens a sentence. Never raises.
    """
    matcher = matcher if matcher is not None else default_matcher().copy()
    pieces: list[Segment] = []
    cuts = top_level_semicolons(note_text)
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
    ibid = IBID.match(piece)
    if ibid and ibid.end() > 0:
        end = a + len(piece[:ibid.end()].rstrip())
        out.append(Segment(a, end, text[a:end], "citation"))
        _split_piece(text, end, b, matcher, out, after_lead=False)
        return
    sentence = next((m for m in _LEAD_AFTER_SENTENCE.finditer(piece) if paren_depth(piece, m.start()) == 0
                     and _opens_sentence(piece, m.end())), None)
    if sentence is None and (_starts_with_citation(piece, matcher) or looks_like_literature(piece)):
        # `РГАНИ. Ф. 5. … Л. 22. ГАРФ. Ф. Р-5446. …`: after a citation, an archive opening a sentence starts another
        # `…, caja 82/5410. Sobre la represión, véase AHN, …` (or after a book): a lead word after a few words
        sentence = next((m for m in _SENTENCE_GAP.finditer(piece) if paren_depth(piece, m.start()) == 0
                         and (_archive_opens(piece[m.end():], matcher)
                              or (_opens_sentence(piece, m.end()) and _lead_then_citation(piece[m.end():], matcher)))),
                        None)
    if sentence:  # `TNA, FO 371/1. See also TNA, FO 371/2, …`: a new sentence with a lead word is a new citation
        _split_piece(text, a, a + sentence.start(), matcher, out, after_lead)
        _split_piece(text, a + sentence.end(), b, matcher, out, after_lead=False)
        return
    plain = _LEAD_PLAIN.match(piece)
    colon = _LEAD_COLON.search(piece)
    if colon and not _starts_with_citation(piece, matcher):
        if colon.start() > 0:
            prefix = piece[:colon.start()]
            if _starts_with_citation(prefix, matcher) or IBID_AT_SENTENCE.search(prefix) or looks_like_literature(prefix):
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
    conjunction = _conjunction_lead(piece, matcher)
    if conjunction:
        out.append(Segment(a, a + conjunction.end(), text[a:a + conjunction.end()], "lead-in"))
        _split_piece(text, a + conjunction.end(), b, matcher, out, after_lead=True)
        return
    if not after_lead and not _starts_with_citation(piece, matcher):
        for inside in _LEAD_INSIDE.finditer(piece):
            after = piece[inside.end():]
            if paren_depth(piece, inside.start()) == 0 and (_starts_with_citation(after, matcher)
                                                              or looks_like_literature(after)):
                _split_piece(text, a, a + inside.start(), matcher, out, after_lead=False)
                out.append(Segment(a + inside.start(), a + inside.end(),
                                   text[a + inside.start():a + inside.end()], "lead-in"))
                _split_piece(text, a + inside.end(), b, matcher, out, after_lead=True)
                return
    for colon_any in _ANY_COLON.finditer(piece):
        after = piece[colon_any.end():]
        if paren_depth(piece, colon_any.start()) == 0 and _starts_with_citation(after, matcher) \
                and not re.search(r"(?:^|\s)(?:in|u|в|dans)$", piece[:colon_any.start()], re.IGNORECASE) \
                and not _starts_with_citation(piece, matcher):
            _split_piece(text, a, a + colon_any.start() + 1, matcher, out, after_lead=False)
            _split_piece(text, a + colon_any.end(), b, matcher, out, after_lead=True)
            return
    inner = IBID_AT_SENTENCE.search(piece)
    if inner and not _starts_with_citation(piece, matcher):
        _split_piece(text, a, a + inner.start(), matcher, out, after_lead)
        _split_piece(text, a + inner.end(), b, matcher, out, after_lead=False)
        return
    cited = (after_lead or _starts_with_citation(piece, matcher) or looks_like_literature(piece) or IBID_INSIDE.search(piece)
             or _looks_like_reference_list(piece) or archive_inside(piece, matcher) is not None
             or unknown_archive(piece) is not None or starts_with_call_number(piece)
             or archive_in_brackets(piece, matcher) is not None or code_in_use(piece) is not None
             or _names_a_document(piece, matcher) or _goes_on(piece, out, matcher))
    if not cited and _split_parenthesised(text, a, b, matcher, out):
        return
    if cited and _split_documents(text, a, b, matcher, out):
        return
    role = "citation" if cited else "commentary"
    out.append(Segment(a, b, piece, role))


def _goes_on(piece: str, out: list[Segment], matcher) -> bool:
    """`…, d. 1234, ll. 5–7; d. 1235, l. 8`: after an archive's citation, a piece opening with a box, file or signature."""
    if not out or out[-1].role != "citation" or not opens_with_holding(piece):
        return False
    before = out[-1].raw
    return _starts_with_citation(before, matcher) or code_in_use(before) is not None \
        or archive_inside(before, matcher) is not None or starts_with_call_number(before) \
        or unknown_archive(before) is not None


def _conjunction_lead(piece: str, matcher) -> re.Match | None:
    """`and TNA, …`, `and RG 59, …`: a word for "and" before a citation or a call number, which is a lead-in."""
    conjunction = _CONJUNCTION.match(piece)
    if conjunction is None or _starts_with_citation(piece, matcher):
        return None
    after = piece[conjunction.end():]
    if _starts_with_citation(after, matcher) or starts_with_call_number(after) or is_call_number(after.split(",", 1)[0]):
        return conjunction
    return None


def _split_documents(text: str, a: int, b: int, matcher, out: list[Segment]) -> bool:
    """`…, report of 3 Jan. 1943, and RG 84/2310/7, letter of …`: cut a citation of two documents; False if it is one."""
    joiner = _next_document(text[a:b])
    if joiner is None:
        return False
    end, start = _strip_span(text, a, a + joiner.start())[1], a + joiner.end()
    out.append(Segment(a, end, text[a:end], "citation"))
    out.append(Segment(end, start, text[end:start], "lead-in"))
    _split_piece(text, start, b, matcher, out, after_lead=True)
    return True


# `…, 3 Jan. 1943, and RG 84/…`, `…, 4. 5. 1938 / kart. 14, …`: where a citation goes on to another document
_JOINER = re.compile(rf"\s+/\s+|,\s+(?:{alternation('and_words.csv')})\s+(?=\S)")


def _next_document(piece: str) -> re.Match | None:
    """Where a citation names a second document of the same archive: after a dated one, a joiner and a unit or call number.

    The joiner is `` / `` or a comma and a word for "and"; what comes before it
    must be dated (a document of its own), what follows must open with a box,
    file or call number, not with prose.
    """
    if " / " not in piece and "," not in piece:
        return None
    for m in _JOINER.finditer(piece):
        after = split_commas(piece[m.end():])
        first = after[0] if after else ""
        if (is_unit_token(first) or is_call_number(first)) and paren_depth(piece, m.start()) == 0 \
                and find_dates(piece[:m.start()]):
            return m
    return None


def _lead_then_citation(sentence: str, matcher) -> bool:
    """Whether a sentence opens with a few words, then a lead word and a citation (`On the British side, see TNA, …`)."""
    for inside in _LEAD_INSIDE.finditer(sentence, 0, 120):
        if paren_depth(sentence, inside.start()) == 0 and _starts_with_citation(sentence[inside.end():], matcher):
            return True
    return False


def _split_parenthesised(text: str, a: int, b: int, matcher, out: list[Segment]) -> bool:
    """Prose with a citation in parentheses (`… ambassador (TNA, FO 371/1, …), the Yugoslavs …`): split it out."""
    depth, opened = 0, None
    for i in range(a, b):
        ch = text[i]
        if ch in OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0 and opened is not None:
                inner = text[opened + 1:i]
                # `(TNA, FO 371/1, …)` is a citation; `the minutes (HDA)` only names the archive
                if _starts_with_citation(inner.strip(), matcher) and "," in inner and any(ch.isdigit() for ch in inner):
                    out.append(Segment(a, opened + 1, text[a:opened + 1], "commentary"))
                    cuts = [opened] + [opened + 1 + c for c in top_level_semicolons(inner)] + [i]
                    for s, e in zip(cuts, cuts[1:]):
                        _split_piece(text, s + 1, e, matcher, out, after_lead=False)
                    _split_piece(text, i, b, matcher, out, after_lead=False)
                    return True
    return False


def _names_a_document(piece: str, matcher) -> bool:
    """An archive's name, three parts, and a day or month date or a call number: what a citation has and a sentence
    mentioning an archive mostly lacks."""
    if matcher.find_name(piece) is None or len(split_commas(piece)) < 3:
        return False
    return any(d.precision != "year" for d in find_dates(piece)) or bool(re.search(r"\d[/-]\d|\d{3,}[A-Z]|[A-Z]\d", piece))


def _starts_with_citation(piece: str, matcher) -> bool:
    if matcher.match(piece) is not None or bool(IBID.match(piece) and IBID.match(piece).end()):
        return True
    # `Name of an archive (ABBR), ...` teaches the matcher the archive for the rest of the document
    return learn_archive(fold_homoglyphs(piece), matcher) is not None


def _looks_like_reference_list(piece: str) -> bool:
    # `XY, fond 35, kut. 5, Zapisnik, 1949`: short comma-separated parts with numbers, not a sentence
    parts = split_commas(piece)
    return (len(parts) >= 3 and piece[:1].isupper() and any(ch.isdigit() for ch in piece)
            and sum(len(p) for p in parts) / len(parts) < 30 and len(parts[0]) <= 15)
