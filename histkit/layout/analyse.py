"""Layout recovery: a PDF-extracted text to blocks (body, notes, heads, ...) and notes.

The text is read line by line. Running heads and folios are found first (by
repetition and by shape), then a small state machine walks the lines and
tells body from footnotes, using the sequence of note numbers and the note
markers in the body; a note that runs over a page break is joined to its
start. A page break shows as a running head, a form feed, or the next page's
body resuming on a line that begins with one space; when the text has none of
these, a second walk tells body from notes by line width (notes, set smaller,
hold more characters per line) and by the next marker in the body. Zones,
sections, pages and marker links are filled in afterwards. Every character of
the document belongs to exactly one block.

`pdftotext -layout` text works the same way: a form feed sets a running head
apart as a blank line does, and runs of spaces inside a line are read as one.
Notes numbered anew on every page are kept apart as `2.1`, `2.2`, ... (with a
warning), and a document whose markers are superscript digits has no other
markers.

Running heads, folios and page numbers come from `pages`, note labels and
markers from `markers`, the shapes of lines from `_lines`; this module holds
the blocks and notes, the walk, zones and sections.

>>> lay = analyse_layout(Document.from_text("Tito met Spaak.1\\n\\n1 AJ, 507.\\n", doc_id="t"))
>>> [(b.zone, b.text) for b in lay.blocks], lay.notes[0].marker_start
([('body', 'Tito met Spaak.1'), ('blank', ''), ('note', '1 AJ, 507.')], 15)
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .lines import (_BACK_LABELS, _ENDNOTE_HEADS, _FRONT_LABELS, _SECTION_WORDS, _Line, _finished, _heading_shape,
                     _label_of, _looks_like_name, _note_open, _resumes_page, _split_lines, _starts_low,
                     _starts_with_label)
from ..errors import Problem
from ..read import Document
from .markers import (_GLUED, _KEY, _NOTE_LABEL, _NUM_NOTE, _SUPERSCRIPTS, _SYM_NOTE, _find_markers,
                      _marker_candidates, _number_of)
from .model import Block, Layout, Note
from .pages import _page_numbers, _running_heads
from ..text import keep_hyphen_by_form, plain_typography, unwrap

# --------------------------------------------------------------------------- patterns

# `14. 12. 1954;` or `30. jula 1952` at a line start is a date running on, not a note
_DATE_START = re.compile(r"[ \t]*\d{1,2}\.[ \t]*(?:\d{1,2}\.[ \t]*\d{2,4}|[^\W\d_]*[a-zčćšžđа-я][^\W\d_]*[ \t]+\d{4})")
_FURNITURE = re.compile(r"\s*(?:©|\([cC]\)\s*\d{4}|CONTACT\b|[Cc]orresponding author\b|\*?\s*[Ee]-?mail\s*:"
                        r"|https?://(?:dx\.)?doi\.org/|(?:DOI|doi):?\s*10\.)")
_FRONT_LABEL_START = re.compile(r"\s*(?:%s)\s*:" % "|".join(re.escape(x.rstrip(":")) for x in _FRONT_LABELS), re.I)
_CHAPTER_NO = re.compile(r"\s*(?:(?i:chapter|chapitre|kapitel|capitolo|capítulo|rozdział|poglavje|poglavlje)\s+)?"
                         r"(?:\d{1,2}|[IVXLC]{1,6})\.?\s*")
# Word prefixes that keep their hyphen at a line end when the document says nothing.
_HYPHEN_PREFIXES = {"anti", "non", "self", "quasi", "semi"}
_HYPHEN_PAIRS = {("so", "called"), ("well", "known"), ("long", "term"), ("short", "term"), ("post", "war"),
                 ("pre", "war"), ("inter", "war"), ("left", "wing"), ("right", "wing"), ("one", "party")}


# --------------------------------------------------------------------------- hyphens


_LINE_END_HYPHEN = re.compile(r"(\w+)[-\u00ad][ \t]*\n[ \t]*(\w+)")


def _hyphen_rule(text: str):
    """A `keep_hyphen(left, right)` that asks the document's other words first."""
    flat = _LINE_END_HYPHEN.sub(" ", text).lower()
    compounds = Counter(re.findall(r"\w+-\w+", flat))
    prefixes = {c.split("-", 1)[0] for c in compounds}
    counts = Counter(re.findall(r"\w+", flat))
    words = sorted(counts)

    def has_prefix(stem: str) -> bool:
        i = bisect.bisect_left(words, stem)
        return i < len(words) and words[i].startswith(stem)

    def keep(left: str, right: str) -> bool:
        low_l, low_r = left.lower(), right.lower()
        hyphened, joined = compounds.get(f"{low_l}-{low_r}", 0), counts.get(low_l + low_r, 0)
        if hyphened or joined:
            return hyphened >= joined
        if len(low_l) >= 4 and low_l in prefixes:
            return True
        joined = low_l + low_r
        if len(joined) >= 7 and len(low_r) >= 3 and has_prefix(joined[:-2]):
            return False
        if keep_hyphen_by_form(left, right):
            return True
        if low_l in _HYPHEN_PREFIXES or (low_l, low_r) in _HYPHEN_PAIRS:
            return True
        # Slavic adjective compounds: `Spoljno-političkoj`, `Srpsko-hrvatski`
        return left[:1].isupper() and len(left) >= 5 and left[-1] in "oe" and len(right) >= 4 and not low_l.startswith("jugo")

    return keep


def _clean(raw: str, keep) -> str:
    """The reading of a span: lines joined, hyphens repaired, ligatures and odd spaces made plain, runs of spaces made one.

    A line break right after a slash or a dash between numbers (`507/` + `IX`,
    `1957–` + `1958`) leaves no space: the break fell inside one token.
    """
    un = unwrap(raw, keep_hyphen=keep)
    text = un.text
    drop = [
        i for i in (m.end() - 1 for m in _SLASH_DASH_SPACE.finditer(text))
        if "\n" in raw[un.index[i]:un.index[i + 1]]
        and (text[i - 1] == "/" or (i > 1 and text[i - 2].isdigit() and text[i + 1].isdigit()))
    ]
    if drop:
        text = "".join(text[a + 1:b] for a, b in zip([-1] + drop, drop + [len(text)]))
    return _SPACES.sub(" ", plain_typography(text))


_SPACES = re.compile(r"[ \t]{2,}")
_SLASH_DASH_SPACE = re.compile(r"(?<=.)[/–—] (?=.)")


# --------------------------------------------------------------------------- the walk


@dataclass
class _Walk:
    kind: list[str]
    note: list[str | None]
    page: list[int]
    endnote_heads: set[int]
    warnings: list[Problem]
    back_heads: set[int] = field(default_factory=set)
    resumes: int = 0
    furniture: set[int] = field(default_factory=set)


def _walk(lines: list[_Line], heads: set[int], text: str, widths: tuple[float, float] | None = None) -> _Walk:
    """Label each line blank, head, body or note (with its note number), and count pages.

    ``widths`` (typical characters per line of body text and of notes, from a
    first walk) lets a page's body be told from the note above it when the PDF
    text gives no other sign of the page break.
    """
    n = len(lines)
    kind = ["blank"] * n
    note: list[str | None] = [None] * n
    page = [1] * n
    warnings: list[Problem] = []
    endnote_heads: set[int] = set()
    cands = _marker_candidates(text)

    # extraction that dropped every superscript leaves no markers: go by numbers and position alone
    markerless = sum(k in cands for k in range(1, 6)) < 2

    def cand_before(num: int, pos: int, since: int = 0) -> bool:
        if markerless:
            # but a numbered list (`1.`, `1)`) is not taken for notes on position alone
            return not re.match(r"[ \t]*\d{1,3}[.)]", text[pos:pos + 8])
        v = cands.get(num)
        if not v:
            return False
        i = bisect.bisect_left(v, since)
        return i < len(v) and v[i] < pos

    expected = 1
    seen: set[str] = set()
    cur: str | None = None
    cur_last = ""
    pending: str | None = None
    pg, fresh, content = 1, True, False
    page_start = 0
    endnotes = False
    resumes = 0
    series, last_note_pg = 1, 0
    furniture: set[int] = set()

    def brk(i: int) -> None:
        nonlocal pg, fresh, pending, cur, page_start
        if content and not fresh:
            pg += 1
        fresh = True
        page_start = lines[i].start
        if cur is not None and not endnotes:
            pending = cur if _note_open(cur_last) else None
            cur = None

    for i, ln in enumerate(lines):
        s = ln.s
        if s.startswith("\f"):
            brk(i)
            s = s.lstrip("\f")
        if i in heads:
            if i == 0 or kind[i - 1] != "head" and not (kind[i - 1] == "blank" and _prev_kind(kind, i) == "head"):
                brk(i)
            kind[i], page[i] = "head", pg
            continue
        if ln.blank or not s.strip():
            kind[i], page[i] = "blank", pg
            continue
        prev = kind[i - 1] if i else "blank"
        label = _label_of(s)

        # endnotes collected under a heading
        if cur is None and not endnotes and label in _ENDNOTE_HEADS and prev in ("blank", "head") and content:
            endnotes = True
            endnote_heads.add(i)
            kind[i], page[i] = "body", pg
            fresh = False
            continue
        if endnotes and label in _BACK_LABELS and prev in ("blank", "head"):
            endnotes, cur = False, None
            kind[i], page[i] = "body", pg
            continue

        if _restarts_numbering(s, prev, cur, endnotes, expected, pg > last_note_pg, lines[i].start, page_start,
                               cand_before):
            series, expected = series + 1, 1
            warnings.append(Problem("", "layout", f"the notes are numbered from 1 again on a new page; they are kept "
                                    f"as notes {series}.1, {series}.2, … of that page", f"line {i + 1}"))
        key = _note_start(s, i, lines, prev, expected, seen, cur, cur_last, endnotes, cand_before, page_start,
                          warnings, text, pg == 1, series)
        if key is not None:
            kind[i], note[i], page[i] = "note", key, pg
            seen.add(key)
            last_note_pg = pg
            num = _number_of(key)
            if num is not None and num >= expected:
                expected = num + 1
            cur, cur_last, pending = key, s, None
            fresh, content = False, True
            continue
        if pg == 1 and (cur is None or prev == "blank") and _FURNITURE.match(s):
            # the first page's contact, copyright and DOI lines: front matter, wherever they stand
            furniture.add(i)
            cur = pending = None
            kind[i], page[i] = "body", pg
            continue
        if cur is not None:
            if endnotes:
                kind[i], note[i], page[i] = "note", cur, pg
                cur_last = s
                continue
            if _resumes_page(s) and not fresh:
                brk(i)
                resumes += 1
            elif prev == "blank" and not _continues_after_blank(cur_last, s):
                brk(i)
                pending = None
            elif widths and not fresh and _looks_like_body(lines, heads, i, widths, expected, cur_last, prev == "blank"):
                brk(i)
            else:
                kind[i], note[i], page[i] = "note", cur, pg
                cur_last = s
                continue
        elif pending is not None and (
                prev in ("blank", "head") and (
                    _is_continuation(lines, kind, i, s) or _runs_into_note(lines, kind, heads, i, expected))
                # no blank line between the page's body and its notes: after a finished sentence,
                # a line going on in lower case, or lines running into the next note
                or prev == "body" and _finished(lines[i - 1].s) and not fresh and (
                    _starts_low(s) and not s[:1].isdigit() and _runs_to_page_end(lines, heads, i)
                    or _runs_into_note(lines, kind, heads, i, expected))):
            cur, pending = pending, None
            kind[i], note[i], page[i] = "note", cur, pg
            cur_last = s
            continue
        kind[i], page[i] = "body", pg
        fresh, content = False, True
    return _Walk(kind, note, page, endnote_heads, warnings, resumes=resumes, furniture=furniture)


def _line_widths(lines: list[_Line], walk: _Walk) -> tuple[float, float] | None:
    """Typical length of a full line of body text and of note text, if they differ.

    Notes are set in smaller type, so their lines hold more characters; the
    first line of a note that goes on is a full note line for sure.
    """
    kind, note, n = walk.kind, walk.note, len(lines)
    body = sorted(len(lines[i].s.strip()) for i in range(n - 1) if kind[i] == "body" and kind[i + 1] == "body")
    notes = sorted(
        len(lines[i].s.strip()) for i in range(n - 1)
        if kind[i] == "note" and kind[i + 1] == "note" and note[i] == note[i + 1]
        and (i == 0 or note[i - 1] != note[i]) and len(lines[i].s.strip()) > 8
    )
    if len(body) < 8 or len(notes) < 5:
        return None
    wb, wn = body[len(body) // 2], notes[len(notes) // 2]
    return (wb, wn) if abs(wn - wb) >= 6 else None


def _looks_like_body(lines: list[_Line], heads: set[int], i: int, widths: tuple[float, float], expected: int,
                     last_note_line: str, after_blank: bool = False) -> bool:
    """Do the lines from ``i`` on have the width of body text (or call the next note)?"""
    wb, wn = widths

    def body_wide(k: int) -> bool:
        width = len(lines[k].s.strip())
        return abs(width - wb) <= 8 and abs(width - wb) + 2 <= abs(width - wn)

    run, j = [], i
    while j < len(lines) and len(run) < 6 and not lines[j].blank and j not in heads \
            and (j == i or not (_NUM_NOTE.match(lines[j].s) or _SYM_NOTE.match(lines[j].s) or _resumes_page(lines[j].s))):
        run.append(j)
        j += 1
    ended = len(run) < 6
    if after_blank and _note_open(last_note_line) and _finished(lines[i].s):
        return False  # a blank line in a note stopped in mid-sentence, then the note's last line
    for pos, k in enumerate(run[:4]):
        if any(int(m.group(1).translate(_SUPERSCRIPTS)) == expected for m in _GLUED.finditer(lines[k].s)):
            return all(body_wide(q) for q in run[:pos])
    if _finished(last_note_line) and _starts_low(lines[i].s) and body_wide(i):
        return True  # a finished note, then a line going on with a lower-case word
    full = run[:-1] if ended else run
    return len(full) >= 3 and all(body_wide(q) for q in full[:4])


def _prev_kind(kind: list[str], i: int) -> str:
    j = i - 1
    while j >= 0 and kind[j] == "blank":
        j -= 1
    return kind[j] if j >= 0 else "start"


def _continues_after_blank(last: str, s: str) -> bool:
    """After a blank line inside the notes: does the note go on, or does a new page's body start?"""
    t = last.rstrip()
    if not t:
        return False
    if t[-1].isalpha() or t[-1] in ",;:/(–—-\u00ad":
        return True
    if t[-1].isdigit() or t[-1] == ")":
        return _starts_low(s)
    return False


def _runs_to_page_end(lines: list[_Line], heads: set[int], i: int) -> bool:
    """Do the lines from ``i`` fill the page to its end (the next running head or the end of the text)?"""
    j = i
    while j < len(lines) and not lines[j].blank and j not in heads and (j == i or not lines[j].s.startswith("\f")):
        j += 1
    while j < len(lines) and lines[j].blank and j not in heads:
        j += 1
    return j >= len(lines) or j in heads or lines[j].s.startswith("\f")


def _runs_into_note(lines: list[_Line], kind: list[str], heads: set[int], i: int, expected: int) -> bool:
    """Do the lines from ``i``, after some body of the page, run with no blank line into the next note?

    Then they sit in the notes of the page: the rest of a note cut at the page
    break, even when they begin with a capital (`Darstellung bei ...`). Lines
    that call the next note are the page's body running into its notes.
    """
    if _prev_kind(kind, i) != "body":
        return False
    j = i
    while j < len(lines) and j - i <= 6 and not lines[j].blank and j not in heads:
        m = _NUM_NOTE.match(lines[j].s) if j > i else None
        if m and not _DATE_START.match(lines[j].s) and lines[j].s[m.end():].strip():
            return int((m.group(1) or m.group(2) or m.group(3) or m.group(4)).translate(_SUPERSCRIPTS)) == expected
        if any(int(g.group(1).translate(_SUPERSCRIPTS)) == expected for g in _GLUED.finditer(lines[j].s)):
            return False
        j += 1
    return False


def _is_continuation(lines: list[_Line], kind: list[str], i: int, s: str) -> bool:
    """Is this paragraph, after a new page's body, the rest of the last note of the page before?

    The rest of a note comes after some body text of the new page, so the
    first paragraph of a page is never one.
    """
    j = i - 1
    while j >= 0 and kind[j] == "blank":
        j -= 1
    if j < 0 or kind[j] != "body":
        return False
    if _starts_low(s):
        return True
    # a heading (one short line alone) does not end in a full stop, yet is finished
    single = j == 0 or kind[j - 1] in ("blank", "head")
    if single and _heading_shape(lines[j].s):
        return False
    return not _finished(lines[j].s)


def _restarts_numbering(s, prev, cur, endnotes, expected, new_page, start, page_start, cand_before) -> bool:
    """Does this line start note 1 again on a new page (notes numbered page by page)?

    Only when some note came before, the line stands where a page's
    notes begin, this page's body calls a 1 and not the number expected next.
    """
    if endnotes or cur is not None or expected < 2 or not new_page or prev not in ("blank", "head", "body"):
        return False
    m = _NUM_NOTE.match(s)
    if not m or _DATE_START.match(s) or not s[m.end():].strip():
        return False
    if int((m.group(1) or m.group(2) or m.group(3) or m.group(4)).translate(_SUPERSCRIPTS)) != 1:
        return False
    return cand_before(1, start, page_start) and not cand_before(expected, start, page_start)


def _note_start(s, i, lines, prev, expected, seen, cur, cur_last, endnotes, cand_before, page_start, warnings,
                text="", first_page=True, series=1):
    """The note number (or symbol) this line starts, or None.

    In the second and later series of notes numbered page by page the key is
    `series.number` (`2.1`), so that every note keeps a key of its own.
    """
    pos_ok = prev in ("blank", "head", "note")
    m = _NUM_NOTE.match(s)
    if m and _DATE_START.match(s):
        return None
    if m:
        num = int((m.group(1) or m.group(2) or m.group(3) or m.group(4)).translate(_SUPERSCRIPTS))
        key = str(num) if series == 1 else f"{series}.{num}"
        if key in seen or num == 0 or (s[m.end() - 1].isdigit() and num != expected):
            return None  # a label glued to its text (`1AJ`) must be the very number expected
        start = lines[i].start
        if not s[m.end():].strip():
            # the number alone on its line, the note's text on the next
            alone_ok = num == expected and i + 1 < len(lines) and not lines[i + 1].blank
            return key if alone_ok and pos_ok and (cand_before(num, start) or endnotes) else None
        rest = s[m.end():]
        nxt_blank = i + 1 >= len(lines) or lines[i + 1].blank
        dotted = s[:m.end()].rstrip().endswith(".")
        if (cur is None and not endnotes and nxt_blank and prev == "blank" and _heading_shape(s)
                and rest.rstrip()[-1:] not in ".)" and not re.search(r"[,;]", rest)
                and len(rest.split()) <= (8 if dotted else 5)):
            return None  # a numbered section heading, `2. The Crisis`
        if num == expected:
            if endnotes or (pos_ok and cand_before(num, start)) or (prev == "note" and _finished(cur_last)):
                return key
            if prev == "body" and cand_before(num, start, page_start):
                return key
            return None
        settled = prev in ("blank", "head") or (prev == "note" and _finished(cur_last))
        if expected < num <= expected + 3 and (settled or endnotes) and (cand_before(num, start) or endnotes):
            gap = f"{expected}" if num == expected + 1 else f"{expected}–{num - 1}"
            warnings.append(Problem("", "layout", f"note {num} follows note {expected - 1}; note {gap} not found",
                                    f"line {i + 1}"))
            return key
        if num < expected and (cur is not None or endnotes) and settled and cand_before(num, start):
            warnings.append(Problem("", "layout", f"note {num} is out of order (after note {expected - 1})",
                                    f"line {i + 1}"))
            return key
        return None
    m = _SYM_NOTE.match(s)
    if m and pos_ok:
        key = m.group(1)
        if key in seen:
            return None
        # a bullet in the body is not a note: a symbol note sits among notes, on the
        # first page (an author or funding note), or has its symbol glued in the text before
        glued = re.search(r"\S" + re.escape(key[0]), text[:lines[i].start])
        if prev == "note" or first_page or glued:
            return key
    return None


# --------------------------------------------------------------------------- zones


def _zones(lines: list[_Line], walk: _Walk) -> list[str]:
    kind = walk.kind
    n = len(lines)
    zone = [{"blank": "blank", "head": "running_head", "note": "note", "body": "body"}[k] for k in kind]
    body = [i for i in range(n) if kind[i] == "body"]
    if not body:
        return zone

    # a heading is shorter than a full line of text
    widths = sorted(len(lines[i].s.strip()) for i in body)
    full = widths[len(widths) * 3 // 4] if widths else 80

    def chapter_number(i: int) -> bool:
        """A chapter's number alone over its title (`1` / `Unions and the State`), the pair set off by blanks."""
        return (0 <= i < n - 2 and kind[i] == "body" and kind[i + 1] == "body" and _CHAPTER_NO.fullmatch(lines[i].s)
                is not None and (i == 0 or kind[i - 1] in ("blank", "head")) and kind[i + 2] in ("blank", "head")
                and _heading_shape(lines[i + 1].s) and not _finished(lines[i + 1].s))

    def is_heading(i: int) -> bool:
        if i in walk.endnote_heads or chapter_number(i) or chapter_number(i - 1):
            return True
        s = lines[i].s
        # `Introduction`, `Summary`, `Uvod` alone on a line is a heading wherever it stands
        known = len(s) <= 48 and (_label_of(s) in _SECTION_WORDS or _label_of(s) in _FRONT_LABELS)
        before = i == 0 or kind[i - 1] in ("blank", "head") or s[:1].isspace() or known
        after = i + 1 >= n or kind[i + 1] in ("blank", "head")
        if not (before and _heading_shape(s)):
            return False
        width = len(lines[i].s.strip())
        if width > max(40, 0.8 * full):
            return False
        if not after:
            # set directly over its text: a known section word, or a line too short to
            # open the full-width paragraph that follows it
            nxt = lines[i + 1].s.strip()
            if kind[i + 1] != "body" or not (known or (width <= 0.7 * full and len(nxt) >= 0.8 * full)):
                return False
        j = i + 1
        while j < n and kind[j] in ("blank", "head"):
            j += 1
        return j >= n or kind[j] != "note"

    first_note = next((i for i in range(n) if kind[i] == "note"), n)

    def title_line(i: int) -> bool:
        """Line ``i - 1`` a short title or author line over the first text, with nothing set off between."""
        if not paras or len(paras) > 4 or i >= first_note or any(
                len(p) > 3 or any(_finished(lines[j].s) for j in p) for p in paras):
            return False
        return len(lines[i - 1].s.strip()) <= 0.7 * full and _heading_shape(lines[i - 1].s)

    # paragraphs of body lines, in order
    paras: list[list[int]] = []
    for i in body:
        if paras and paras[-1][-1] == i - 1 and not is_heading(i) and not is_heading(i - 1) and not title_line(i):
            paras[-1].append(i)
        else:
            paras.append([i])

    def j_furniture(para: list[int]) -> bool:
        return any(j in walk.furniture for j in para)

    # front matter: up to the last labelled paragraph (Abstract, Keywords) before the body
    front_end = -1
    front_paras = [p for p in paras if p[0] < first_note]
    for k, para in enumerate(front_paras):
        first = para[0]
        s = lines[first].s
        # `Sažetak:`/`Résumé:` before the keywords is the abstract; after them, a summary
        later_front = any(_starts_with_label(lines[q[0]].s, _FRONT_LABELS) for q in front_paras[k + 1:k + 3])
        # a label may open any line of a paragraph when nothing sets it off (`Ključne riječi: ...`)
        labelled = _starts_with_label(s, _FRONT_LABELS) or any(_FRONT_LABEL_START.match(lines[j].s) for j in para[1:])
        if labelled or j_furniture(para) or (later_front and _starts_with_label(s, _BACK_LABELS)):
            front_end = para[-1]
        elif _starts_with_label(s, _BACK_LABELS) or (is_heading(first) and front_end >= 0):
            break
    if front_end < 0:
        # no labels: the short title/author lines before the first section heading
        for k, para in enumerate(paras):
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if para[0] > first_note or len(para) > 2 or nxt is None:
                break
            if any(_GLUED.search(lines[j].s) or _finished(lines[j].s) for j in para):
                break
            if _label_of(lines[para[0]].s) in _SECTION_WORDS:
                break
            if is_heading(para[0]) and len(nxt) >= 3 and k > 0 and not _looks_like_name(lines[para[0]].s):
                break  # a section heading followed by its text
            front_end = para[-1]
            if len(nxt) >= 3:
                break

    back_start = n
    for para in paras:
        first = para[0]
        if first <= front_end:
            continue
        s = lines[first].s
        if first in walk.endnote_heads:
            continue
        lab = _label_of(s)
        # an `Abstract` in another language closing the article (after the body and its notes) is back matter
        closing_abstract = lab in _FRONT_LABELS and is_heading(first) and first > first_note
        if (lab in _BACK_LABELS and is_heading(first)) or closing_abstract or (
            _starts_with_label(s, _BACK_LABELS) and ":" in s[:40] and len(s.strip()) > len(lab) + 2
        ):
            # a `Sources` heading early in the article is a section; back matter ends it
            body_before = any(q[0] > front_end and q[0] < first and not is_heading(q[0]) for q in paras)
            late = lines[first].start >= 0.5 * lines[-1].end
            if (late or not body_before) and (body_before or not closing_abstract):
                back_start = first
                # the summary's own title and author lines stand over its label
                k = paras.index(para)
                above = paras[k - 1] if k else []
                if above and len(above) <= 3 and above[0] > front_end and above[0] not in walk.endnote_heads \
                        and all(kind[j] in ("blank", "head") for j in range(above[-1] + 1, first)) and all(
                        _heading_shape(lines[j].s) and len(lines[j].s.strip()) <= max(40, 0.8 * full) for j in above):
                    back_start = above[0]
                break

    # each body line is in one paragraph: look its paragraph up instead of scanning them all
    para_of = {j: k for k, para in enumerate(paras) for j in para}
    furnished = [j_furniture(para) for para in paras]
    for i in body:
        if i <= front_end or furnished[para_of[i]]:
            zone[i] = "front"
        elif i >= back_start:
            zone[i] = "back"
            if is_heading(i) and _label_of(lines[i].s) in _BACK_LABELS:
                walk.back_heads.add(i)
        elif is_heading(i):
            zone[i] = "heading"
    return zone


# --------------------------------------------------------------------------- the public function


def analyse_layout(doc: Document) -> Layout:
    """Recover blocks, notes, pages and sections from a document's text.

    >>> lay = analyse_layout(Document.from_text("A sudden-\\nly changed world.1\\n\\n1 See AJ.\\n"))
    >>> lay.blocks[0].text, [n.text for n in lay.notes]
    ('A suddenly changed world.1', ['See AJ.'])

    ``Block.page`` is the printed page number when a folio in the text gives
    one (counted forward from the nearest folio before, or back from the
    first one); with no folio it is the page range's first page plus the page
    index, and with neither the 1-based page index. Problems (a marker with
    no note, a note with no marker, numbers out of order, page numbers that
    jump) go to ``Layout.warnings``; nothing raises.
    """
    text = doc.text
    lines = _split_lines(text)
    heads, folios = _running_heads(lines)
    walk = _walk(lines, heads, text)
    # PDF text that marks where a page's body resumes needs no guess from line widths
    widths = None if walk.resumes >= 2 else _line_widths(lines, walk)
    if widths:
        walk = _walk(lines, heads, text, widths)
    warnings = list(walk.warnings)
    zones = _zones(lines, walk)
    pages, page_warning = _page_numbers(lines, walk.page, heads, folios)
    if page_warning:
        warnings.append(Problem("", "layout", page_warning))
    keep = _hyphen_rule(text)

    # group lines into blocks
    spans: list[tuple[int, int, str, str | None, int]] = []  # first line, last line, zone, note, page
    for i, ln in enumerate(lines):
        z, nk = zones[i], walk.note[i]
        if spans:
            f, l, pz, pn, pp = spans[-1]
            same = pz == z and pn == nk and pp == pages[i] and z != "heading"
            if i in walk.back_heads or (i - 1) in walk.back_heads:
                same = False
            if same:
                spans[-1] = (f, i, pz, pn, pp)
                continue
        spans.append((i, i, z, nk, pages[i]))

    blocks: list[Block] = []
    width = max(4, len(str(len(spans))))
    section = ""
    for b, (f, l, z, nk, pg) in enumerate(spans):
        start, end = lines[f].start, lines[l].end
        raw = text[start:end]
        if z == "blank":
            clean = ""
        elif z == "running_head":
            clean = " ".join(raw.split())
        else:
            clean = _clean(raw, keep)
        if z == "heading" or f in walk.back_heads:
            section = clean
        elif z == "back" and _starts_with_label(lines[f].s, _BACK_LABELS) and _label_of(section) not in _BACK_LABELS:
            section = clean.split(":", 1)[0].strip()
        sec = section if z in ("body", "heading", "back", "note") else ""
        blocks.append(Block(f"{doc.doc_id}:{b:0{width}d}", z, start, end, raw, clean, pg, sec, nk, f + 1))
    if text and (not lines or lines[-1].end != len(text)):  # pragma: no cover - splitlines covers all
        raise AssertionError("layout lost the end of the text")

    notes, more = _notes_and_markers(blocks, keep)
    warnings.extend(more)
    # notes take the section of the block that calls them
    by_id = {b.block_id: b for b in blocks}
    note_section = {nt.note_no: by_id[nt.marker_block_id].section for nt in notes if nt.marker_block_id}
    blocks = [replace(b, section=note_section.get(b.note_no, b.section)) if b.zone == "note" else b for b in blocks]
    warnings = [replace(w, doc_id=doc.doc_id) for w in warnings]
    return Layout(doc=doc, blocks=_link_cut_paragraphs(blocks), notes=notes, warnings=warnings)


def _link_cut_paragraphs(blocks: list[Block]) -> list[Block]:
    """Point each text block that stops in mid-sentence at a page break to the block that goes on."""
    links: dict[int, str] = {}
    texty = ("front", "body", "back")
    for k, b in enumerate(blocks):
        if b.zone not in texty or _finished(b.raw) or not b.raw.strip():
            continue
        crossed = False  # notes or a running head stand between the two parts
        for nxt in blocks[k + 1:]:
            if nxt.zone in ("blank", "note", "running_head"):
                crossed = crossed or nxt.zone != "blank"
                continue
            if nxt.zone == b.zone and nxt.page != b.page and crossed:
                links[k] = nxt.block_id
            break
    return [replace(b, continued_in=links[k]) if k in links else b for k, b in enumerate(blocks)]


def _notes_and_markers(blocks: list[Block], keep) -> tuple[list[Note], list[Problem]]:
    parts: dict[str, list[Block]] = {}
    for b in blocks:
        if b.zone == "note" and b.note_no is not None:
            parts.setdefault(b.note_no, []).append(b)
    markers, warnings = _find_markers(blocks, parts)

    notes: list[Note] = []
    last_num = 0
    if parts and not markers:
        warnings.append(Problem("", "layout", f"no note markers found in the text for {len(parts)} notes; "
                                "check that the PDF extraction kept superscript numbers"))
    for key, bl in parts.items():
        if len(bl) == 1:
            text = bl[0].text
        else:
            text = _clean("\n".join(b.raw.rstrip("\n") for b in bl), keep)
        text = _NOTE_LABEL.sub("", text, count=1)
        mk = markers.get(key)
        if mk is None and markers:
            warnings.append(Problem("", "layout", f"note {key} (line {bl[0].line}) has no marker in the text"))
        if key.isdigit():
            if int(key) < last_num:
                warnings.append(Problem("", "layout", f"note {key} (line {bl[0].line}) comes after note {last_num}"))
            last_num = max(last_num, int(key))
        elif _KEY.fullmatch(key):
            last_num = 0  # a new series counts from 1
        notes.append(Note(key, text, tuple(b.block_id for b in bl), bl[0].page,
                          mk[0] if mk else None, mk[1] if mk else None))
    for key, (bid, off) in markers.items():
        if key not in parts:
            warnings.append(Problem("", "layout", f"marker {key} at offset {off} ({bid}) has no note"))
    return notes, warnings
