"""An op. cit. phrase of a language no list knows, after a surname cited before: `Kaya, zor vek tilan qor, s. 40`.

The op. cit. words of the languages met so far are data, and `repeatshape`
reads one or two short words of any language by their shape; a language whose
"the work cited above" takes three words or more (`iṣẹ́ tí a tọ́ka sí`,
`يۇقىرىدا تىلغا ئېلىنغان ئەسەر`), or an unspaced script (`山本前掲書`), is read
as a new work with that phrase for its title. What gives it away is what the
document cited before: the author's surname names an earlier work, and the
phrase shares no word with any title of that author, as a short title does
(`Kaya, Köy, s. 40` repeats *Köy ve Kent*). Then the row is a repeat of the
author's latest work, as op. cit. is, and takes its fields.

Only a row printed as nothing but the surname, the phrase and the cited pages
is read so (no year, no quoted title, no container): a new work of the same
author cited without a year has more to it, and a quoted title is a title.
In a script with capitals, the phrase opens in small letters, unless a full
stop ends the name before it (GOST's `Karimova S. Koʻrsatilgan asar.`): after a
comma a capital opens a short title (`Kaya, Başka Kitap, s. 42`).
"""

from __future__ import annotations

import re

from ..evaluate import fold
from .read import YEAR
from .repeats import surname
from ..patterns import compiled

#: The most words a phrase for "the work cited" has; a longer stretch is a title.
_MOST_WORDS = 6

# what may stand between the surname and the phrase, and between the phrase and the pages
_GLUE = r"[\s,.:;،、，。]*"
# the pages: numbers and at most two short words (`o.i. 140`, `77-بەت`, `77頁`, `pp. 12–14`)
_PAGES = compiled(r"[^\W\d_]{0,6}\.?\s*(?:[^\W\d_]{1,6}\.?\s*)?\d[\d\w\s.,–—-]{0,20}?[.。۔]?")
_QUOTES = set("«»\"“”„‘’‹›「」『』")
_FIELDS = ("title", "container", "volume", "issue", "place", "publisher", "year")
#: ``ref_of`` of a rule row that says it repeats a work (`Ekdahl a.a. s. 335`, `Dupont, op. cit.`) the rules did not
#: read: the model may have (`pending_linked`).
PENDING = "?"


def relinked_phrases(rows: list[dict]) -> list[dict]:
    """``rows`` (a references table's rows, in document order) with each unlinked row whose title is an unknown
    op. cit. phrase after a surname cited before linked (``ref_of``) to that author's latest work, with its fields.

    >>> rows = [{"doc_id": "d", "note_no": "1", "seq": 1, "authors": "Osman Kaya", "title": "Köy ve Kent",
    ...          "year": "2004", "ref_of": "", "raw": "Osman Kaya, Köy ve Kent, İstanbul, 2004, s. 12."},
    ...         {"doc_id": "d", "note_no": "2", "seq": 1, "authors": "Kaya", "title": "zor vek tilan qor",
    ...          "year": "", "ref_of": "", "raw": "Kaya, zor vek tilan qor, s. 40."}]
    >>> [(r["ref_of"], r["title"], r["year"]) for r in relinked_phrases(rows)][1]
    ('1:1', 'Köy ve Kent', '2004')
    """
    works: dict[str, list[tuple[str, dict]]] = {}
    out = []
    for row in rows:
        seen = works.setdefault(row["doc_id"], [])
        target = _repeated_work(row, seen)
        if target:
            label, work = target
            row = dict(row, ref_of=label, **{f: work.get(f) for f in _FIELDS if f in work and _text(work.get(f))})
        elif not _text(row.get("ref_of")):
            seen.append((f"{row['note_no']}:{row['seq']}", row))
        out.append(row)
    return out


def _repeated_work(row: dict, seen: list[tuple[str, dict]]) -> tuple[str, dict] | None:
    """The (label, row) of the earlier work ``row`` repeats with an op. cit. phrase, or None."""
    if _text(row.get("ref_of")) or _text(row.get("year")) or _text(row.get("container")):
        return None
    name, phrase, raw = surname(_text(row.get("authors"))), _text(row.get("title")).strip(" ,.:;"), _text(row.get("raw"))
    if not name or not phrase or not _only_phrase(raw, _text(row.get("authors")), phrase):
        return None
    by_author = [(label, work) for label, work in seen
                 if surname(_text(work.get("authors"))) == name and _text(work.get("title"))]
    if not by_author or any(_shares_a_word(phrase, _text(work.get("title"))) for _, work in by_author):
        return None
    return by_author[-1]


def _only_phrase(raw: str, authors: str, phrase: str) -> bool:
    """Whether ``raw`` is the authors, the phrase (short, unquoted, without digits) and the cited pages, nothing else.

    >>> _only_phrase("Kaya, zor vek tilan qor, s. 40.", "Kaya", "zor vek tilan qor")
    True
    >>> _only_phrase("Kaya, zor vek, in Tarih, Ankara, s. 40.", "Kaya", "zor vek")
    False
    >>> _only_phrase("Kaya, Başka Kitap, s. 40.", "Kaya", "Başka Kitap")
    False
    """
    if YEAR.search(raw) or any(ch in _QUOTES for ch in raw) or re.search(r"\d", phrase) \
            or len(phrase.split()) > _MOST_WORDS:
        return False
    at = raw.find(authors.strip())
    start = raw.find(phrase, at + len(authors.strip())) if at == 0 else -1
    glue = raw[len(authors.strip()):start] if start >= 0 else ""
    if start < 0 or re.fullmatch(_GLUE, glue) is None or phrase[0].isupper() and "." not in glue:
        return False  # (a capital after a comma opens a short title, `Kaya, Başka Kitap`; after a full stop, GOST's `Op. cit.`)
    rest = raw[start + len(phrase):]
    rest = re.sub(rf"^{_GLUE}", "", rest).strip()
    return not rest or _PAGES.fullmatch(rest) is not None


def _shares_a_word(phrase: str, title: str) -> bool:
    """Whether ``phrase`` could be a short title of ``title``: a word of two letters or more in common, or (an unspaced
    script) the whole phrase within it.

    >>> _shares_a_word("Köy", "Köy ve Kent"), _shares_a_word("zor vek", "Köy ve Kent"), _shares_a_word("前掲書", "明治期製糸業")
    (True, False, False)
    """
    mine, theirs = fold(phrase), fold(title)
    words = set(theirs.split())
    return len(mine) >= 2 and mine in theirs or any(len(w) >= 2 and w in words for w in mine.split())


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def pending_linked(rows: list[dict], link) -> list[dict]:
    """``rows`` with the ``PENDING`` ones (a repeat of a work the rules did not read) linked by ``link`` (rows →
    rows: the merge's resolving by the repeat's word, `repeats.repeated`) and given the fields of the work they
    repeat, its title for their op. cit. word; those still linked to nothing are left out: they name no work.

    >>> rows = [{"doc_id": "d", "note_no": "1", "seq": 1, "ref_of": "", "title": "Köy ve Kent", "year": "2004"},
    ...         {"doc_id": "d", "note_no": "2", "seq": 1, "ref_of": PENDING, "title": "a.a.", "year": ""},
    ...         {"doc_id": "d", "note_no": "3", "seq": 1, "ref_of": PENDING, "title": "op. cit.", "year": ""}]
    >>> link = lambda rows: [dict(row, ref_of="1:1") if row["note_no"] == "2" else row for row in rows]
    >>> [(r["note_no"], r["title"], r["year"]) for r in pending_linked(rows, link)]
    [('1', 'Köy ve Kent', '2004'), ('2', 'Köy ve Kent', '2004')]
    """
    pending = [_text(row.get("ref_of")) == PENDING for row in rows]
    # (its op. cit. word is no title: no other repeat's short title, `a.a.`, is taken for it)
    linked = link([dict(row, ref_of="", title="") if waiting else row for row, waiting in zip(rows, pending)])
    works = {(row["doc_id"], f"{row['note_no']}:{row['seq']}"): row for row in linked}
    out = []
    for row, waiting in zip(linked, pending):
        work = works.get((row["doc_id"], _text(row.get("ref_of")))) if waiting else row
        if work is None:
            continue
        if waiting:
            row = dict(row, **{f: work.get(f) for f in _FIELDS if f in work and _text(work.get(f))})
        out.append(row)
    return out
