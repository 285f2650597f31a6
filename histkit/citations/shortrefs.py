"""Short references and repeats: which earlier reference each one repeats (``ref_of``), and what it takes from it.

A reference repeats an earlier one when it is a short title (`Eley, Forging
Democracy, 45`), says op. cit. in one of its languages (`Указ. соч.`, `dz.
cyt.`, `a. a. O.`, `i. m.`), or names the note the work was cited in
(`Luhmann (Fn. 3), 12`, `Smith, supra note 4, at 5`, `Bauer, Repertorium (wie
Anm. 1)`). The repeat points to the full reference (``ref_of``) and takes
over what it does not print itself: container, imprint, year, the authors when
it names none, the title when it prints none; its short title as printed, its
pages and raw text stay its own (reference gold gives a repeat's fields as
printed). An Ibid. is read as a citation (``ibid_of``); its reference row is
made from that at the end (``histkit.literature``). The note words are data
(``reference_words.csv``, kinds ``note`` and ``note_lead``).
"""

from __future__ import annotations

import functools
import re

from .abridged import abridges
from .bodyinitials import body_initials
from .archives import normalise
from .gost import op_cit
from .innote import in_note
from .translationof import translation_of_original
from .japanese import glued_surnames
from .journals import declared_siglum
from .journalrepeat import journal_short_form, same_article
from .notedated import chapter_before, dated_before
from .parentheticals import year_after
from .citedkind import cited_kind
from .coauthors import all_named_first
from .colist import co_authors_named
from .colon import colon_op_cit
from .legal import without_lead_in
from .notereference import note_reference
from .repeatphrase import repeats_the_one_work, the_one_work
from .repeatshape import plain_repeat_word, repeat_word, short_repeat
from .words import (LOWER, UPPER, VOLUME_MARK_SHAPE, VOLUME_PART_SHAPE, YEAR, alternation, pages_shape, volume_number)
from ..patterns import compiled

#: `Его же`, `Tenże`, `Uő`: a reference by the author of the reference before (`同氏，《書名》`: no space after the comma).
# (a number after it is a page of the work just cited, an Ibid.'s: `…; id. 55, 117-19.`)
# (or a rule of dashes or underscores where the name would stand, by its shape: `———, “Title”`, `__________, Title`)
SAME_AUTHOR = compiled(rf"^(?:{alternation('reference_words.csv', 'same_author')}|[_—–]{{2,}})(?:[.,:]?\s+(?=[^\s\d])|[,，](?=[《〈「『]))")

#: What a repeat takes over from the reference it repeats when it does not print it (the title always).
TAKEN_FIELDS = ("container", "volume", "issue", "place", "publisher", "year")

#: Where the first person of a list of authors ends.
_FIRST_PERSON_END = compiled(rf"[,;/&]|\s[–—]\s|\s(?:{alternation('and_words.csv')})\s")  # (`GAJDOŠ – KRIŠTOFÍK`: a spaced dash joins two)
_INITIAL = compiled(r"[^\W\d_][^\W\d_]?\.(?:-?[^\W\d_]\.)*")


@functools.cache
def _op_cit_title_pattern() -> re.Pattern:
    return compiled(rf"(?:{alternation('reference_words.csv', 'op_cit_title')})", re.IGNORECASE)


def _op_cit_title(title: str) -> re.Match | None:
    """The whole title is an op. cit. word that elsewhere means something else (Slovene `Novak, n. d.`, not "no date"),
    or one shaped as a repeat's word in a language no list knows (`a.g.e.`, `c. d.`: `repeat_word`; `mt.`, `aynı eser`:
    `plain_repeat_word`)."""
    return _op_cit_title_pattern().fullmatch(title.strip(" ,.") + ".") or _op_cit_title_pattern().fullmatch(title.strip()) \
        or repeat_word(title) or plain_repeat_word(title)


def short_title_of(ref: dict, earlier: list[tuple[str, dict]]) -> str:
    """The label of the full reference that a short title, an op. cit. or a note reference repeats, among ``earlier``
    (label ``note:seq``, reference).

    >>> full = {"authors": "Geoff Eley", "title": "Forging Democracy", "year": "2002", "publisher": "OUP"}
    >>> short = {"authors": "Eley", "title": "Forging Democracy", "year": "", "publisher": "", "container": "",
    ...          "raw": "Eley, Forging Democracy, 45."}
    >>> short_title_of(short, [("1:1", full)])
    '1:1'

    A shortened reference points to the full one even through another short
    title of it; a note reference to the reference by the same author in that
    note (else to the note's only full reference, else to the author's last, as
    op. cit.); "" when ``ref`` is a full reference or nothing matches.
    """
    raw = co_authors_named(ref, earlier)["raw"]  # (`Szroeder, Lesińskô, Dzëlewsczi, dz. cyt.`: three authors, no title)
    cited = note_reference(raw) or _op_cit_title(ref["title"])
    if cited and cited.groupdict().get("note") and (dated_before(raw, ref.get("year") or "", cited.start())
                                                    or chapter_before(raw, cited.start())):
        return ""  # `Menke, Mutsprünge …, KJ 52 (2019), 543–548, mit Bezug auf Wiethölter, (Fn. 46)`: its own work
    if (said := op_cit(raw)) and chapter_before(raw, said.start(), editors=True):
        return ""  # `C. Vidal, « La réforme », in H. Lemarchand (dir.), Le droit…, op. cit.`: the book is the one repeated
    if cited and cited.groupdict().get("note"):
        key = _author_key(ref["authors"])
        found = in_note(cited.group("note"), lambda full: not key.isdisjoint(_author_keys(full["authors"])),
                        ref.get("title") or "", earlier)
        if found:
            return found
    if not cited and _author_and_year_only(ref):  # `Vuković 1989: 20`: the author's work of that year
        key = _author_key(ref["authors"])  # (once, not once per earlier reference of that year)
        return next((full.get("ref_of") or label for label, full in reversed(earlier) if full.get("year") == ref["year"]
                     and not key.isdisjoint(_author_keys(full["authors"]))), "")
    if not cited and (alone := author_cited_alone(ref, earlier)):  # `Whitlock, p. 101`: the author's work
        return alone
    if not cited and journal_short_form(ref):  # `Rebhahn, EuZA 2010, 84`: the author's article of that journal and year
        key = _author_key(ref["authors"])
        if same := same_article(ref, earlier, lambda full: not key.isdisjoint(_author_keys(full["authors"]))):
            return same
    if not (cited or _is_short(ref) or op_cit(raw) or colon_op_cit(raw)):
        return ""
    return _link_short_reference(ref, earlier, repeats=bool(cited or op_cit(raw) or colon_op_cit(raw)))


def take_over_reference(ref: dict, earlier: list[tuple[str, dict]]) -> None:
    """Give ``ref``, a repeat (its ``ref_of`` set), what it does not print of the full reference: the title when it
    prints none (a short title stays as printed, without its note reference), the imprint and year, the authors.

    >>> ref = {"authors": "Eley", "title": "op. cit.", "year": "", "place": "", "pages": "45", "ref_of": "1:1"}
    >>> take_over_reference(ref, [("1:1", {"authors": "Geoff Eley", "title": "Forging Democracy", "year": "2002",
    ...                                    "place": "New York", "pages": "12"})])
    >>> ref["authors"], ref["title"], ref["year"], ref["place"], ref["pages"]
    ('Eley', 'Forging Democracy', '2002', 'New York', '45')
    >>> ref = {"authors": "Bauer", "title": "Repertorium (wie Fn. 1)", "pages": "15", "ref_of": "1:1"}
    >>> take_over_reference(ref, [("1:1", {"authors": "Bauer", "title": "Repertorium der Policeyordnungen"})])
    >>> ref["title"]
    'Repertorium'
    """
    full = dict(earlier).get(ref.get("ref_of", ""))
    if full is None:  # a short title whose note gave no reference: `Travaux (n. 10) 9` is still `Travaux`
        if note_reference(ref.get("title") or ""):
            ref["title"] = printed_title(ref["title"]) or ref["title"]
        return
    printed = printed_title(ref.get("title") or "")
    if printed and not _says_repeat(ref) and repeats_the_one_work(printed, {full.get("title") or ""}):
        printed = ""  # (`پیشین`, `bài đã dẫn`: "the work cited" in words no list holds names no title)
    # (a citation by the siglum its full reference declared prints that siglum as its short title: `AT VI, 165`)
    siglum = declared_siglum(ref.get("raw") or "", full.get("raw") or "")
    ref["title"] = siglum or (printed if printed and printed != ref.get("authors") else "") or full.get("title") or ""
    if (cited := note_reference(ref.get("container") or "")) and not (ref["container"][:cited.start()].strip()
                                                                         or ref["container"][cited.end():].strip(" )")):
        ref["container"] = ""  # (`‘Organisational Dissidence’ (n 77), 4`: the note the work was cited in is no journal)
    for field in ("authors",) + TAKEN_FIELDS:
        mine = ref.get(field) or ""
        if (not mine or _says_op_cit(mine)) and full.get(field):  # `art. cit.` read as the journal is none
            ref[field] = full[field]


def _says_repeat(ref: dict) -> bool:
    """Whether ``ref`` says it repeats a work by a note reference or an op. cit. word (not by a phrase no list holds)."""
    raw = ref.get("raw") or ""
    return bool(note_reference(raw) or op_cit(raw) or colon_op_cit(raw) or _op_cit_title(ref.get("title") or ""))


def printed_title(title: str) -> str:
    """The short title a repeat prints: ``title`` without a note reference and with no op. cit. word for a title.

    >>> printed_title("Memoirs, supra note 1"), printed_title("op. cit."), printed_title("Culture of Fact (Fn. 4) Bd. 2")
    ('Memoirs', '', 'Culture of Fact')
    >>> printed_title("supra note 196, at 68"), printed_title("Wieś kielecka, dz. cyt")
    ('', 'Wieś kielecka')
    """
    cited = note_reference(title)
    title = (title[:cited.start()] if cited else title).strip(" ,.;:")
    said = op_cit(title)  # `Wieś kielecka, dz. cyt.`: the short title before the op. cit. word
    if said and said.start() > 0 and not title[said.end():].strip(" ,.;:"):
        title = title[:said.start()].strip(" ,.;:")
    return "" if not title or _says_op_cit(title) or _op_cit_title(title) else title


def _says_op_cit(value: str) -> bool:
    found = op_cit(value)
    return found is not None and not value[:found.start()].strip(" ,.") and not value[found.end():].strip(" ,.")


def repeated_author(ref: dict, earlier: list[tuple[str, dict]]) -> str:
    """The authors of the reference before, when ``ref`` says it is by them (`Его же`, `Tenże`); else ``ref``'s own.

    >>> earlier = [("1:1", {"authors": "Иванов И. И.", "title": "Земство"})]
    >>> repeated_author({"authors": "", "raw": "Его же. Школа. М., 1995."}, earlier)
    'Иванов И. И.'
    >>> repeated_author({"authors": "", "raw": "Luhmann (Fn. 9), 603 ff."}, earlier)
    'Luhmann'

    A note reference read with no authors is by the name before it.
    """
    if earlier and SAME_AUTHOR.match(without_lead_in(ref["raw"].strip())):  # (`ferner ders., …`)
        return earlier[-1][1]["authors"]
    if (original := translation_of_original(ref, earlier)) is not ref:  # `…; dt. Ausgabe: Titel, übers. v. …`
        ref.update(editors=original["editors"], title=original["title"])
        return original["authors"]
    if author_cited_alone(ref, earlier):  # `Whitlock, p. 101`: the author's name read as a title
        return ref["title"]
    cited = note_reference(ref["raw"]) if not ref["authors"] else None
    name = ref["raw"][:cited.start()].strip(" ,") if cited else ""
    return name if re.fullmatch(r"[^\W\d_][^\W\d_.’'-]*(?:[ -][^\W\d_][^\W\d_.’'-]*){0,2}", name) else ref["authors"]


def author_cited_alone(ref: dict, earlier: list[tuple[str, dict]]) -> str:
    """The label of the author's last reference when ``ref`` names only an author cited before, and pages (the short
    form of the MHRA and Chicago styles for an author of one work: `Whitlock, p. 101`); else "".

    >>> earlier = [("7:1", {"authors": "Andrew Whitlock", "title": "The Magistrate's Closet"}), ("9:1", {"authors": ""})]
    >>> author_cited_alone({"authors": "", "title": "Whitlock", "pages": "p. 101", "year": "", "publisher": "",
    ...                     "container": ""}, earlier)
    '7:1'
    """
    title = ref.get("title") or ""
    if (ref["authors"] and ref["authors"] != title) or not ref.get("pages") or " " in title or not _is_short(ref):
        return ""
    key = _author_key(title)
    return next((full.get("ref_of") or label for label, full in reversed(earlier)
                 if key and not key.isdisjoint(_author_keys(full.get("authors") or ""))), "")


def unresolved_repeat(ref: dict) -> bool:
    """Whether ``ref`` says it repeats a reference (op. cit., a note reference) that was not found, and prints no title
    of its own: it names no work.

    >>> unresolved_repeat({"raw": "Dupont, op. cit., p. 50", "title": "op. cit.", "ref_of": ""})
    True
    >>> unresolved_repeat({"raw": "Dupont, op. cit., p. 50", "title": "op. cit.", "ref_of": "3:1"})
    False
    """
    raw = ref["raw"]
    return not ref.get("ref_of") and not printed_title(ref.get("title") or "") \
        and bool(note_reference(raw) or op_cit(raw) or colon_op_cit(raw) or _op_cit_title(ref.get("title", "")))


def bare_note_reference(ref: dict) -> bool:
    """Whether ``ref`` is a note reference that prints no title of its own (`Gutmann, (Fn. 13), 699`, `Smith, supra
    note 4, at 5`) and is no references row of its own: it found no reference, or runs on past its pages into another
    work (a year after the note reference), so that only its citation's ``ref_of`` can say what it repeats.

    >>> bare_note_reference({"raw": "Gutmann, (Fn. 13), 699", "title": "(Fn. 13)", "authors": "Gutmann"})
    True
    >>> bare_note_reference({"raw": "Gutmann, (Fn. 13), 699", "title": "(Fn. 13)", "authors": "Gutmann", "ref_of": "13:1"})
    False
    >>> bare_note_reference({"raw": "Eshel, (Fn. 12), 18, mit Bezug auf Shelley, A Defence of Poetry, 1821.",
    ...                      "title": "(Fn. 12)", "authors": "Eshel", "ref_of": "12:1"})
    True
    >>> bare_note_reference({"raw": "Kennan, Memoirs, supra note 1, 277", "title": "Memoirs, supra note 1"})
    False
    >>> bare_note_reference({"raw": "Staudinger/Mahrenholz (Fn. 8) § 2034 Rn. 12", "title": "", "authors": "Mahrenholz",
    ...                      "ref_of": "8:1"})
    False

    A resolved one is a repeat like an op. cit.: its row takes the work's title and year from the reference it repeats.
    """
    cited = note_reference(ref["raw"])
    printed = printed_title(ref.get("title") or "")
    if cited is None or (printed and printed != ref.get("authors")):
        return False
    # (a section's number is no year: `Staudinger/Mahrenholz (Fn. 8) § 2034 Rn. 12`; nor an explanation's, `parentheticals`)
    return not ref.get("ref_of") or year_after(ref["raw"], cited.end())


def _author_key(authors: str) -> frozenset[str]:
    """The first author's surname, folded: the last word that is not an initial (`Петров П. П.`, `Geoff Eley`), of the
    authors before a comma and of the first person (`VALLVERDÚ SAÑA y PONS ESCUDÉ`: also `sana`)."""
    return frozenset(words[-1] for words in _name_words(authors) if words)


@functools.lru_cache(maxsize=4096)  # (asked of every earlier reference for each short one)
def _author_keys(authors: str) -> frozenset[str]:
    """What a short reference may call the first author by: the last word, or the first (`Kovács István`: Hungarian
    prints the family name first)."""
    return frozenset(word for words in _name_words(authors) if words  # (`山本一郎`: `山本`, glued: `glued_surnames`)
                     for word in (words[0], words[-1], *glued_surnames(words[0]))) | body_initials(authors)  # (`ALRC`)


def _name_words(authors: str) -> tuple[list[str], list[str]]:
    """The words, initials left out, of the authors before a comma, and of the first person's name (before a comma,
    `;`, `/`, `&` or a word for "and").

    >>> _name_words("VALLVERDÚ SAÑA y PONS ESCUDÉ")
    (['vallverdu', 'sana', 'y', 'pons', 'escude'], ['vallverdu', 'sana'])
    """
    authors = _ROLE_BRACKET.sub("", authors)  # (`Niemöller (Bearb.)`: an editor's word in brackets is no name's)
    authors = re.sub(r"(?<=\b[^\W\d_]\.)(?=[^\W\d_]{2})", " ", authors)  # (`Ж.Болдбаатар`: the initial glued)
    return tuple([normalise(w) for w in part.split() if not _INITIAL.fullmatch(w)]
                 for part in (authors.split(",")[0], _FIRST_PERSON_END.split(authors, 1)[0]))


_ROLE_BRACKET = compiled(r"\s*\([^()\d]{1,12}\.?\)\s*$")


def _link_short_reference(ref: dict, earlier: list[tuple[str, dict]], repeats: bool) -> str:
    key = _author_key(ref["authors"])
    title = normalise(printed_title(ref["title"])).strip(" .„“\"")
    if not key:  # `Report of the Commission, 230`, `『年報』 第5輯, 30쪽`, `Chronicon de Bruerne, ii. 140`: by its title
        return next((full.get("ref_of") or label for label, full in reversed(earlier) if full is not ref and len(title)
                     >= 8 and (_shortens(title, full["title"]) or abridges(title, normalise(full["title"])))), "")
    keys = _author_keys  # (asked of every earlier reference: `isdisjoint` answers without building the common set)
    found = [(label, full) for label, full in reversed(earlier) if full is not ref
             and not key.isdisjoint(keys(full["authors"]))
             and (repeats or _shortens(title, full["title"]) or abridges(title, normalise(full["title"])))]
    found = all_named_first(ref["authors"], found)  # (`Brandell & Molin a.a.`: their book, not Molin's article after it)
    if not found and not repeats and ref.get("pages"):  # `Name, پیشین, ص 60`: "the work cited" in words no list holds
        mine = [(label, full) for label, full in earlier if full is not ref and not key.isdisjoint(keys(full["authors"]))]
        if work := the_one_work(title, mine):
            return work
    titled = next((full.get("ref_of") or label for label, full in found if repeats and _shortens(title, full["title"])), "")
    if titled:  # `Malinowska, Wieś kielecka, dz. cyt.`: the author's work of that title, not her latest
        return titled
    wanted = cited_kind(ref["raw"]) if repeats else ""
    first = ""
    for label, full in found:
        if not wanted or bool(full.get("container")) == (wanted == "article"):
            return full.get("ref_of") or label
        first = first or full.get("ref_of") or label
    return first


def _shortens(title: str, full_title: str) -> bool:
    """Whether ``title`` (normalised) is a short form of ``full_title``: its beginning, or a word of eight letters or
    more in it (`Armenpflege`)."""
    full_title = normalise(full_title).strip(" .„“\"")
    return bool(title) and (full_title.startswith(title[: max(8, len(title) - 2)])
                            or (len(title) >= 8 and f" {title}" in f" {full_title}"))


def _author_and_year_only(ref: dict) -> bool:
    """Whether ``ref`` prints an author and a year and nothing of a work: the short form of author–date citing."""
    return bool(ref["authors"] and ref["year"]) and not (ref["title"] or ref["container"] or ref["publisher"])


def _is_short(ref: dict) -> bool:
    return not (ref["publisher"] or ref["container"] or ref["year"])


# `Author, Short title, 12`, `…, S. 12–14 ff.`, `…, s. 140 a n.` (the pages that follow marked in any language;
# Chicago's volume before them, `…, 2:50`; or a volume by its shape, a short word and a number, `dl. 2`, `τ. Β΄`, not
# a year: `JZ 2013`, `Lwów 1912` are a journal's or a place's)
SHORT_TITLE = compiled(r"^(?P<author>[^,]{2,60}),\s*(?P<title>[^,]{2,160}),\s*"
                         rf"(?:(?P<volume>{VOLUME_MARK_SHAPE}(?:\d{{1,3}}|[IVXLC]+\b|[{UPPER}][΄ʹ'’]){VOLUME_PART_SHAPE})\s*,\s*)?"
                         # (a preface's pages in roman figures after a page mark: `p. xxvi`, `pp. xxvi–xxvii`)
                         rf"(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*[ivxlc]{{1,7}}(?:\s*[–—-]\s*[ivxlc]{{1,7}})?\b"
                         rf"|(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?(?:\d{{1,3}}:)?\d+"
                         r"(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)"
                         rf"(?:\s*f+\.?|\s+(?:{alternation('reference_words.csv', 'following_pages')})\b\.?"
                         # (a word for the pages that follow that no list holds, by its shape: `vd.`, `κ.ε.`; the reader
                         # may have cut its full stop)
                         rf"|(?P<following>\s+{LOWER}[^\W\d_]{{0,2}}\.\s?{LOWER}[^\W\d_]?\.?|\s+{LOWER}[^\W\d_]{{0,2}}\.|\s+{LOWER}[^\W\d_]{{1,2}}))?"
                         r"\s*\.?\s*$")


# (a repeat's word after whole words, `…politica estera cit.`; not a title's own last abbreviation after another one,
# `Полн. собр. соч.`)
_WORD_AFTER_TITLE = compiled(rf"(?<![^\W\d_]\.)\s+{LOWER}[^\W\d_]{{1,4}}\.$")


def read_shaped_short_title(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a short title whose volume or following pages' word is read by its shape (`short_title` with
    its group ``volume`` or ``following``): the author, the title, the volume and the pages; False (``ref`` untouched)
    for anything else.

    >>> ref = {}
    >>> read_shaped_short_title("Gerritsen, Geschiedenis, dl. 2, 310-311", ref), ref
    (True, {'authors': 'Gerritsen', 'title': 'Geschiedenis', 'volume': '2', 'pages': '310-311'})
    >>> ref = {}
    >>> read_shaped_short_title("Kaya, Köy ve Kent, s. 140 qv.", ref), ref["title"], ref["pages"]
    (True, 'Köy ve Kent', 's. 140 qv.')
    """
    found = short_title(text.strip())
    if found is None or not (found.groupdict().get("volume") or found.groupdict().get("following")):
        return False
    # (a repeat's word after the short title is none of it: `Baldacci, Storia della politica estera cit., vol. II`)
    title = _WORD_AFTER_TITLE.sub("", found.group("title").strip())
    volume = found.group("volume") or ""
    ref.update(authors=found.group("author").strip(), title=title, volume=volume_number(volume),
               pages=text.strip()[found.end("volume" if volume else "title"):].strip(" ,"))
    return True


def short_title(piece: str) -> re.Match | None:
    """An author, a short title and pages, and nothing else (`SHORT_TITLE`); or an author and a word shaped as a
    repeat's, with or without pages (`short_repeat`).

    >>> short_title("Kaya, Köy ve Kent, s. 140 vd.").group("title"), short_title("Bosman, t.a.p.").group("word")
    ('Köy ve Kent', 't.a.p.')
    >>> short_title("Gerritsen, Geschiedenis, dl. 2, 310-311").group("volume"), short_title("HDA, fond 1561, kut. 5, 45")
    ('dl. 2', None)
    """
    found = SHORT_TITLE.match(piece)
    if found and found.group("volume") and re.search(r"\d", found.group("title")):
        found = None  # (a volume after a title with a number is a file's unit: `HDA, fond 1561, kut. 5, 45`)
    if found and found.group("volume") and re.fullmatch(rf"\s*,?\s*{YEAR}\s*\.?\s*", piece[found.end("volume"):]):
        found = None  # (a number then a year alone is a periodical's issue: `Ligji, Fletorja Zyrtare, nr. 45, 1921`)
    return found or short_repeat(piece)


@functools.cache
def _stop_short_title() -> re.Pattern:
    return compiled(rf"^[^,]{{2,60}},\s*[^,]{{2,160}},\s*(?:{pages_shape()})\s*\.?\s*$")


def stop_short_title(piece: str) -> bool:
    """Whether ``piece``, a full-stop style's note with a comma for the full stop after its names
    (`namestop.full_stop_style`), is an author, a short title and pages whose mark no list holds, read by its shape
    (`words.pages_shape`): `Viirsalu, Talurahva hoolekanne, lk 30`, `Ozols, Dzirnavas, 25. lpp.`.

    >>> stop_short_title("Viirsalu, Talurahva hoolekanne, lk 30"), stop_short_title("Viirsalu, Talurahva, t. 4")
    (True, False)
    """
    return _stop_short_title().match(piece.strip()) is not None
