"""A work printed where the one cited just before it in the note was, named by its author and title with the word for
"ibid." in the journal's place: `Harold M. Keane, "Rejoinder," ibid., 410–12`, `Janez Hribar, »Pripomba k
odgovoru«, prav tam, str. 127–128`, `S. Pawlak, Replika, tamże, s. 1047–1049`, `R. Valenti, Postilla, ivi, pp.
408-409`: a reply and its rejoinder, the introduction and the articles of a special issue.

The citations stage reads such a citation as an Ibid. that names a document of its own (an archive's way: `Dulles to
Embassy, 2/14/1957, ibid., 768.00`), which repeats no work, and keeps the words before the Ibid. as its ``title``.
After a work of the same note it is another work: by the writer named first (after a word for "by" where prose opens
it: `dazu die Replik von Rainer Voßkamp, ebd.`), with the title after the name, in the journal of that work (its
volume, issue and year), or, where that work is a book, in that book (`L. Sartori, Prefazione, ivi, pp. V-XIV`
after the book), at its own pages.
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from .read import YEAR

#: What the new work takes of the work before it: its journal's, or its book's, imprint.
_JOURNAL = ("container", "volume", "issue", "year")
_BOOK = ("place", "publisher", "year", "editors")


def same_journal_work(ibid: dict, leaned: dict | None) -> dict | None:
    """The reference row of the work ``ibid`` (a citations row of kind ibid) names in the journal or book of the
    reference ``leaned`` on, cited before it in the same note; None where it names none (see the module's docstring).

    >>> leaned = {"doc_id": "d", "note_no": "3", "seq": 1, "authors": "Edith Rowntree-Vale", "title": "A Reply",
    ...           "container": "Journal of Social History", "volume": "6", "issue": "3", "year": "1973", "ref_of": ""}
    >>> ibid = {"doc_id": "d", "note_no": "3", "seq": 2, "title": 'Harold M. Keane, "Rejoinder,"', "pages": "410–12",
    ...         "raw": 'Harold M. Keane, "Rejoinder," ibid., 410–12.'}
    >>> row = same_journal_work(ibid, leaned)
    >>> row["authors"], row["title"], row["container"], row["year"], row["pages"], row["ref_of"]
    ('Harold M. Keane', 'Rejoinder', 'Journal of Social History', '1973', '410–12', '')

    A later volume of the journal is the work's own (`the reply by R. B. Hensall, ibid., XXXVI (1983), pp. 592–6`):

    >>> same_journal_work(dict(ibid, title="the reply by R. B. Hensall", raw="the reply by R. B. Hensall, ibid., "
    ...                        "XXXVI (1983), pp. 592–6"), leaned)["year"]
    '1983'

    A passage of the work just cited, named with no title of its own, is none (`vgl. Camenischs Plädoyer, ebd., 91`),
    nor is an archival document described before its Ibid. (`Dulles to Embassy, 2/14/1957, ibid.`):

    >>> same_journal_work(dict(ibid, title="vgl. Camenischs Plädoyer", raw="vgl. Camenischs Plädoyer, ebd., 91."),
    ...                   leaned) is None
    True

    >>> same_journal_work(dict(ibid, title="Dulles to Embassy, 2/14/1957"), leaned) is None
    True
    """
    if leaned is None or str(leaned.get("note_no")) != str(ibid["note_no"]) or _text(leaned.get("ref_of")) \
            or not _text(leaned.get("title")) or not _text(ibid.get("title")) \
            or not _text(ibid.get("raw")).startswith(_text(ibid.get("title"))):
        return None  # (an Ibid. that opens its citation took the title of the work it repeats: `ebd., S. 315`)
    head, _, title = _text(ibid.get("title")).partition(",")
    writer, title = _writer(head), _unquoted(title)
    # (a work with no title only where prose names its writer, `dazu die Replik von Rainer Voßkamp, ebd.`: not
    # `vgl. Camenischs Plädoyer, ebd., 91`, a passage of the book just cited)
    if not writer or re.search(r"\d", title) or not (title or _by_word(head)):
        return None
    work = {field: "" for field in ("container", "volume", "issue", "place", "publisher", "year", "editors")}
    own = re.search(YEAR, _text(ibid.get("raw"))[len(_text(ibid.get("title"))):])
    if _text(leaned.get("container")) and own:  # (`la réponse de Louis Tessier, *ibid.*, t. 63, 1991, p. 33-41`:
        work.update(container=leaned.get("container", ""), year=own.group())  # a later volume, its own year)
    elif _text(leaned.get("container")):  # (an article's journal)
        work.update({field: leaned.get(field, "") for field in _JOURNAL})
    else:  # (a book's part: its preface, afterword, a chapter)
        work.update({field: leaned.get(field, "") for field in _BOOK}, container=_text(leaned.get("title")))
    return dict(leaned, **work, authors=writer, title=title, doc_id=ibid["doc_id"], note_no=ibid["note_no"],
                seq=ibid["seq"], raw=ibid["raw"], pages=ibid.get("pages", ""), ref_of="")


def _writer(head: str) -> str:
    """The writer's name ``head`` ends with: what follows its last word for "by" (`dazu die Replik von Rainer
    Voßkamp`), or all of it where it is a name's shape, or the name after words in small letters; else ''.

    >>> _writer("Harold M. Keane"), _writer("dazu die Replik von Rainer Voßkamp"), _writer("in particolare P. Donati")
    ('Harold M. Keane', 'Rainer Voßkamp', 'P. Donati')
    >>> _writer("Dulles to Embassy"), _writer("the minute of 3 May")
    ('', '')
    """
    words = head.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in _by_words():
            words = words[k + 1:]
            break
    # (or the name after words of prose in small letters: `in particolare P. Donati`, `darin besonders Klaus Derfflinger`)
    named = len(words)
    while named > 0 and _name_word(words[named - 1]) and len(words) - named < 4:
        named -= 1
    if named > 0 and (not words[named - 1][:1].islower() or len(words) - named < 2):
        return ""  # (a name after prose has a first name or an initial: not `Dulles to Embassy`)
    return " ".join(words[named:])


def _by_word(head: str) -> bool:
    """Whether ``head`` holds a word for "by" (`Replik von`, `the reply by`, `la réplique de`)."""
    return any(word.lower() in _by_words() for word in head.split())


def _name_word(word: str) -> bool:
    """A word of a person's name: an initial or a word opening with a capital (`J.-C.`, `Rowntree-Vale`, `M.`)."""
    return word[:1].isupper() and (word.endswith(".") or word.replace("-", "").replace("'", "").isalpha())


@functools.cache
def _by_words() -> frozenset[str]:
    """The words for "by" (``by_words.csv``), in small letters."""
    return frozenset(row["form"].strip().lower() for row in data_rows("citations", "by_words.csv"))


def _unquoted(title: str) -> str:
    return title.strip().strip(",").strip().strip("„“”\"«»‘’‚*").strip(" ,").strip("„“”\"«»‘’‚*").strip()


def _text(value) -> str:
    return "" if value is None or value != value else str(value).strip()


def titled_ibid_rows(references: list[dict]) -> list[dict]:
    """``references`` (one document's rows, in note order) with each row whose title ends in a word for "ibid." after
    its closing quote (`Harold M. Keane, "Rejoinder," ibid., 410–12`: Chicago's comma inside the quotes, which the
    citations stage reads as a title, not an Ibid.) as a work in the journal or book of the row before it in the note
    (`same_journal_work`).

    >>> rows = [{"doc_id": "d", "note_no": "5", "seq": 1, "authors": "", "title": "Forum", "container": "ILWCH",
    ...          "volume": "", "issue": "9", "year": "1976", "ref_of": ""},
    ...         {"doc_id": "d", "note_no": "5", "seq": 2, "authors": "Lorna Fitch", "ref_of": "2:1", "pages": "14–22",
    ...          "title": 'Class without Consciousness?," ibid.',
    ...          "raw": 'Lorna Fitch, "Class without Consciousness?," ibid., 14–22.'}]
    >>> [(row["title"], row["container"], row["year"], row["ref_of"]) for row in titled_ibid_rows(rows)][1]
    ('Class without Consciousness?', 'ILWCH', '1976', '')
    """
    out = []
    for row in references:
        found = _titled_ibid().match(_text(row.get("raw")))
        before = out[-1] if out and str(out[-1]["note_no"]) == str(row["note_no"]) else None
        if found is None or before is None:
            out.append(row)
            continue
        # (its title as printed: the rules may have taken it for a short title of the work before, and replaced it)
        ibid = dict(row, title=found.group("head"), raw=found.group("head"))
        work = same_journal_work(ibid, dict(before, ref_of=""))
        out.append(row if work is None else dict(row, **{k: v for k, v in work.items() if k != "raw"}))
    return out


@functools.cache
def _titled_ibid() -> re.Pattern:
    forms = sorted({row["form"] for row in data_rows("citations", "ibid.csv") if row.get("kind") == "ibid"},
                   key=len, reverse=True)
    return re.compile(rf"(?P<head>[^,]+,\s*[“\"‘«].+?)[,.]?\s*[”\"’»]\s*,?\s+(?:{'|'.join(map(re.escape, forms))})\.?"
                      r"(?:,|\s*$)", re.IGNORECASE)
