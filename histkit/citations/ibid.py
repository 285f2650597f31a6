"""Ibid. and the other citations that lean on an earlier one: their words, and what they repeat.

Ibid. is also Ebd./Ebenda, Isto, Prav tam, Ivi, Tamże, Tamtéž, Там же, Пак там,
Uo., Po aty; ``Idem``/``Id.``, Greek ``Ό.π.`` and a bare ``Op. cit.`` only when
nothing but pages follows: the words are ``ibid.csv``'s (kinds ``ibid`` and
``same``). A document's `History` says which earlier citation such a citation
repeats; `repeat` points to it and takes over its fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .holdings import starts_with_fond
from ..dates import find_undated
from .names import is_name
from .partedforms import list_forms_parted
from .words import UPPER, alternation
from ..patterns import compiled

# `see also`, `gl. tudi`, `vgl. auch` opening a citation: one added in passing after the note's main one
# (parted by their first letters, `partedforms`: re tried the 300 words one by one after each `;` and `.` of a note)
_SEE_ALSO_WORDS = list_forms_parted(("see_also.csv",), ("reference_words.csv", "see_also"))
_SEE_ALSO = compiled(rf"{_SEE_ALSO_WORDS}\s", re.IGNORECASE)
# (the same just before a citation, after the main one's end, where the splitter cut it off as a lead-in)
_SEE_ALSO_BEFORE = compiled(rf"[;.]\s*{_SEE_ALSO_WORDS}\s*:?\s*$", re.IGNORECASE)
_PAGE_NUMBER = compiled(r"\d+")
_EXTENT = compiled(r"(\d+)\s*[–—-]\s*(\d+)")


def _outside_extent(tail: str, reference: dict) -> bool:
    """Whether the page an Ibid.'s ``tail`` cites lies outside the pages an article or chapter (``reference``: one in
    a container) runs over: then the Ibid. cannot repeat it (a book's pages are the ones it cited: any may follow)."""
    page, extent = _PAGE_NUMBER.search(tail), _EXTENT.fullmatch(str(reference.get("pages", "")).strip())
    if not (page and extent and reference.get("container")):
        return False
    first, last = int(extent.group(1)), int(extent.group(2))
    last = last if last >= first else int(extent.group(1)[:-len(extent.group(2))] + extent.group(2))  # `233–58`
    return not first <= int(page.group()) <= last

#: Words for "the same place as the last citation", in the languages of the notes met so far (``ibid.csv``).
_IBID_WORDS = r"(?:" + alternation("ibid.csv", "ibid") + r")"

# `Idem`, `Id.` and a bare `Op. cit.` repeat the last citation only when nothing but pages follows
# (`Idem, La puissance en Europe, …` is the same author's other work)
_SAME_WORDS = r"(?:" + alternation("ibid.csv", "same") + r")"  # Greek `Ό.π.` is op. cit.

# (a full stop before a capital of any script ends the tail: `Ivi, p. 313. È il caso …`, not only one of A-Z)
_IBID_TAIL = (rf"(?:[^.;]|\.(?!\s+(?-i:[{UPPER}]))|(?<=\d)\.(?=\s+[^\W\d_]+\.?\s+\d{{4}})"
              r"|(?<=[^\W\d_])(?<![^\W\d_]{5})\.(?=\s+[^\W_])|(?<=\d)\.(?=\s+[^\W\d_]{1,3}\.\s*\d))*")  # `sygn. XI/124`, `Bd. 3`: an abbreviation

# US law reviews cite a note on the page (`Id. at 81 & n.12`, `id. at 5 n.3`) and a statute's section (`Id. § 1572`):
# neither is a page of the work repeated, so neither is in the match's pages
_NOTE_AT = r"(?:\s*(?:&\s*)?nn?\.\s*\d+(?:\s*[–—-]\s*\d+)?)?"
# (a regulation's section, its parts after dots and in brackets: `id. § 1606.7(b)`)
_SECTION = r"§§?\s*\d+[a-z]?(?:\.\d+)*(?:\([a-z\d]{1,4}\))*(?:\s*[–—-]\s*\d+[a-z]?(?:\.\d+)*)?"

# a call number after `Idem,`: numbers joined by a hyphen, dot or slash (`4-2-13`, `1.235`), or a short code in capitals
# and a number (`SK 350`, `JD IM 1/13/2`), the code's letters perhaps slashed (`X/52`, `D/Y/A/12/47`); not a year
# (`Idem, 1985, 45` is the author's other work) nor a title's word
_CALL = r"(?-i:\d+[-./]\d[\w/.–-]*|[A-Z]{1,4}(?:[\s/][A-Z]{1,4}){0,3}[\s/]?\d[\w/.–-]*)(?=,|\s*$)"

_AT_FR = r"\s+(?:à\s+la\s+p|aux?\s+(?:pp|paras?))\s*\d"  # the McGill Guide's French `at`: `à la p 220`, `au para 12`
# the words that point inside the work repeated, OSCOLA's after `ibid` and a space: `ibid p. 299`, `ibid para 59`,
# `ibid art 13(3)`, `ibid Annex, para 38`, `ibid s 12`, `ibid ch 4`
_LOCATOR = r"(?:pp?\.|paras?\b|arts?\b|annex\b|sch\b|ch\b|s\s+\d)"

# (OSCOLA prints no full stop after ibid and none before the page: `ibid 215.`; US law reviews `Ibid. at 5.`; the
# McGill Guide neither the full stop nor a comma before `at`: `Ibid at 318.`)
IBID = compiled(
    # (and the guide's French form `Ibid à la p 220`, `Ibid au para 12`; OSCOLA's locator words after a space, `ibid p.
    # 299`, `ibid art 13(3)`, `ibid Annex, para 38`)
    rf"{_IBID_WORDS}(?=[.,;:]|\s*$|\s+\d|\s+at\s+\d|{_AT_FR}|\s+{_LOCATOR})\.?(?:(?:\s*,\s*|\s+(?=[^\W\d_]{{1,3}}\.\s*\d)|\s+(?=\d)"
    rf"|\s+(?=at\s+\d)|(?={_AT_FR})|\s+(?={_LOCATOR}))(?P<tail>{_IBID_TAIL}))?\.?"
    # (Swedish prints the page after a space: `A.a. s. 52`; US law reviews `Id at 53` with no full stop)
    rf"|(?:\d{{1,3}}\s+(?=id\.?\s+at\s))?{_SAME_WORDS}(?=[.,;]|\s*$|\s+at\s+\d)\.?(?:\s*,\s*|\s+(?=at\s|§|[sSp]\.\s*\d))?"  # `1 id. at 42`: vol. 1
    # (the French legal houses' `Id., n° 2230`: a treatise's numbered paragraph, as its page; `Id., para. 3`)
    rf"(?:(?P<pages>(?:at\s+)?(?:(?:pp?\.|S\.|s\.|str\.|с\.|С\.|tờ|n°|nos|paras?\.?)\s*)?\d+(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)"
    # (ending the note, or before a parenthetical of the US law reviews, `(emphasis added)`, `(quoting …)`, `("…")`, or,
    # after the page and its full stop, before the author's next sentence: `Id. at 266. Precisely what …`)
    rf"{_NOTE_AT}|{_SECTION})?\.?(?=\s*$|\s*\((?=[\"“'‘a-z])|(?<=\d\.)\s+(?-i:[A-Z][a-z]))"
    # `Ό.π., φάκ. 14`, `Idem, inv.nr. 1240, ongedateerd`, `Íd., JD IM 1/13/2`, `Idem, doc. 35`: op. cit. or Idem and
    # another unit of the archive's (`unit_words.csv`, a volume, a document, or a call number's shape, `_CALL`), with its
    # date, repeat the citation too (`doc.` is on no list: a reference's `doc. 98` is its page)
    rf"|{_SAME_WORDS}(?=[.,])\.?\s*,\s*(?P<unit>(?:(?:{alternation('unit_words.csv')}|vol\.|t\.|doc\.)\s*\d|{_CALL})[^;]*?)\.?(?=\s*$)",
    re.IGNORECASE)

# `op. cit.`, `Idem` (`_SAME_WORDS`): a word that repeats a work of an author printed before it (`HARTLEY: op. cit.`)
SAME_WORD = compiled(rf"{_SAME_WORDS}(?=[.,;]|\s*$)", re.IGNORECASE)

# Chicago puts a document's description before `ibid.`: `Dulles to Embassy, 2/14/1957, ibid., 768.00/2-1457`
# (after the word for "both" too: `A to B, 9 May 1931, and B to A, 16 May 1931, both ibid.`, two documents there)
IBID_INSIDE = compiled(rf",\s+(?:(?:{alternation('both_words.csv')})\s+)?(?:{_IBID_WORDS})(?=[.,;]|\s*$)\.?(?:\s*,\s*|\s*$)",
                       re.IGNORECASE)

_INITIALS_AFTER = compiled(rf"^[^\W\d_]{{2,}}(?:\s+[{UPPER}]\.)*\s+[{UPPER}]$")

IBID_AT_SENTENCE = compiled(rf"(?<=[.!?”\"'’)])\s+(?=(?:{_IBID_WORDS}|{_SAME_WORDS})(?=[.,;]|\s*$))")


def ibid_at_sentence(piece: str) -> re.Match | None:
    """Where an Ibid. word opens a sentence inside ``piece`` (`IBID_AT_SENTENCE`), None if nowhere; not after a
    person's name alone, whose full stop ends the author of one repeat (`J. Bērzkalns. Op. cit., 60. lpp.`).

    >>> ibid_at_sentence("J. Bērzkalns. Op. cit., 60. lpp."), ibid_at_sentence("So he wrote. Ibid., p. 4.").start()
    (None, 12)
    >>> ibid_at_sentence("Whitlock S. J. Op. cit. P. 120") is None
    True
    """
    found = IBID_AT_SENTENCE.search(piece)
    # (a short lead word and its colon before the name: `Sal.: Šmits. Op. cit.`)
    head = re.sub(r"^[^\W\d_]{1,5}\.?:\s*", "", piece[:found.start()].rstrip().removesuffix(".")) if found else ""
    # (a name's last word as long as a lead word's is none: `Vgl. Ebd.`, `Cf. Ibid.`; a surname and its initials, GOST's
    # order, is one: `Whitlock S. J. Op. cit.`)
    if head and is_name(head) and (len(head.split()[-1]) > 3 or _INITIALS_AFTER.search(head)):
        return None
    return found


def ibid_tail(ibid: re.Match) -> str:
    """What follows the Ibid. words of an `IBID` match: pages, a unit, another document.

    >>> ibid_tail(IBID.match("Ebd., Bl. 45.")), ibid_tail(IBID.match("Idem, p. 4."))
    ('Bl. 45', 'p. 4')

    A mark saying the document has no date is no part of its unit (the row's date is left empty for it elsewhere):

    >>> ibid_tail(IBID.match("Ibídem, carpeta 13, sin fecha.")), ibid_tail(IBID.match("Idem, vol. 46, n.d."))
    ('carpeta 13', 'vol. 46')
    """
    groups = ibid.groupdict()  # (an Ibid. read from its shape, `ibidshape`, has pages and no tail)
    tail = re.sub(r"(?<=\d)\s*\.$", "", (groups.get("tail") or groups.get("pages") or groups.get("unit") or "").strip())
    # (`vol. 3, n.d.`, `KRK 161, päiväämätön`; the match may have left out the mark's last full stop: `vol. 46, n.d`)
    for start, end in reversed(find_undated(tail + ".")):
        tail = (tail[:start].rstrip(" ,;") + tail[end:].lstrip(" .")).strip()
    return tail


#: The fields an Ibid. (or another file of the same archive) takes over from the citation it leans on.
REPEATED_FIELDS = ("archive", "archive_name", "fond", "collection", "unit", "title", "date_start", "date_end",
                   "date_precision", "place", "fond_year", "date_source", "ref_of")

# What makes an Ibid. with a tail (`ibid., 11/II-2, Report of 19 January`) another document of the same file.
_DOCUMENT_FIELDS = ("unit", "title", "date_start")


def label(row: dict) -> str:
    """A citation's label within its document, ``note_no:seq``, which ``ibid_of`` and ``ref_of`` hold.

    >>> label({"note_no": "12", "seq": 2})
    '12:2'
    """
    return f"{row['note_no']}:{row['seq']}"


def _same_page_mark(tail: str, raw: str) -> bool:
    """Whether ``tail`` opens with the mark (`f.`) ``raw``, a work cited before, printed before its own pages' number.

    >>> _same_page_mark("f. 19", "Toska, «Shoqëria», Studime, nr. 3, 1990, f. 12-30"), _same_page_mark("ф. 52", "Там же, с. 4")
    (True, False)
    """
    mark = re.match(r"[^\W\d_]{1,4}\.?", tail.strip())
    return mark is not None and re.search(rf"(?<![^\W\d_]){re.escape(mark.group())}\s*\d", raw) is not None


def _unit_word_of(tail: str, archival: dict) -> bool:
    """Whether ``tail`` opens with the word the unit of the ``archival`` citation is numbered by: `Ibidem, inv.nr. 2013`
    after a book is another file of the archive cited before it (`…, inv.nr. 2011`), which no book's pages are.

    >>> _unit_word_of("inv.nr. 2013, brief", {"unit": "inv.nr. 2011"}), _unit_word_of("p. 4", {"unit": "inv.nr. 2011"})
    (True, False)
    """
    word = re.match(r"\s*([^\W\d_][^\d,]{0,11}?)\s*\d", tail)
    return word is not None and any(re.match(rf"{re.escape(word.group(1))}\s*\d", part.strip())
                                    for part in archival.get("unit", "").split(", "))


@dataclass
class History:
    """A document's citations so far, as a later one may lean on them (Ibid., short titles).

    >>> history = History()
    >>> history.add({"note_no": "1", "seq": 1, "kind": "archival", "archive": "TNA", "ibid_of": ""})
    >>> history.ibid_of(history.last), history.last_in_note("1")["archive"], history.last_in_note("2")
    ('1:1', 'TNA', None)
    """

    last: dict | None = None
    last_archival: dict | None = None
    by_label: dict[str, dict] = field(default_factory=dict)
    references: list[tuple[str, dict]] = field(default_factory=list)  # (label, reference) of the literature cited

    def add(self, row: dict, note: str = "") -> None:
        """Remember a citation once it is read, as the last one and by its label; ``note`` is its note's text, where
        a word for "see also" the splitter cut from it may stand (`…; gl. tudi Repe, …`)."""
        if row["kind"] == "ibid" and row["ibid_of"]:  # an Ibid. that names a document of its own is repeated in turn
            source = self.by_label.get(row["ibid_of"])
            row["_new_document"] = source is not None and any(row[c] != source[c] for c in _DOCUMENT_FIELDS)
        self.by_label[label(row)] = row
        if row["kind"] == "literature" and self.last is not None and self.last["note_no"] == row["note_no"]:
            if _SEE_ALSO.match(row["raw"]):
                return  # `…, Poročilo; see also Repe, »Slovenci …«`: a reference added in passing is not what Ibid. repeats
            if _SEE_ALSO_BEFORE.search(note, 0, row["char_start"] or 0):
                row["_in_passing_after"] = self.last  # unless its pages are: `repeated_by`
        self.last = row
        if row["kind"] == "archival" or (row["kind"] == "ibid" and row["archive"]):
            self.last_archival = row

    def last_in_note(self, note_no: str) -> dict | None:
        """The last citation when it is in note ``note_no`` and names an archive: what a bare call number continues."""
        last = self.last
        return last if last is not None and last["note_no"] == note_no and last["archive"] else None

    def repeated_by(self, tail: str) -> dict | None:
        """The citation an Ibid. with ``tail`` repeats: the last one, but the last archival one for another fond.

        ``Там же, ф. 52, …`` after a book is another fond of the archive cited before the book; ``Po aty, f. 19``
        after a book that cited its pages with ``f.`` is a page of the book.
        """
        if self.last is not None and self.last["kind"] != "archival" and self.last_archival is not None \
                and (starts_with_fond(tail) or _unit_word_of(tail, self.last_archival)) \
                and not _same_page_mark(tail, self.last["raw"]):
            return self.last_archival
        main = self.last.get("_in_passing_after") if self.last is not None else None
        # (its reference is among the last read: looked for from the end)
        if main is not None and _outside_extent(tail, next(
                (r for k, r in reversed(self.references) if k == label(self.last)), {})):
            return main  # (`…; gl. tudi Repe, »…«, Prispevki …: 41–56.` then `Prav tam, 3.`: not a page of the article)
        return self.last

    def ibid_of(self, target: dict) -> str:
        """The label an Ibid. of ``target`` points to: the citation it repeats, followed back through plain Ibid. repeats.

        An Ibid. that named a document of its own (another unit, title or date)
        is itself the source of the Ibid. after it.
        """
        if target["kind"] == "ibid" and target["ibid_of"] and not target.get("_new_document"):
            return target["ibid_of"]
        return label(target)


def take_over(row: dict, source: dict) -> None:
    """Copy into ``row`` the archive, holding, title and date of the citation ``source`` it leans on.

    >>> row = {"kind": "ibid"}
    >>> take_over(row, {**dict.fromkeys(REPEATED_FIELDS, ""), "kind": "archival", "archive": "AJ", "unit": "507"})
    >>> row["kind"], row["archive"], row["unit"]
    ('ibid', 'AJ', '507')
    """
    for col in REPEATED_FIELDS:
        row[col] = source[col]


def repeat(row: dict, target: dict, history: History) -> None:
    """Make ``row`` an Ibid. of ``target``: point to what it repeats (``ibid_of``) and take over its fields.

    >>> history = History()
    >>> first = {**dict.fromkeys(REPEATED_FIELDS, ""), "note_no": "1", "seq": 1, "kind": "archival", "archive": "AJ",
    ...          "unit": "507", "ibid_of": ""}
    >>> history.add(first)
    >>> row = {"note_no": "2", "seq": 1, "kind": "ibid"}
    >>> repeat(row, history.last, history)
    >>> row["ibid_of"], row["archive"], row["unit"]
    ('1:1', 'AJ', '507')
    """
    # (`Isto, br. 46 i br. 47`: the second unit of one Ibid., split off it by `twounits`, repeats what the first
    # repeats, not the first, though the first names a document of its own)
    sibling = target["kind"] == "ibid" and target["ibid_of"] and row.get("char_start") is not None \
        and (target.get("note_no"), target.get("char_start")) == (row.get("note_no"), row.get("char_start"))
    row["ibid_of"] = target["ibid_of"] if sibling else history.ibid_of(target)
    take_over(row, target)
