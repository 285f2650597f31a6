"""Journal abbreviations an article defines (`… Kwartalnik Historyczny (hereafter KH)`), and the short citations that
use them (`KH 12 (1990), 45`, `Nowak, Kasy, KH 12, 1990, 45`); and the sigla it defines for a work, collected works
above all (`R. Descartes, Œuvres, …, p. 112 (désormais AT)`), and the citations by them (`AT VI, 165`, `GS, Bd. 3,
S. 12`, `WFB, 2:415`).

`definitions.py` learns a journal's abbreviation where a word for "hereafter" (``data/citations/hereafter.csv``)
defines it after a name that is not an archive's; `learn_work` a work's siglum where such a bracket ends a literature
reference. `read_journal_short` reads a citation that names the journal or the work by it: a work's siglum cites that
work again, so the citation gets its authors and title, and the short titles' resolver links it to it (``ref_of``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .words import YEAR, alternation
from ..patterns import compiled


class Work(NamedTuple):
    """A work an article cites by a siglum it defines: its authors, title and volume as the defining reference reads
    them; ``edition``: its names are its editors', printed after its title, so each volume is a book of its own (a
    citation of another volume by the siglum is a reference, not a repeat), where an author's collected works are one
    work (`AT I, 239` repeats `R. Descartes, Œuvres, …, t. VI, … (désormais AT)`)."""

    authors: str
    title: str
    volume: str = ""
    edition: bool = False


# a volume printed at the end of an edition's title, a series' part and its volume (`Württembergische Landtagsakten
# II/4, hg. v. …`)
_TITLE_VOLUME = compiled(r"\s+(?P<volume>(?:[IVXLC]+|\d{1,3})/\d{1,3})$")


# the bracket that ends a reference defining a siglum for it: `(désormais AT)`, `(hereafter WFB)`, `(im Folgenden: GS)`;
# a calendar's siglum with the years of its volume, `(hereafter CPR 1422–29)`
_DEFINED = compiled(rf"[(（]\s*(?:{alternation('hereafter.csv')})\s*[:,–—-]?\s*(?P<abbr>[^\W\d_][\w.-]{{0,15}}"
                    r"(?:\s\d{4}[–—-]\d{1,4})?)\s*[)）]\W*$", re.IGNORECASE)

# such a bracket after the work's title, before its volume and pages, square too, the siglum of up to four words: a
# source edition's `Zbornik dokumentov …, Boji v Sloveniji [dalje ZDP NOV VI], knj. 14 (Ljubljana: …, 1972), 68`
_DEFINED_INSIDE = compiled(rf"[(\[（]\s*(?:{alternation('hereafter.csv')})\s*[:,–—-]?\s*(?P<abbr>[^\W\d_][\w.-]{{0,15}}"
                           r"(?: [^\W\d_][\w.-]{0,15}){0,3})\s*[)\]）]", re.IGNORECASE)

# a journal's name: a few words, no digits (`Kwartalnik Historyczny`, `Zeitschrift der Savigny-Stiftung`); a society's
# memoirs may take twenty (`Mémoires de la Société pour l'histoire du droit et des institutions des anciens pays …`)
_JOURNAL_NAME = compiled(r"[^\W\d_][^\d()]{1,158}[^\W\d_]")

# what may wrap a journal's name where it is declared: the word for "in" before it and its quotes (`in «Rivista di
# storia del diritto italiano» (d'ora in poi RSDI)`, `„Czasopismo Prawno-Historyczne” (dalej: CPH)`, `in: ZNR`)
_IN_WORD = compiled(r"^[^\W\d_]{1,4}:?\s+(?=[«„“\"'‘])|^[^\W\d_]{1,4}:\s+")
_QUOTED = compiled(r"[«„“\"'‘]\s*(?P<name>[^«»„“”\"]+?)\s*[»”“\"'’]")


def is_journal_name(name: str) -> bool:
    """Whether ``name`` may be a journal's: two to twenty words, no digits or brackets.

    >>> is_journal_name("Kwartalnik Historyczny"), is_journal_name("Brief vom 3. Mai 1950")
    (True, False)
    """
    return _JOURNAL_NAME.fullmatch(name) is not None and 2 <= len(name.split()) <= 20


def container_name(text: str) -> str:
    """A container's name as declared, without the word for "in" and the quotes around it.

    >>> container_name("in «Rivista di storia del diritto italiano»"), container_name("„Czasopismo Prawno-Historyczne”")
    ('Rivista di storia del diritto italiano', 'Czasopismo Prawno-Historyczne')
    >>> container_name("in: Zeitschrift für Neuere Rechtsgeschichte"), container_name("Law and History Review")
    ('Zeitschrift für Neuere Rechtsgeschichte', 'Law and History Review')
    """
    text = text.strip()
    lead = _IN_WORD.match(text)
    quoted = _QUOTED.fullmatch(text, lead.end() if lead else 0)
    return quoted.group("name") if quoted else text[lead.end():] if lead else text


@functools.lru_cache(maxsize=256)
def _short(abbreviations: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(abbreviations, key=len, reverse=True))
    # `[Authors, [Title, ]]KH 12 (1990), 45` or `KH 12, 1990, 45–50`
    # (the definition itself may stand after the name: `Kwartalnik Historyczny (hereafter KH) 95 (1988), 3`)
    # (in quotes, a comma after: `«RSDI», 70 (1997), pp. 5-9`)
    return re.compile(rf"^(?:(?P<head>.{{2,300}}?),\s*)?[«„“\"]?(?P<abbr>{names})[»”“\"]?(?:\s*\([^()]{{1,40}}\))?,?\s+(?P<volume>\d{{1,4}})\s*"
                      rf"(?:\((?P<year>{YEAR})\)|,\s*(?P<year_after>{YEAR}))(?![\d–—-])"
                      r"(?:\s*,?\s*(?:(?:pp?|S|s|str)\.\s*)?(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?))?\s*\.?\s*$")


def learn_work(raw: str, ref: dict, journals: dict) -> None:
    """Learn the siglum a literature reference defines for its work (``raw`` ends with the bracket) into ``journals``.

    >>> journals = {}
    >>> learn_work("R. Descartes, Œuvres, Paris, Vrin, 1966, t. VI, p. 112 (désormais AT).",
    ...            {"authors": "R. Descartes", "title": "Œuvres", "volume": "VI"}, journals)
    >>> journals
    {'AT': Work(authors='R. Descartes', title='Œuvres', volume='VI', edition=False)}
    """
    found = _DEFINED.search(raw) or _DEFINED_INSIDE.search(raw)
    if found and ref.get("title") and found.group("abbr") not in journals:
        title, volume, authors = ref["title"], ref.get("volume") or "", ref.get("authors") or ""
        if not volume and (inner := _TITLE_VOLUME.search(title)):
            title, volume = title[:inner.start()], inner.group("volume")
        edition = not authors or raw.find(authors) > raw.find(title) >= 0
        journals[found.group("abbr")] = Work(authors, title, volume, edition)


def without_work_siglum(text: str, is_literature) -> str:
    """``text`` without the bracket that ends it defining a siglum for the reference before it (which ``is_literature``
    tells), so that the readers see the reference end as it would without it.

    >>> without_work_siglum("Martini, Schriften, Stuttgart 1981, S. 317 (im Folgenden: GS).", lambda text: True)
    'Martini, Schriften, Stuttgart 1981, S. 317'
    >>> without_work_siglum("Archivio Storico Diplomatico, Roma (hereafter ASD)", lambda text: False)
    'Archivio Storico Diplomatico, Roma (hereafter ASD)'
    >>> without_work_siglum("Listinář, ed. B. Kratochvíl, Olomouc 1987 (dále jen LKH), s. 112.", lambda text: True)
    'Listinář, ed. B. Kratochvíl, Olomouc 1987, s. 112.'
    """
    found = _DEFINED.search(text)
    if found is not None and is_literature(text[:found.start()].rstrip(" ,")):
        return text[:found.start()].rstrip(" ,")
    # (the bracket may stand inside, after the imprint and before the cited page, as a source edition's often does:
    # `…, Olomouc 1987 (dále jen LKH), s. 112`, `… (Edinburgh, 1931) (hereafter Kelso Court Book), 45`)
    inside = _DEFINED_INSIDE.search(text) if found is None else None
    if inside is None or not text[inside.end():].strip(" .") or inside.start() == 0:
        return text
    # (what stands before it must read as a reference by itself: a museum's name with its code, `… им. Ем. Ярославского
    # (далее – ЯГОМИиКНС). КП 4512`, defines an archive and its file follows)
    before = text[:inside.start()].rstrip(" ,")
    return before + text[inside.end():] if is_literature(before) else text


def without_declaration(text: str) -> str:
    """``text`` without a bracket declaring the siglum it will be cited by, which holds no field of the reference: the
    readers see the imprint and the cited page meet as they would without it.

    >>> without_declaration("Listinář, ed. B. Kratochvíl, Olomouc 1987 (dále jen LKH), s. 112.")
    'Listinář, ed. B. Kratochvíl, Olomouc 1987, s. 112.'
    >>> without_declaration("Crónica. Faro: Universidade do Algarve, 2001 [doravante: Crónica], p. 12.")
    'Crónica. Faro: Universidade do Algarve, 2001, p. 12.'
    """
    found = _DEFINED_INSIDE.search(text) if ("(" in text or "[" in text or "（" in text) else None
    if found is None or found.start() == 0:
        return text
    return text[:found.start()].rstrip() + text[found.end():]


def declared_siglum(raw: str, full_raw: str) -> str:
    """The siglum ``raw`` opens with when it is the one the full reference ``full_raw`` declared for its work, else "":
    a citation by it prints the siglum as its short title (`LKH 2, s. 130` of `…, Olomouc 1987 (dále jen LKH), …`).

    >>> declared_siglum("LKH 2, s. 130.", "Listinář, ed. B. Kratochvíl, Olomouc 1987 (dále jen LKH), s. 112.")
    'LKH'
    >>> declared_siglum("LKHA, s. 130.", "Listinář, Olomouc 1987 (dále jen LKH), s. 112."), declared_siglum("LKH 2", "Listinář")
    ('', '')
    """
    found = (_DEFINED.search(full_raw) or _DEFINED_INSIDE.search(full_raw)) if full_raw else None
    if found is None:
        return ""
    siglum = found.group("abbr")
    opens = raw.strip().startswith(siglum) and not raw.strip()[len(siglum):len(siglum) + 1].isalnum()
    return siglum if opens else ""


@functools.lru_cache(maxsize=256)
def _by_siglum(sigla: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(a) for a in sorted(sigla, key=len, reverse=True))
    # the siglum, a volume (roman or arabic, after a volume's word or none) and the pages: `AT VI, 165-166`, `WFB,
    # 2:415`, `GS, Bd. 3, S. 12–14`, `République, S. 222`; a volume of a series' part, the document's number before
    # the page or alone (`WLA II/5, Nr. 17, S. 44`, `WLA I/2, Nr. 230`)
    volume, page = alternation("reference_words.csv", "volume"), alternation("reference_words.csv", "page_mark")
    number = alternation("reference_words.csv", "issue")
    # (and pages apart: `CPR 1422–29, pp. 301, 468`)
    return re.compile(rf"^(?P<abbr>{names})\s*,?\s*(?:(?:{volume})\s*)?(?:(?P<volume>(?:[IVXLC]+|\d{{1,3}})(?:/\d{{1,3}})?)"
                      rf"\s*(?:[,:]\s*|\s+))?(?:(?:{number})\s*(?P<number>\d+)\s*(?:,\s*|(?=\.?\s*$)))?"
                      rf"(?:(?:{page})\s*)?(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?"
                      r"(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)?\s*\.?\s*$")


#: The key of a reading by a declared short form that cites a volume of its own, no repeat of the declaring reference.
OWN_VOLUME = "own volume"


def _read_siglum(text: str, works: dict) -> dict | None:
    m = _by_siglum(tuple(works)).match(text.strip()) if works else None
    if m is None or not (m.group("pages") or m.group("number")):
        return _siglum_then_document(text, {k: v for k, v in works.items() if isinstance(v, Work)}) if works else None
    work, volume = works[m.group("abbr")], m.group("volume") or ""
    if isinstance(work, str):  # `ORF 7, p. 223-229`, `VL, t. 3, s. 120`: a volume of a declared edition or series
        return {"authors": "", "title": work, "container": "", "volume": volume, "year": "", "pages": m.group("pages") or "",
                OWN_VOLUME: True}
    found = {"authors": work.authors, "title": work.title, "container": "", "volume": volume, "year": "",
             "pages": m.group("pages") or ""}
    if work.edition and volume and work.volume and volume != work.volume:  # `Statuti, vol. 1` after `Statuti della
        found[OWN_VOLUME] = True  # Repubblica fiorentina, a cura di …, 1999 (d'ora in poi Statuti), vol. 2`
    return found


def _siglum_then_document(text: str, works: dict) -> dict | None:
    """A source edition cited by its siglum of several words, then a book, pages and the document printed there:
    `ZDP NOV, VI, knj. 13, 248–52, dok. 80, Dogovor …, 7. 5. 1944` (the siglum `ZDP NOV VI`, its parts parted by
    commas as the citation parts its own)."""
    for abbr, work in works.items():
        if " " in abbr and re.match(r"[\s,]+".join(map(re.escape, abbr.split())) + r"(?=[\s,.;]|$)", text.strip()):
            pages = _EDITION_PAGES.search(text)
            return {"authors": work.authors, "title": work.title, "container": "", "volume": "", "year": "",
                    "pages": pages.group(1) if pages else ""}
    return None


_EDITION_PAGES = compiled(r",\s*(\d+(?:\s*[–—-]\s*\d+)?)\s*,")  # the first bare number or range between commas


def read_journal_short(text: str, journals: dict) -> dict | None:
    """The fields of a citation naming a journal by an abbreviation the article defined (``journals``: abbreviation →
    name), or a work by its siglum (abbreviation → `Work`), or None.

    >>> read_journal_short("Nowak, Kasy, KH 12 (1990), 45.", {"KH": "Kwartalnik Historyczny"})
    {'authors': 'Nowak', 'title': 'Kasy', 'container': 'Kwartalnik Historyczny', 'volume': '12', 'year': '1990', 'pages': '45'}

    A volume the citation names by the short form alone is a reference of its own (`OWN_VOLUME`), titled by the
    declared name: a journal's, an edition's or series' volume, or another volume of a work declared with one.

    >>> read_journal_short("ORF 7, p. 223-229.", {"ORF": "Ordonnances des rois de France"})["title"]
    'Ordonnances des rois de France'
    >>> read_journal_short("Den Bericht druckt ZNR 11 (1989), S. 240.", {"ZNR": "Zeitschrift für Rechtsgeschichte"})["volume"]
    '11'
    """
    if not journals:
        return None
    found = _read_short(text, journals)
    prose = _after_prose(tuple(k for k, v in journals.items() if isinstance(v, str))).match(text) \
        if found is None and journals else None
    if prose:  # `Den Tagungsbericht druckt ZNR 11 (1989), S. 240–244.`: the volume, after words citing nothing
        found = _read_short(text[prose.end():], journals)
        return found if found and found.get(OWN_VOLUME) else None
    return found


@functools.lru_cache(maxsize=256)
def _after_prose(names: tuple[str, ...]) -> re.Pattern:
    """Words before a declared short form with no comma among them (no author's name and title, as `_short`'s head)."""
    alternatives = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^[^,;()]*?\s(?=[«„“\"]?(?:{alternatives})[»”“\"]?,?\s+\d)")


def _read_short(text: str, journals: dict) -> dict | None:
    names = tuple(k for k, v in journals.items() if isinstance(v, str))
    m = _short(names).match(text.strip()) if names else None
    if m is None:
        return _read_siglum(text, journals)
    head = [part.strip() for part in (m.group("head") or "").split(",", 1) if part.strip()]
    journal = journals[re.sub(r"\s+", " ", m.group("abbr"))]
    found = {"authors": head[0] if head else "", "title": head[1] if len(head) > 1 else "", "container": journal,
             "volume": m.group("volume"), "year": m.group("year") or m.group("year_after"), "pages": m.group("pages") or ""}
    if not head:  # `KZ 9 (1837) 160`: the journal's volume is the work cited (as TEI's `monogr/title[@level="j"]`)
        found.update(title=journal, container="", **{OWN_VOLUME: True})
    return found


def declared_names(ref: dict, journals: dict) -> None:
    """Give ``ref`` the full name of a container it prints by the short form the article declared (its title, for a
    volume cited with no part of its own).

    >>> ref = {"title": "Les avocats", "container": "RHD"}
    >>> declared_names(ref, {"RHD": "Revue historique de droit"})
    >>> ref["container"]
    'Revue historique de droit'
    """
    field = "container" if ref.get("container") else "title"
    printed = container_name(ref.get(field) or "").strip(" ,.")
    if isinstance(full := journals.get(printed), str) and (field == "container" or not ref.get("authors")):
        ref[field] = full
