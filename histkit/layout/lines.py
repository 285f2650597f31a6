"""Lines of PDF-extracted text, and what a line's shape says (heading, finished sentence, label).

The walk, the zones and the search for running heads all read a line's
shape; the words that label sections (`Summary`, `Notes`, `Keywords`) are
read here from ``histkit/data/layout/section_labels.csv``.

>>> [(ln.no, ln.s, ln.blank) for ln in split_lines("Uvod\\n_____\\n")]
[(0, 'Uvod', False), (1, '_____', True)]
>>> heading_shape("2. The Crisis"), finished("... in 1951).8"), label_of(" Резиме:")
(True, True, 'резиме')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..data import data_rows
from ..text import plain_typography
from ..patterns import compiled

_FINAL = ".!?…"
_CLOSERS = "”\"’'»)]"

def _labels(role: str) -> tuple[str, ...]:
    """The section labels of ``role`` in ``histkit/data/layout/section_labels.csv``, a list a user can extend:
    ``notes`` heads a section of notes, ``front`` labels front matter (an abstract, key words; a label ending in a
    colon counts only with it: `Résumé:` opens an abstract, `Résumé` heads a summary at the back), ``back``
    labels back matter (summaries, bibliographies, statements), ``section`` other known headings."""
    return tuple(row["label"].lower() for row in data_rows("layout", "section_labels.csv") if row["role"] == role)


ENDNOTE_HEADS = _labels("notes")
FRONT_LABELS = _labels("front")
BACK_LABELS = _labels("back")
SECTION_WORDS = set(BACK_LABELS) | set(ENDNOTE_HEADS) | set(_labels("section"))
# possessive white space: a label followed by a long run of spaces is read in linear time, not cubic
_LABEL_RE = compiled(r"\s*+([^\W\d_][\w\- ]{0,40}?)\s*+[:.]?\s*+$")
HEAD_NUMBERING = compiled(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.)\s+\S")
_RULE = compiled(r"[_\-–—=─━]{3,}")


@dataclass
class Line:
    """Line ``no`` (0-based) of a text, ``text[start:end]``; ``s`` is the line without its ``\\n``."""

    no: int
    start: int
    end: int
    s: str
    #: Empty, or a rule drawn above the footnotes (`________`, `-----`): no text either way.
    #: Set when the line is made (every line is asked, many times: a cached property's lock costs more).
    blank: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        t = self.s.strip()
        self.blank = not t or (len(t) >= 3 and _RULE.fullmatch(t) is not None)


def split_lines(text: str) -> list[Line]:
    """The lines of a text; together they hold every character of it.

    >>> [(ln.start, ln.end, ln.s) for ln in split_lines("88\\n\\fText")]
    [(0, 3, '88'), (3, 8, '\\x0cText')]
    """
    # only `\n` ends a line: a form feed (`\f`, how pdftotext marks a new page) starts one
    lines, pos, no = [], 0, 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end + 1
        lines.append(Line(no, pos, end, text[pos:end].rstrip("\n")))
        pos, no = end, no + 1
    return lines


def letters(s: str) -> list[str]:
    """The letters of a line.

    >>> "".join(letters("88 JOURNAL, 3/2021"))
    'JOURNAL'
    """
    return [c for c in s if c.isalpha()]


def caps_ratio(s: str) -> float:
    """The share of a line's letters that are capitals (0.0 with no letters).

    >>> caps_ratio("88 JOURNAL OF STUDIES"), caps_ratio("Tito")
    (1.0, 0.25)
    """
    found = letters(s)
    return sum(c.isupper() for c in found) / len(found) if found else 0.0


def label_of(s: str) -> str:
    """The lower-cased text of a line that is a bare label (`Summary`, ` Резиме:`), else ''.

    >>> label_of(" Резиме:"), label_of("Key  Words."), label_of("Tito met Spaak, then left.")
    ('резиме', 'key words', '')
    """
    m = _LABEL_RE.fullmatch(plain_typography(s))
    return " ".join(m.group(1).lower().split()) if m else ""


_LABEL_STARTS: dict[tuple[str, ...], re.Pattern] = {}


def starts_with_label(s: str, labels: tuple[str, ...]) -> bool:
    """Is the line a label alone (`Summary`) or a label and its colon (`Keywords: ...`)?

    >>> starts_with_label("Keywords: Tito, Spaak", FRONT_LABELS), starts_with_label("Summary of talks", BACK_LABELS)
    (True, False)
    """
    rx = _LABEL_STARTS.get(labels)
    if rx is None:
        bare = "|".join(re.escape(lab) for lab in labels if not lab.endswith(":"))
        colon = "".join("|" + re.escape(lab) for lab in labels if lab.endswith(":"))
        rx = _LABEL_STARTS[labels] = re.compile(rf"(?:(?:{bare})(?:$| ?[:：՝፦፥]|\. (?=[^\W\d_])){colon})")
    return rx.match(plain_typography(s).strip().lower()) is not None


_END_MARKER = compiled(r"(?<=[^\s\d])\s?\d{1,3}$")


def _strip_marker(s: str) -> str:
    s = s.rstrip()
    # a marker is the last four characters at most: search there, not along the whole block
    m = _END_MARKER.search(s, max(0, len(s) - 5))
    if m and (m.start() == 0 or not s[m.start() - 1].isdigit()):
        s = s[: m.start()].rstrip()
    return s


def finished(s: str) -> bool:
    """Does this line end a sentence (`...time.8`, `...1951).`, `...” 42`)?

    >>> finished("... in that time.8"), finished("... the Yugoslav issue")
    (True, False)
    """
    s = _strip_marker(s).rstrip(_CLOSERS).rstrip()
    return bool(s) and (s[-1] in _FINAL or s[-1] == ":")


def note_open(s: str) -> bool:
    """Does a note line stop in mid-sentence, so its text must go on?

    >>> note_open("1 AJ, fond 507, Pismo upućeno"), note_open("1 AJ, fond 507.")
    (True, False)
    """
    s = s.rstrip()
    return bool(s) and (s[-1].isalpha() or s[-1] in ",;:/(–—-\u00ad")


def starts_low(s: str) -> bool:
    """Does the line go on from the line before (a lower-case word, a digit, a bracket or punctuation)?

    >>> starts_low(" gaged in this regard"), starts_low("(1950)"), starts_low("The war")
    (True, True, False)
    """
    t = s.lstrip()
    return bool(t) and (t[0].islower() or t[0] in "([,;:–—-/" or t[0].isdigit())


def resumes_page(s: str) -> bool:
    """A line beginning with exactly one space: how PDF text marks where a page's body resumes.

    >>> resumes_page(" archives of the ministry"), resumes_page("  indented quotation")
    (True, False)
    """
    return len(s) > 1 and s[0] == " " and not s[1].isspace()


def heading_shape(s: str) -> bool:
    """Is the line shaped like a heading: short, capitalised or numbered, not ending like a sentence?

    >>> heading_shape("2. The Crisis"), heading_shape("The Crisis of 1948."), heading_shape("was over.8")
    (True, False, False)
    """
    t = s.strip()
    if not t or len(t) > 90 or t[-1] in ".,;:-\u00ad" or not letters(t):
        return False
    words = t.split()
    if len(words) > 12:
        return False
    # a sentence with its note marker (`... godine.8`) is text, not a heading
    bare = _strip_marker(t)
    if bare != t and bare.rstrip(_CLOSERS)[-1:] in ".,;:":
        return False
    first = next(c for c in t if c.isalpha() or c.isdigit())
    if first.isdigit():
        return bool(HEAD_NUMBERING.match(t))
    return first.isupper()


def looks_like_name(s: str) -> bool:
    """`Marta Horvat`, `I. P. Petrov`, `Ivana M. KOVAČEVIĆ`: an author line, not a heading.

    >>> looks_like_name("Ivana M. KOVAČEVIĆ"), looks_like_name("Tito and the West")
    (True, False)
    """
    words = s.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and (w.rstrip(".,*∗†").isalpha()) for w in words) and \
        label_of(s) not in BACK_LABELS
