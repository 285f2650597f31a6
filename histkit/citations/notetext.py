"""Text scanning every citation module shares: brackets and quotes, top-level commas and semicolons, dates.

A note or a citation may be cut only outside brackets and „…“ quotations;
these helpers find where, and `Tokens` cuts a citation into its parts.
`set_date` writes the date a citation gives its document into a citation row.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..dates import find_date_groups, find_dates, year_word_after
from ..patterns import compiled

OPEN, CLOSE = "([{", ")]}"

#: Texts up to this long have the answers about them kept (`kept`, `ArchiveMatcher.remember`): a citation is asked
#: about by the splitter, then by the classifier; a long note's many rests would only fill memory.
KEPT_LENGTH = 2000


def kept(question):
    """A question about a text (a pure function of it) whose answers are kept for texts up to `KEPT_LENGTH` long.

    >>> asked = []
    >>> shout = kept(lambda text: asked.append(text) or text.upper())
    >>> shout("ibid."), shout("ibid."), asked
    ('IBID.', 'IBID.', ['ibid.'])
    """
    answers = functools.lru_cache(maxsize=16384)(question)

    @functools.wraps(question)
    def ask(text: str):
        return answers(text) if len(text) <= KEPT_LENGTH else question(text)

    return ask

# Russian style separates a citation's parts with full stops: `Ф. 17. Оп. 128. Д. 1163. Л. 52`
_KEY_AFTER_DOT = compiled(r"\s+(?:ф|оп|д|лл?|п|f|op|d|ll?|fol|bd|box|folder|k|к|kut|кут)\.?\s*\d", re.IGNORECASE)

# the last part of a citation in that style, `Л. 45`, `Д. 1234`, and a sentence after it
_KEYED_PART = compiled(r"\s*(?:ф|оп|д|лл?|п|f|op|d|ll?|fol|bd|k|к)\.\s*\d[\dа-яa-z\s–—-]{0,12}", re.IGNORECASE)
_SENTENCE_AFTER_DOT = compiled(r"\s+[A-ZА-ЯЁ][^\W\d_]")
# a file's slashed number, then its description in a sentence of its own: `BFL, IV.1407.b, 2310/1947. Feljegyzés, …`,
# `…, 12/f, 00123/1948. A belgrádi követ jelentése, …` (the description is no part of the file's number)
_FILE_NUMBER = compiled(r"\s*(?:[^\W\d_]{1,4}[-\s]?)?\d+(?:/\d+)+")
_SENTENCE_AFTER_FILE = compiled(r"\s+(?-i:[A-ZÀ-ÞА-ЯЁ])(?:[^\W\d_]{2}|\s[^\W\d_]{3})")
_SPACES = compiled(r"\s*")

# what opens a bracket or quotation for `scan`: without any, its depth stays 0 and no quotation opens
# the Greek semicolon: the ano teleia, or the middle dot printed for it before a space (not Catalan's `l·l`)
_GREEK_SEMICOLON = compiled(r"\u0387|\u00b7(?=\s)")

_NESTING = compiled(r"[(\[{„«»]")  # (» opens a Slovene or German quotation: `_opens_quote`)
_BRACKET = compiled(r"[(\[{)\]}]")


# `„…“`, `«…»` and the Slovene and German `»…«`: a quotation opens with „ or «, or with » before a letter or digit
# (`»Naslov«`, not the close of `«a, b», …`), and any of these marks closes an open one
_QUOTE_CLOSE = "“”»«"


def _opens_quote(text: str, i: int) -> bool:
    """Whether the mark at ``text[i]`` opens a quotation (when none is open).

    >>> _opens_quote("»Vas«, 12", 0), _opens_quote("b», 12", 1), _opens_quote("„Tito“", 0)
    (True, False, True)
    """
    ch = text[i]
    return ch in "„«" or (ch == "»" and text[i + 1:i + 2].isalnum())


def scan(text: str, start: int = 0):
    """Each character from ``start`` with the bracket depth and whether a „…“ quotation is open.

    >>> [(ch, depth) for _, ch, depth, _ in scan("a(b)c")]
    [('a', 0), ('(', 1), ('b', 1), (')', 0), ('c', 0)]

    A list of citations or of a citation's parts can be cut only where depth
    is 0 and no quotation is open.

    >>> [quote for _, ch, _, quote in scan("»a; b« c") if ch in ";c"]
    [True, False]
    """
    depth, quote = 0, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif quote and ch in _QUOTE_CLOSE:
            quote = False
        elif ch in "„«»" and _opens_quote(text, i):
            quote = True
        yield i, ch, depth, quote


def top_level_semicolons(text: str) -> list[int]:
    """Where ``text`` has a semicolon outside brackets and quotations; Greek writes it as a raised dot (`ano teleia`).

    >>> top_level_semicolons("TNA, FO 371/1; AJ (fond 507; IX)"), top_level_semicolons("Α, σ. 12· Β, σ. 3")
    ([13], [8])
    """
    text = _GREEK_SEMICOLON.sub(";", text)  # (one character for one: the positions stay the text's)
    if not _NESTING.search(text):  # most notes: every semicolon is at the top level
        return [i for i, ch in enumerate(text) if ch == ";"]
    return _top_level(text, ";")


# what changes `scan`'s state, and the two separators asked about: the other characters need not be visited
_SCAN_EVENTS = {sep: compiled(r"[(\[{)\]}„«“”»" + sep + "]") for sep in ",;"}


def _top_level(text: str, sep: str) -> list[int]:
    return list(_top_level_cuts(text, sep))


def _top_level_cuts(text: str, sep: str):
    # the positions of ``sep`` where `scan` gives depth 0 and no open quotation, visiting only what can change that
    depth, quote = 0, False
    for m in _SCAN_EVENTS[sep].finditer(text):
        ch = m.group()
        if ch == sep:
            if depth == 0 and not quote:
                yield m.start()
        elif ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif quote and ch in _QUOTE_CLOSE:
            quote = False
        elif ch in "„«»" and _opens_quote(text, m.start()):
            quote = True


def paren_depth(text: str, i: int) -> int:
    """How many brackets are open before position ``i``.

    >>> paren_depth("Title (Zagreb: Naklada, 1990)", 10)
    1
    """
    depth = 0
    end = i if i >= 0 else max(0, len(text) + i)  # as `text[:i]` counts
    for m in _BRACKET.finditer(text, 0, end):  # only the brackets, not every character
        if m.group() in OPEN:
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth


def closes_to_top(piece: str, k: int) -> bool:
    """Does ``piece[k]`` close the last open bracket? A rest starting there counts its brackets from 0, and after
    that first character its depth is the span's again: what the span's scans at depth 0 found, it finds (issue 17:
    the rest after a citation in parentheses starts at the bracket that closes it, and had every scan again)."""
    return piece[k:k + 1] in tuple(CLOSE) and paren_depth(piece, k + 1) == 0


def at_top_level(matches, text: str):
    """The matches (found in ``text``, in order) before which no bracket is open: `paren_depth` is 0 at their start.

    >>> [m.start() for m in at_top_level(re.finditer(",", "a, (b, c), d"), "a, (b, c), d")]
    [1, 9]

    The brackets are counted once, from one match to the next, not again from
    the start for each match.
    """
    if not _BRACKET.search(text):  # (most pieces: no bracket, so every match is at the top level)
        yield from matches
        return
    # (the brackets found in one scan, then passed in order up to each match: a scan per match cost more than the
    # brackets it found, most splitter texts holding two or four of them)
    brackets = [(b.start(), b.group() in OPEN) for b in _BRACKET.finditer(text)]
    depth, pos, k = 0, 0, 0
    for m in matches:
        pos = max(pos, m.start())
        while k < len(brackets) and brackets[k][0] < pos:
            depth = depth + 1 if brackets[k][1] else max(0, depth - 1)
            k += 1
        if depth == 0:
            yield m


_SUSPENDED = compiled(r"[^\W\d_]-,")  # a word's first part and its hyphen before a comma (`Hof-, Staats- und …`)


def split_commas(text: str) -> list[str]:
    """The parts of ``text`` between commas outside brackets and quotations, stripped, empty ones left out.

    >>> split_commas("AJ, 507 (IX, 11), „Tito, Kardelj“, 4")
    ['AJ', '507 (IX, 11)', '„Tito, Kardelj“', '4']
    """
    if _NESTING.search(text):
        cuts = _top_level(text, ",")
    else:  # nothing opens a bracket or a quotation: every comma cuts
        cuts = [i for i, ch in enumerate(text) if ch == ","]
    if "-," in text:  # (`Hof-, Staats- und Adress-Kalender`: a word's part left to the next, and its comma, cut nothing)
        cuts = [c for c in cuts if not _SUSPENDED.match(text, max(c - 2, 0))]
    parts = (text[a:b].strip() for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    return [p for p in parts if p]


def first_comma_part(text: str, start: int = 0) -> str:
    """``split_commas(text[start:])[0]``, or '' when there is no part: found without cutting the rest.

    >>> first_comma_part("x, (kut. 5, 6), 7", 2), first_comma_part(" , ,")
    ('(kut. 5, 6)', '')
    """
    rest = text[start:] if start else text
    if _NESTING.search(rest):
        cuts = _top_level_cuts(rest, ",")
    else:
        cuts = (m.start() for m in re.finditer(",", rest))
    if "-," in rest:  # (as `split_commas`: `Hof-, Staats- und …` is one part)
        cuts = [c for c in cuts if not _SUSPENDED.match(rest, max(c - 2, 0))]
    a = 0
    for cut in cuts:
        part = rest[a:cut].strip()
        if part:
            return part
        a = cut + 1
    return rest[a:].strip()


def find_dates_covering(tok: str) -> bool:
    """Whether dates fill ``tok`` (but for a final full stop): the token is a date, not a title with one.

    >>> find_dates_covering("12 March 1953."), find_dates_covering("Minute of 12 March 1953")
    (True, False)
    """
    found = find_dates(tok)
    # (a word for year after the last does not count: `1938 р.`, `1937–1938 гг.`)
    return bool(found) and found[-1].end - found[0].start >= len(year_word_after().sub("", tok.strip()).strip(" .")) - 1


def best_date(dates: list) -> object:
    """The document's date among those in a citation: the last to the day or month, else the last.

    >>> best_date(find_dates("Report, 1952, of 3 May 1952, file 1953")).date_start
    '1952-05-03'
    """
    precise = [d for d in dates if d.precision in ("day", "month")]
    return (precise or dates)[-1]


_BRACKET_END = compiled(r"\((?P<inside>[^()]+)\)\.?$")


def bracketed_date(unit: str):
    """The date a unit's last words give in brackets, when the brackets hold nothing else (or the document's words,
    then its day or month), or None.

    >>> bracketed_date("арк. 5 (15–17 квітня 1947 р.)").date_start, bracketed_date("f. 3 (Tito, 1947)")
    ('1947-04-15', None)
    >>> bracketed_date("Л. 12 (протокол, 3 июня 1932 г.)").date_start, bracketed_date("Л. 5 (протокол от 8 января 1929 г.)").date_start
    ('1932-06-03', '1929-01-08')
    """
    m = _BRACKET_END.search(unit)
    if m is None:
        return None
    if not find_dates_covering(m.group("inside")):
        # `Л. 12–15 (протокол заседания бюро, 3–4 июня 1932 г.)`: the document described, then its day or month
        # (or the words and the day that end them: `Л. 5 (протокол от 8 января 1929 г.)`)
        last = split_commas(m.group("inside"))[-1:]
        dated = find_date_groups(last[0]) if last else []
        ends = bool(dated) and re.fullmatch(r"\s*(?:[^\W\d_]{1,4}\.?)?\s*\.?\s*", last[0][dated[-1].end:]) is not None
        return dated[-1] if ends and dated[-1].precision in ("day", "month") else None
    return best_date(find_date_groups(m.group("inside")))


def set_date(row: dict, dates: list) -> None:
    """Write the document's date (`best_date` of ``dates``) into a citation row; nothing when there is none.

    >>> row = {}
    >>> set_date(row, find_dates("Minute, 12 March 1953"))
    >>> row
    {'date_start': '1953-03-12', 'date_end': '1953-03-12', 'date_precision': 'day', 'date_source': 'text'}
    """
    if dates:
        date = best_date(dates)
        row.update(date_start=date.date_start, date_end=date.date_end, date_precision=date.precision, date_source="text")


@dataclass
class Tokens:
    """A citation cut at top-level commas (and Russian-style full stops), keeping each token's span in the citation.

    >>> tokens = Tokens.of("AJ, 507, May 15, 1952, f. 3", 4)
    >>> [tokens.token(i) for i in range(len(tokens))], tokens.join(0, 2)
    (['507', 'May 15, 1952', 'f. 3'], '507, May 15, 1952')
    """

    spans: list[tuple[int, int]]
    text: str

    @classmethod
    def of(cls, text: str, start: int) -> "Tokens":
        # `May 15, 1952` is one token: no cut inside a date
        inside, starts = set(), set()
        for d in find_date_groups(text[start:]):
            inside.update(range(start + d.start, start + d.end))
            starts.add(start + d.start)
        spans, a, dotted = [], start, False
        depth, quote = 0, False
        for event in _TOKEN_EVENTS.finditer(text, start):  # as `scan` reads, visiting only what may cut or nest
            i, ch = event.start(), event.group()
            if ch in OPEN:
                depth += 1
            elif ch in CLOSE:
                depth = max(0, depth - 1)
            elif quote and ch in _QUOTE_CLOSE:
                quote = False
            elif ch in "„«»" and _opens_quote(text, i):
                quote = True
            # (a comma before a date's first digit is in no number: `档号1-2-3，1947年6月2日` read as `…3,1947年…`)
            in_number = _comma_in_number(text, i) and i + 1 not in starts
            if ch == "," and depth == 0 and not quote and not in_number and i not in inside:
                spans.append((a, i))
                a = i + 1
            elif ch == "." and depth == 0 and i > start + 1 and (text[i - 1].isdigit() or (text[i - 1].isalpha() and text[i - 2].isdigit())
                                                                 or (dotted and _KEYED_PART.fullmatch(text, a, i))) \
                    and (_KEY_AFTER_DOT.match(text, i + 1) or (dotted and _KEYED_PART.fullmatch(text, a, i)
                                                               and (_SENTENCE_AFTER_DOT.match(text, i + 1)
                                                                    or _SPACES.match(text, i + 1).end() in starts))):
                # Russian style separates with full stops: `Ф. 17. Оп. 128. Д. 1163. Л. 52`; after its last
                # part, a sentence is the document's description (`… Л. 45. Письмо от 12 мая 1937 г.`), or its
                # date (`… Л. 1–2. 19.06.1941.`, `… Л. 80–82. 1937–1938 гг.`, `… Л. 40 об. 1933 г.`: a verso's mark)
                spans.append((a, i))
                a, dotted = i + 1, True
            elif ch == "." and depth == 0 and _FILE_NUMBER.fullmatch(text, a, i) and _SENTENCE_AFTER_FILE.match(text, i + 1) \
                    and _SPACES.match(text, i + 1).end() not in starts:
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


_TOKEN_EVENTS = compiled(r"[(\[{)\]}„«“”»,.]")


def _comma_in_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        if text[e - 1] == "." and keeps_dot(text[s:e]):
            break
        e -= 1
    return s, e


def keeps_dot(token: str) -> bool:
    """Whether a token's final full stop is its own (`Bd.`, `f.`, an initial), not the end of a sentence.

    >>> keeps_dot("Bd."), keeps_dot("box 12.")
    (True, False)
    """
    return bool(re.search(r"(?:^|\s)(?:\w{1,3}|[IVX]+)\.$", token)) and not re.search(r"\d\.$", token)


def looks_like_reference_list(piece: str) -> bool:
    """Whether ``piece`` is short comma-separated parts with numbers, not a sentence (`XY, fond 35, kut. 5, 1949`)."""
    if not (piece[:1].isupper() and any(map(str.isdigit, piece))):  # (asked first: they need no cutting)
        return False
    parts = split_commas(piece)
    return len(parts) >= 3 and sum(map(len, parts)) / len(parts) < 30 and len(parts[0]) <= 15


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """The span ``text[a:b]`` without the spaces around it.

    >>> strip_span(" TNA, FO 371/1 ", 0, 15)
    (1, 14)
    """
    span = text[a:b]
    start = a + len(span) - len(span.lstrip())
    return start, max(start, a + len(span.rstrip()))


def dash_bullet(text: str) -> tuple[int, int] | None:
    """Where a dash opens a note as a list's bullet, with the spaces after it (`– z.B. M. Name, Titel, …`); not GOST's
    dash between a reference's parts (`Ibid. – Б. 244.`).

    >>> dash_bullet(" – z.B. Name, Titel"), dash_bullet("Ibid. – Б. 244.")
    ((1, 3), None)
    """
    found = _DASH_BULLET.match(text, len(text) - len(text.lstrip()))
    return found.span() if found else None


_DASH_BULLET = compiled(r"[–—-]\s+(?=[^\W\d_])")
