"""Cutting a note into citations, lead-ins (``See:``) and commentary (`split_citations`).

A note is cut at its top-level semicolons, then each part by the rules of `_Cutter.cut`, tried in order on a span of
the note: an Ibid. that opens it, a new sentence that starts another citation, a lead-in with a colon or without, a
conjunction, a lead word inside a sentence, a colon before a citation, an Ibid. opening a sentence; what is left is a
citation or commentary. The spans still to cut wait on a stack, not in nested calls (a long note cannot exhaust the
stack); the rest of a span after a cut knows which scans found nothing (`_Span.known`): a note is scanned once.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from .another import another_archive, names_a_document, next_document, opens_with_holding
from .abnt import ends_with_editors
from .archives import ArchiveMatcher, default_matcher
from .bracketed import archive_in_brackets
from .caseless import caseless_lead
from ..dates import find_dates
from .holdings import is_call_number, starts_with_call_number
from .japanese import japanese_stops
from .ibid import IBID, IBID_AT_SENTENCE, IBID_INSIDE, ibid_at_sentence
from .leads import (ANY_COLON, CONJUNCTION, LEAD_COLON, LEAD_INSIDE, LEAD_PLAIN, REFERENCE_END, find_lead_colon,
                    in_before, number_goes_on, reference_join, sentence_gaps, sentence_leads)
from .locate import archive_inside, code_again, code_in_use, defines_archive, learn_archive, opens_archive, unknown_archive
from .seriescode import unnamed_series
from .legal import legal_end, legal_kind
from .printed import cited_source
from .beforecolon import (author_before_repeat, colon_in_reference, holding_goes_on, imprint_colon, lead_before_author,
                          lead_before_own_colon, reads_as_prose, short_lead)
from .journals import without_work_siglum
from .lookalikes import subtitle_in_capitals
from .proseref import (literature_before_prose, prose_work, reference_after_sentence, reference_before_prose,
                       reference_in_brackets, short_form_after_prose)
from .ibidshape import unknown_ibid_unit
from .shapelead import shape_lead, short_conjunction
from .signals import INITIALS_SURNAME, author_after_and, compare_with_commas, quoting_brackets, same_author_after_and
from .shortrefs import SAME_AUTHOR
from .namedbefore import archive_before_bracket, case_after_prose, holding_in_brackets, prose_before
from .jaarchive import japanese_archive
from .prosecited import citation_then_prose, code_after_prose
from .privateholdings import private_holding
from .semicolons import semicolon_joins
from .notetext import CLOSE, OPEN, at_top_level, closes_to_top, dash_bullet, looks_like_reference_list, paren_depth, strip_span, \
    top_level_semicolons
from .references import is_literature, looks_like_literature
from ..text import fold_homoglyphs
from ..patterns import compiled


@dataclass(frozen=True)
class Segment:
    """A piece of a note: ``text[start:end] == raw``; ``role`` is citation, lead-in or commentary."""

    start: int
    end: int
    raw: str
    role: str = "citation"


def split_citations(note_text: str, matcher: ArchiveMatcher | None = None) -> list[Segment]:
    """The pieces of a note in order: citations, lead-ins (``See:``) and commentary.

    >>> [(s.role, s.raw) for s in split_citations("See: TNA, FO 371/1, 1 May 1950; Ibid., 4.")]
    [('lead-in', 'See: '), ('citation', 'TNA, FO 371/1, 1 May 1950'), ('citation', 'Ibid., 4.')]

    Between the pieces there is only white space and ``;``: no character of
    the note is lost. Splits on ``;`` outside parentheses and quotes (not
    between two places of one imprint, `М.; Л., 1930`), after
    lead-ins, and before an ``Ibid.`` that opens a sentence. Never raises.
    """
    matcher = matcher if matcher is not None else default_matcher().copy()
    bullet = dash_bullet(note_text)  # (a lead-in, so that no character is lost: `– z.B. M. Name, Titel, …`)
    pieces: list[Segment] = [Segment(*bullet, note_text[bullet[0]:bullet[1]], "lead-in")] if bullet else []
    cutter = _Cutter(note_text, matcher, pieces)
    bounds = [bullet[1] - 1 if bullet else -1] + sorted({*japanese_stops(note_text), *(i for i in top_level_semicolons(note_text)  # (`。`: a new work)
                            if not semicolon_joins(note_text, i)), *compare_with_commas(note_text), *quoting_brackets(note_text),
                            *same_author_after_and(note_text), *author_after_and(note_text)}) + [len(note_text)]
    for a, b in zip(bounds, bounds[1:]):
        cutter.run(a + 1, b)
    return pieces


class _Span(NamedTuple):
    """A part of the note still to cut, whether a lead-in comes just before it, and what its scans cannot find."""

    start: int
    end: int
    after_lead: bool = False
    known: frozenset = frozenset()


# What `_Span.known` holds: scans that find nothing in the span. The rest of a span (to the same end) finds nothing
# either: its matches are the span's, but at the rest's first character, which these patterns (all but the lead-in
# colon, checked there) cannot match; the first three match only where no bracket is open, so the rest inherits
# them only when it starts where none is.
_NO_SENTENCE = "no lead word opens a sentence"   # `LEAD_AFTER_SENTENCE`, then a capital
_NO_GAP = "no sentence gap"                      # `SENTENCE_GAP`
_NO_INSIDE = "no lead word before a citation"    # `LEAD_INSIDE` (with the matcher's state: it asks the matcher)
_NO_OPENING = "no gap opens another citation"    # `SENTENCE_GAP` then an archive or a lead-in (with the state)
_NO_CITING_COLON = "no colon before a citation"  # `ANY_COLON` then a citation, not after `in` (with the state)
_NO_COLON = "no lead-in colon"                   # `LEAD_COLON` after the first character
_NO_IBID = "no Ibid. opens a sentence"           # `IBID_AT_SENTENCE`
_AT_DEPTH_0 = (_NO_SENTENCE, _NO_GAP, _NO_INSIDE, _NO_OPENING, _NO_CITING_COLON)


def _name(flag) -> str:
    return flag[0] if isinstance(flag, tuple) else flag


_IN_BEFORE_READS = 7  # `in_before` reads 7 characters before a colon: a colon near a span's start reads them anew
_AFTER_ARCHIVE = compiled(r"[,.]|[ _/-]?(?:[A-Z]{2,4}/)?\d")  # what follows an archive that opens a citation
_LONG = 2000  # answers about longer texts are not kept: a long note's many rests would fill memory
# `_AFTER_LEAD`: what is read after a lead word inside a sentence to tell whether literature follows (a reference is
# far shorter); a span longer than `_PROSE`, no lead-in opening it, is prose whose citations in parentheses are cut
# out before the questions reading the whole span (reading each rest whole made a long span quadratic, issue 17)
_AFTER_LEAD, _PROSE = 2000, 4000


class _Cutter:
    """Cuts the spans of one note in order, appending the segments to ``out`` (`split_citations`)."""

    def __init__(self, text: str, matcher: ArchiveMatcher, out: list[Segment]):
        self.text, self.matcher, self.out = text, matcher, out

    def run(self, start: int, end: int) -> None:
        stack: list = [_Span(start, end)]
        while stack:
            item = stack.pop()
            if isinstance(item, Segment):
                self.out.append(item)
            else:
                stack.extend(reversed(self.cut(item)))

    def cut(self, span: _Span) -> list:
        """One span: the segments and spans it is cut into, in order (one segment when it is not cut)."""
        text = self.text
        a, b = strip_span(text, span.start, span.end)
        if a >= b:
            return []
        piece, known = text[a:b], span.known
        ibid = IBID.match(piece)
        if ibid and ibid.end() > 0:
            end = a + len(piece[:ibid.end()].rstrip())
            return [Segment(a, end, text[a:end], "citation"), self.rest(piece, a, end, known, False)]
        sentence, known = self.new_sentence(piece, known)
        if sentence:  # `TNA, FO 371/1. See also TNA, FO 371/2, …`: a new sentence with a lead word is a new citation
            return [_Span(a, a + sentence.start(), span.after_lead), self.rest(piece, a, a + sentence.end(), known, False)]
        plain = LEAD_PLAIN.match(piece)
        colon, known = self.lead_colon(piece, known)
        if colon and plain and colon_in_reference(piece[plain.end():]):
            # `Lásd Varga János: Cím. Budapest, 1969.`, `Usp. Vuković 1989: 25`: the colon follows author (and year)
            colon = None
        if colon and not self.starts(piece):
            return self.after_colon(piece, a, colon, known)
        if plain and not self.starts(piece):
            return [self.segment(a, a + plain.end(), "lead-in"), self.rest(piece, a, a + plain.end(), known, True)]
        shaped = None if plain or self.starts(piece) else shape_lead(piece, self.matcher.match)
        if shaped:  # `Zie ook NIOD, 216, 140.`: short words on no list before a known archive (shapelead.py)
            return [self.segment(a, a + shaped, "lead-in"), self.rest(piece, a, a + shaped, known, True)]
        conjunction = self.conjunction_lead(piece)
        if conjunction:  # (`… and P. Kasznica, Title …`: an author's work, whose own lead words still cut it, follows)
            return [self.segment(a, a + conjunction.end(), "lead-in"), self.rest(
                piece, a, a + conjunction.end(), known, INITIALS_SURNAME.match(piece, conjunction.end()) is None)]
        if not span.after_lead and not self.starts(piece):
            inside, known = self.lead_inside(piece, known)
            if inside:
                return [_Span(a, a + inside.start()), self.segment(a + inside.start(), a + inside.end(), "lead-in"),
                        self.rest(piece, a, a + inside.end(), known, True)]
        colon_any, known = self.colon_before_citation(piece, known)
        if colon_any:
            return [_Span(a, a + colon_any.start() + 1), self.rest(piece, a, a + colon_any.end(), known, True)]
        inner, known = self.ibid_at_sentence(piece, known)
        if inner and not self.starts(piece):
            return [_Span(a, a + inner.start(), span.after_lead), self.rest(piece, a, a + inner.end(), known, False)]
        return self.leaf(piece, a, b, span.after_lead, known)

    def segment(self, start: int, end: int, role: str) -> Segment:
        return Segment(start, end, self.text[start:end], role)

    def rest(self, piece: str, a: int, start: int, known: frozenset, after_lead: bool) -> _Span:
        """The span from ``start`` to the end of the span ``piece`` (at ``a``): it inherits what the span knows."""
        if known and paren_depth(piece, start - a) != 0 and not closes_to_top(piece, start - a):
            known = frozenset(flag for flag in known if _name(flag) not in _AT_DEPTH_0)
        return _Span(start, a + len(piece), after_lead, known)

    def starts(self, piece: str) -> bool:
        """`_starts_with_citation`, kept until the matcher learns."""
        if len(piece) > _LONG:
            return _starts_with_citation(piece, self.matcher)
        return self.matcher.remember(("starts", piece), lambda: _starts_with_citation(piece, self.matcher), teaches=True)

    def new_sentence(self, piece: str, known: frozenset):
        """Where a new citation starts a sentence: a lead word, or after a citation an archive or a lead-in."""
        if _NO_SENTENCE not in known:
            sentence = next((m for m in at_top_level(sentence_leads(piece), piece)
                             if _opens_sentence(piece, m.end())), None)
            if sentence is not None:
                return sentence, known
            known = known | {_NO_SENTENCE}
        opens = self.starts(piece)
        if _NO_GAP in known:
            return None, known
        gaps = at_top_level(sentence_gaps(piece), piece)
        first = next(gaps, None)
        if first is None:
            return None, known | {_NO_GAP}
        flag = (_NO_OPENING, self.matcher.state())
        if flag in known:
            return None, known
        # `РГАНИ. Ф. 5. … Л. 22. ГАРФ. Ф. Р-5446. …`: after a citation, an archive opening a sentence starts another
        # `…, caja 82/5410. Sobre la represión, véase AHN, …` (or after a book): a lead word after a few words.
        # Which gap would open another is asked first, teaching the matcher nothing: only then whether the piece
        # is a citation or a book (the dearer question), as the gaps are looked at only after one
        sentence = next((m for m in itertools.chain([first], gaps) if self.opens_another(piece, m.end(), teach=False)),
                        None)
        if sentence is None:
            return None, known | {flag}
        if not (opens or looks_like_literature(piece)):
            return None, known
        self.opens_another(piece, sentence.end())  # (what asking taught the matcher, it learns now)
        return sentence, known

    def opens_another(self, piece: str, at: int, teach: bool = True) -> bool:
        hit = self.matcher.match(piece[at:at + 160])
        if hit is not None and _AFTER_ARCHIVE.match(piece, at + hit[1]):  # (`SI AS 1931, …`: its fond's number)
            return True
        if not _opens_sentence(piece, at):
            return False
        if shape_lead(piece[at:at + 160], self.matcher.match) is not None:  # `Vegeu també AHCB, …`
            return True
        # `On the British side, see TNA, …`: a few words, then a lead word and a citation
        head, starts = piece[at:at + 120], self.starts if teach else self.would_start
        return any(starts(piece[at + inside.end():]) for inside in at_top_level(LEAD_INSIDE.finditer(head), head))

    def would_start(self, piece: str) -> bool:
        """`starts`, teaching the matcher nothing: what it answers before a definition is learnt."""
        if len(piece) > _LONG:
            return _starts_with_citation(piece, self.matcher, teach=False)
        return self.matcher.remember(("would start", piece), lambda: _starts_with_citation(piece, self.matcher, teach=False))

    def lead_colon(self, piece: str, known: frozenset):
        """The first lead-in ending in a colon (`See also the minutes:`)."""
        if ":" not in piece:  # the pattern ends with the colon
            return None, known | {_NO_COLON}
        if _NO_COLON in known:  # only the first character is new
            return LEAD_COLON.match(piece), known
        colon = find_lead_colon(piece)
        return colon, (known | {_NO_COLON}) if colon is None else known

    def after_colon(self, piece: str, a: int, colon: re.Match, known: frozenset) -> list:
        """A lead-in with a colon: what comes before it (citations, or commentary), the lead-in, the rest."""
        cut = []
        if colon.start() > 0:
            prefix = piece[:colon.start()]
            if self.starts(prefix) or IBID_AT_SENTENCE.search(prefix) or looks_like_literature(prefix) \
                    or self.lead_inside(prefix, known)[0] is not None or holding_goes_on(prefix, self.matcher):  # (`… siehe Name, Titel, 2001. Zur …, siehe:`)
                cut.append(_Span(a, a + colon.start()))
            else:  # `For more on the split, see:` is all lead-in prose
                cut.append(self.segment(*strip_span(self.text, a, a + colon.start()), "commentary"))
        # (`…, citado por Evans Luard: Basic Texts …`: the colon after the lead word is the reference's own)
        end = (colon.start() > 0 and lead_before_own_colon(piece, colon.start())) or colon.end()
        cut.append(self.segment(a + colon.start(), a + end, "lead-in"))
        cut.append(self.rest(piece, a, a + end, known, True))
        return cut

    def conjunction_lead(self, piece: str) -> re.Match | None:
        """`and TNA, …`, `and RG 59, …`: a word for "and" before a citation or a call number, which is a lead-in."""
        conjunction = CONJUNCTION.match(piece) or short_conjunction(piece)
        if conjunction is None or self.starts(piece):
            return None
        after = piece[conjunction.end():]
        if self.starts(after) or starts_with_call_number(after) or is_call_number(after.split(",", 1)[0]) or (
                (SAME_AUTHOR.match(after) or INITIALS_SURNAME.match(after)) and looks_like_literature(after)):
            # (`…; and idem, Title (Place, 2004), 88`, `…, p. 160 and P. Kasznica, Polskie prawo, …`)
            return conjunction
        return None

    def lead_inside(self, piece: str, known: frozenset):
        """`…the Hungarian events, see Dulles to Eisenhower, …`: a lead word inside a sentence, before a citation."""
        flag = (_NO_INSIDE, self.matcher.state())
        if flag in known:
            return None, known
        for inside in at_top_level(LEAD_INSIDE.finditer(piece), piece):
            after = piece[inside.end():inside.end() + _AFTER_LEAD]
            if self.starts(after) or literature_before_prose(after) or legal_kind(after):
                return inside, known
        # (only a citation found after a lead word teaches the matcher: it has learnt nothing here)
        return None, known | {flag}

    def colon_before_citation(self, piece: str, known: frozenset):
        """`Minute of the meeting: TNA, FO 371/1`: a colon, then a citation (not `in:`, which names a container)."""
        if ":" not in piece:
            return None, known
        state = self.matcher.state()
        flag = (_NO_CITING_COLON, state)
        told = flag in known  # no colon of the span before this one is followed by a citation (but after `in`)
        clean = True
        for colon in at_top_level(ANY_COLON.finditer(piece), piece):
            if told and colon.start() >= _IN_BEFORE_READS:  # (the first colons read their `in` anew: see `in_before`)
                if self.matcher.state() == state:
                    return None, known
                told = False  # what an earlier colon's citation taught the matcher may change the answers
            if self.starts(piece[colon.end():]) and not in_before(piece, colon.start()) \
                    and not author_before_repeat(piece, colon) and not imprint_colon(piece, colon) \
                    and not subtitle_in_capitals(piece, colon):  # (`CODIFICATION: AN INTRODUCTION`, a title's)
                if not self.starts(piece):
                    return colon, known
                clean = False  # left only because the span opens with a citation, which its rest may not
        return None, (known | {flag}) if clean and self.matcher.state() == state else known

    def ibid_at_sentence(self, piece: str, known: frozenset):
        if _NO_IBID in known:
            return None, known
        inner = ibid_at_sentence(piece)  # (not after a name alone: `J. Bērzkalns. Op. cit., 60. lpp.`)
        return inner, (known | {_NO_IBID}) if inner is None else known

    def leaf(self, piece: str, a: int, b: int, after_lead: bool, known: frozenset) -> list:
        """A span no lead-in cuts: a citation or commentary, unless it holds a citation in brackets or two documents."""
        matcher = self.matcher
        if len(piece) > _PROSE and not after_lead and not self.starts(piece):
            cut = self.split_parenthesised(piece, a, b, known)
            if cut:
                return cut
        cited = (after_lead or self.starts(piece) or looks_like_literature(piece) or IBID_INSIDE.search(piece)
                 or looks_like_reference_list(piece) or archive_inside(piece, matcher) is not None
                 or unknown_archive(piece) is not None or starts_with_call_number(piece) or unnamed_series(piece)
                 or archive_in_brackets(piece, matcher) is not None or code_in_use(piece) is not None
                 or japanese_archive(piece, matcher) is not None  # (`三井文庫所蔵「議事録」（物産 234）、…`)
                 or names_a_document(piece, matcher) or self.goes_on(piece) or legal_kind(piece) or cited_source(piece)
                 or reference_before_prose(piece)  # (`Name, Titel, ASoK 2023, 81. § 1155 ABGB ist …`: prose after it)
                 or without_work_siglum(piece, looks_like_literature) != piece)  # (`…, S. 317 (im Folgenden: GS)`)
        if not cited:
            cut = self.split_parenthesised(piece, a, b, known) or self.prose_colon(piece, a, known)
            if cut:
                return cut
            at = code_after_prose(piece, matcher)  # `…; the minutes are in NAZ, UNIP 5/7/2, 12 September 1959.`
            if at is not None:
                return [self.segment(a, a + at, "commentary"), self.segment(a + at, b, "citation")]
            at = citation_then_prose(piece, matcher)  # `…, Norfolk Record Office, Y/L2 9, 1 May 1839. NRO holds …`
            if at is not None:
                return [self.segment(a, a + at, "citation"), self.rest(piece, a, a + at, known, False)]
            work = prose_work(piece) or (0, 0)  # (`… by Cecil Rowbotham in A Kentish Antiquary (Maidstone, 1936), …`)
            if work[1]:
                return [self.segment(a + s, a + e, role) for s, e, role in (
                    (0, work[0], "commentary"), (*work, "citation"), (work[1], b - a, "commentary")) if e > s]
        elif "(" in piece and prose_before(piece[:piece.find("(")]) and not (after_lead or self.starts(piece)):
            cut = self.split_parenthesised(piece, a, b, known)  # `… puoluetoimikunta (TA, SDP:n arkisto, …), vaikka …`
            if cut:
                return cut
        if cited:
            law = legal_end(piece)
            if law is not None:  # `RL 2002/14/EG. Vgl Mosler, …`: a law or a decision, then a sentence its lead word opens
                return [self.segment(a, a + law, "citation"), self.rest(piece, a, a + law, known, True)]
            end = self.reference_end(piece)
            if end is not None:  # `Luhmann (Fn. 9), 603 ff. On intersystemic …`: the reference, then another sentence
                return self.reference_then(piece, a, end, known)
            joiner = next_document(piece) or another_archive(piece, self.matcher, self.starts)
            if joiner is not None:  # `…, report of 3 Jan. 1943, and RG 84/2310/7, letter of …`: two documents
                end, start = strip_span(self.text, a, a + joiner.start())[1], a + joiner.end()
                return [self.segment(a, end, "citation"), self.segment(end, start, "lead-in"),
                        self.rest(piece, a, start, known, True)]
            at = None if after_lead else short_form_after_prose(piece)  # (`… required. Reisman, supra note 3, 129.`)
            if at is not None:
                return [_Span(a, a + at), self.rest(piece, a, a + at, known, True)]
        return [Segment(a, b, piece, "citation" if cited else "commentary")]

    def prose_colon(self, piece: str, a: int, known: frozenset) -> list | None:
        """`… approach has been influential: Christian Joerges, Verbraucherschutz … (1981), 123 ff.`: a sentence of
        prose, a colon, then a literature reference; the prose is commentary, what follows the colon is cited. Prose is
        three words or more without a comma, the last in small letters and of three or more (`reads_as_prose`), not
        `in`, `u`, `v` nor a `Place:` before its publisher; or a short lead word on no list (`short_lead`: `Xem:`).
        Failing a colon, a sentence of prose, then one that opens with a reference (`proseref`)."""
        lead = caseless_lead(piece)  # (`দ্রষ্টব্য: Name, …`: a lead word in a script without case, `short_lead`'s small letters)
        for colon in at_top_level(ANY_COLON.finditer(piece), piece):
            if (reads_as_prose(piece[:colon.start()]) and ("," not in piece[:colon.start()] or piece[colon.end():][:1].isupper())
                    or short_lead(piece[:colon.start()])
                    or lead is not None and lead.end() == colon.end()
                    or lead_before_author(piece[:colon.start()], piece[colon.end():])) \
                    and (is_literature(piece[colon.end():]) or legal_kind(piece[colon.end():]) == "case"):
                return [self.segment(a, a + colon.start() + 1, "commentary"),
                        self.rest(piece, a, a + colon.end(), known, True)]
        at = reference_after_sentence(piece)
        return None if at is None else [_Span(a, a + at), self.rest(piece, a, a + at, known, True)]  # (prose: cut again)

    def reference_then(self, piece: str, a: int, end: re.Match, known: frozenset) -> list:
        """The reference before ``end`` keeping its full stop, and a word for "and" after it as a lead-in (`…, 1 f. und
        Joachim …`), then the rest: no character of the note is left out of a segment."""
        stop = a + end.start() + (end.group()[:1] == ".")
        cut = [self.segment(a, stop, "citation")]
        word, after = strip_span(self.text, stop, a + end.end())
        if word < after:
            cut.append(self.segment(word, after, "lead-in"))
        return cut + [self.rest(piece, a, a + end.end(), known, False)]

    def reference_end(self, piece: str) -> re.Match | None:
        """Where a literature reference ends before another sentence (`REFERENCE_END`): commentary or another reference.

        Not before an archive (`Bericht vom 3. März 1955. PA AA, B 12`: the document's description, then its archive);
        after a word for "and" only before another reference, or an archive opening its citation (`…, p. 104, e MJL,
        Wathaiq Sanusiyya, …`: the book's pages, then the archive's citation).
        """
        if self.starts(piece):
            return None
        found = sorted(itertools.chain(REFERENCE_END.finditer(piece), reference_join(piece)), key=re.Match.start)
        dates = find_dates(piece) if found else []  # (`Koblenz, 30. August 1942`: no sentence ends inside a date)
        for m in at_top_level(found, piece):
            if self.matcher.match(piece[m.end():]) is None and not number_goes_on(piece, m.start()) \
                    and not any(d.start <= m.start() < d.end for d in dates) \
                    and not ends_with_editors(piece[:m.start() + 1]) \
                    and looks_like_literature(piece[:m.start()]) \
                    and (m.re is REFERENCE_END or is_literature(piece[m.end():])):  # (after "and": a reference)
                return m
            if m.re is not REFERENCE_END and opens_archive(piece[m.end():], self.matcher) \
                    and looks_like_literature(piece[:m.start()]):
                return m
        return None

    def goes_on(self, piece: str) -> bool:
        """`…, d. 1234, ll. 5–7; d. 1235, l. 8`: after an archive's citation, a piece opening with a box, file or signature."""
        out, matcher = self.out, self.matcher
        if not out or out[-1].role != "citation" or not (opens_with_holding(piece) or code_again(piece, out[-1].raw)
                                                         or unknown_ibid_unit(piece) is not None):  # (`ivi, b. 116`)
            return False
        for before in (seg.raw for seg in reversed(out) if seg.role != "lead-in"):  # (through `; dossier 4515, s.d.`)
            if self.starts(before) or code_in_use(before) is not None or archive_inside(before, matcher) is not None \
                    or starts_with_call_number(before) or unknown_archive(before) is not None:
                return True
            if not opens_with_holding(before):
                return False
        return False

    def split_parenthesised(self, piece: str, a: int, b: int, known: frozenset) -> list | None:
        """Prose with a citation in parentheses (`… ambassador (TNA, FO 371/1, …), the Yugoslavs …`): split it out."""
        text, depth, opened = self.text, 0, None
        for bracket in _BRACKETS.finditer(text, a, b):  # only a bracket changes the depth
            i, ch = bracket.start(), bracket.group()
            if ch in OPEN:
                if depth == 0:
                    opened = i
                depth += 1
            elif ch in CLOSE and depth:
                depth -= 1
                if depth == 0 and opened is not None:
                    inner = text[opened + 1:i]
                    # `(TNA, FO 371/1, …)` and `(Court of Justice, order of …, case C-200/19)` are citations; `the minutes
                    # (HDA)` only names the archive; an archive no authority holds, spelt out first (`(Archivo General de …, …)`)
                    # or after a document and its date (`(A an B, 14.11.1896, APP, Nr. 5)`), or `(… архив …. Ф. 595. Д. 3456)`
                    first = self.starts(inner.strip()) or _unknown_first(inner.strip()) or archive_inside(inner.strip(), self.matcher) \
                        or case_after_prose(text[a:opened], inner) or reference_in_brackets(text[a:opened], inner)
                    if first and ("," in inner or ". " in inner) and any(map(str.isdigit, inner)):
                        cuts = [opened] + [opened + 1 + c for c in top_level_semicolons(inner)] + [i]
                        # (the prose may open with a reference of its own, `T. Mann, Doctor Faustus, cit., p. 28. All’…`)
                        head = [_Span(a, opened), self.segment(opened, opened + 1, "commentary")] if \
                            reference_before_prose(text[a:opened]) else [self.segment(a, opened + 1, "commentary")]
                        return [*head, *(_Span(s + 1, e) for s, e in zip(cuts, cuts[1:])),
                                self.rest(piece, a, i, known, False)]
                    named = archive_before_bracket(text[a:opened])  # `… conservada en el Archivo X (Visitas, caja 45)`
                    if named is not None and holding_in_brackets(inner):
                        return [self.segment(a, a + named, "commentary"), self.segment(a + named, i + 1, "citation"),
                                self.rest(piece, a, i + 1, known, False)]
        return None


_BRACKETS = compiled(r"[(\[{)\]}]")


def _unknown_first(inner: str) -> bool:
    """Whether brackets open with the name of an archive the authority lacks, units after it (`unknown_archive`)."""
    hit = unknown_archive(inner)
    return hit is not None and hit[1] == 0


def _opens_sentence(text: str, i: int) -> bool:
    return i < len(text) and text[i].isupper()


# the marks an archive's definition (`ABBR_DEFINITION`, `Name (ABBR)`) cannot have in its name
_DEFINITION_MARKS = compiled(r"[,;():]")


def _starts_with_citation(piece: str, matcher, teach: bool = True) -> bool:
    if matcher.match(piece) is not None:
        return True
    ibid = IBID.match(piece)
    if (ibid and ibid.end()) or private_holding(piece) is not None:  # (`Privatbesitz der Familie X, …`)
        return True
    # `Name of an archive (ABBR), ...` teaches the matcher the archive for the rest of the document. The name
    # runs to the first bracket, with no comma, semicolon or colon before it, and the definition ends at the
    # bracket's close: only that much is read (and folded), however long the piece
    mark = _DEFINITION_MARKS.search(piece)
    if mark is None or mark.group() != "(" and not defines_archive(piece):  # (or after a dated sentence: `_definition`)
        return False
    close = piece.find(")", mark.end())
    head = fold_homoglyphs(piece[:close + 1] if close >= 0 else piece)
    return learn_archive(head, matcher) is not None if teach else defines_archive(head)

