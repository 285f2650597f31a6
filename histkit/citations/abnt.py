"""References in the ISO 690 family: the surname in capitals, full stops between areas (ABNT NBR 6023, STN ISO 690).

``SOBRENOME, Nome. Título: subtítulo. 2. ed. Rio de Janeiro: Zahar, 1990. p. 45.`` (a book),
``SOBRENOME, N. Título. Revista, São Paulo, v. 10, n. 20, p. 12-30, 1990.`` (an article: the journal, its place,
volume, issue, range and year after commas), ``Título. In: SOBRENOME, N. (org.). Obra. Lisboa: Edições 70, 2000.
p. 5-20.`` (a chapter), ``Título. 2004. Tese (Doutorado em História) – Universidade …, Niterói, 2004.`` (a thesis),
two authors joined by ``;``, and ``Id.``/``Idem.`` for the author before. The Czech and Slovak form (STN ISO 690)
differs only in its marks: ``SURNAME, Name – SURNAME, Name.`` (or three joined by commas), ``Place : Publisher``, pages
``s.``, a journal after ``In`` with its year, volume and issue (``In Historický časopis, 1990, roč. 38, č. 3, s. 312-330``),
``2. vyd.``, ``Zv. 2.``, ``Prel. Name.``, the book's extent ``320 s.`` and ``TÍŽE`` for the authors before. The words
(``Tradução de``, ``Tese``, ``(org.)``, ``roč.``, ``vyd.``) are data: ``data/citations/reference_words.csv``, kinds
``role_sentence``, ``thesis``, ``role_bracket``, ``volume``, ``issue``, ``edition_after``, ``same_author``, ``here``.
"""

from __future__ import annotations

import functools
import re

from .words import UPPER, YEAR, alternation
from ..patterns import compiled

# family names in capitals (`MOREIRA`, `SOUZA FILHO`, `ARAÚJO`); given names, initials and particles after the comma:
# full names, then initials (`Joaquim Pereira da`, `João C.`, `J. R.`), never a full name after an initial, which is
# the title's first word (`SEARLE, J. R. Intentionality.`); an initial without its stop before the `;` of the next
# person (`CLARK, K; HOLQUIST, M.`)
_FAMILY = rf"[{UPPER}]{{2,}}(?:[\s-][{UPPER}]{{2,}})*(?:\s+JR\.)?"  # (`ZANETTI JR., H.`)
_FULL = rf"(?:[{UPPER}][^\W\d_]+|d[aeo]s?|e)"
_INITIALS = rf"[{UPPER}]\.(?:(?:-?\s*|\s+d[aeo]s?\s+)[{UPPER}]\.)*|[{UPPER}](?=\s*;)"  # (`CABRAL, A. do P.`)
_PERSON = rf"{_FAMILY},\s+(?:{_FULL}\s+)*(?:{_INITIALS}|{_FULL})"
# persons joined by `;` (ABNT), a spaced dash (STN ISO 690: two), a comma before the next surname (three) or, as
# APA joins its last two, `&` (`PERES, J. R., & BRIZOTI, N.`)
_PERSONS = rf"{_PERSON}(?:(?:\s*;\s*|\s+[–—]\s+|,\s+(?={_FAMILY},)|,?\s+&\s+(?={_FAMILY},)){_PERSON}){{0,3}}"
_PLACE = rf"(?:[{UPPER}][^\W\d_]*(?:[\s-](?:[{UPPER}][^\W\d_]*|d[aeo]s?))*|\[[Ss]\.\s?l\.\])"
_PAGES = r"(?:pp?|s|с)\.\s*\d+(?:\s*(?:[–-]|[ae](?=\s))\s*\d+)?"  # (`p. 44 a 71`, "to"; `p. 352 e 611`, "and")
# the full stop that ends an area, or the question or exclamation mark that ends a title (kept with it: `O que é
# sequestro de carbono? Super Interessante, n. 247, …`)
_AREA_END = r"(?:\.\s+|(?<=[?!])\s+)"
# the year and a letter telling two works of one author and year apart (`2009a`)
_YEAR_END = rf"(?P<year>{YEAR})[a-z]?(?:\.|$)"


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    role = alternation("reference_words.csv", "role_bracket")
    same = f'{alternation("ibid.csv", "same")}|{alternation("reference_words.csv", "same_author")}'
    volume, issue = alternation("reference_words.csv", "volume"), alternation("reference_words.csv", "issue")
    edition = alternation("reference_words.csv", "edition_after")
    editor_role = rf"(?:\s+et\s+al\.)?\s*\((?i:{role})\.?\)"  # after the editors of the book a chapter is in
    # (the editors may join their last two by a word for "and": `In: ЛЕШКО, Олена і ТКАЧ, Петро (ред.).`)
    editors = rf"{_PERSON}(?:(?:\s*;\s*|\s+[–—]\s+|,\s+(?={_FAMILY},)|\s+(?:{alternation('and_words.csv')})\s+(?={_FAMILY},))" \
              rf"{_PERSON}){{0,3}}"
    return {
        # the authors end with a full stop, their own or an initial's: `SILVA, Joaquim Pereira da.`, `PINHEIRO, L. A.`
        "head": compiled(rf"^(?P<authors>{_PERSONS})(?:\s+et\s+al\.)?"
                           rf"(?:\s*\((?i:{role})\.?\))?\.?(?<=\.)\s+(?=\S)"),
        # one name in capitals, a body's or a person known by one name (`BRASIL.`, `ARISTÓTELES.`)
        "one": compiled(rf"^(?P<authors>{_FAMILY})\.\s+(?=[{UPPER}])"),
        # (or the line of underscores that stands for the author of the entry before: `______.`)
        "same": compiled(rf"^(?:{same}|_{{3,}})\.?(?<=\.)\s+(?=[{UPPER}])"),
        "in": compiled(rf"\.\s+In:?\s+(?:(?P<editors>{editors}|{_FAMILY}){editor_role}[.,]?\s*)?"),
        "editors_end": compiled(rf"\.\s+In:?\s+(?:{editors}|{_FAMILY}){editor_role}\.?$"),
        "book": compiled(rf"(?:^|{_AREA_END})(?:\d+\.?\s*ed\.\s+)?(?P<place>{_PLACE})(?:,\s*[{UPPER}]{{2}})?\s?:\s*(?P<publisher>(?:(?!\.\s)[^,:;])+?),"
                           rf"\s*(?:\d{{1,2}}\s+[^\W\d_]{{3,9}}\.?\s+)?{_YEAR_END}"),  # (a podcast's day: `Rádio Cais, 8 mar. 2021`)
        # (its place with its state, `Tubarão, SC`; its months, `jan./abr.`, `abril/jun.`, or half-year, `1. sem.`)
        "journal": compiled(rf"{_AREA_END}(?P<container>[{UPPER}][^.,;:]{{1,150}}?),\s*"
                              rf"(?:(?P<place>{_PLACE})(?:,\s*[{UPPER}]{{2}})?,\s*)?"
                              rf"(?=(?:v\.?|n\.|pp?\.))(?:v\.?\s*(?P<volume>\w+),?\s*)?(?:n\.\s*(?P<issue>[\w/-]+),\s*)?"
                              rf"(?:(?P<range>{_PAGES}),\s*)?(?:(?:\d\.?\s*)?[^\W\d_]{{3,9}}\.?(?:/[^\W\d_]{{3,9}}\.?)?\s+)?"
                              rf"{_YEAR_END}"),
        # a newspaper's or magazine's article: its paper, place and day (`Expresso, 06 de junho de 2020`, `O Pasquim,
        # 19 a 25 de agosto de 1970`, `Carta Capital, 22 out. 2021`)
        "press": compiled(rf"{_AREA_END}(?P<container>[{UPPER}][^.,;:]{{1,100}}?)(?:,\s*(?P<place>{_PLACE}))?,\s*"
                            rf"\d{{1,2}}(?:\s*a\s*\d{{1,2}})?\.?\s+(?:de\s+)?[^\W\d_]{{3,12}}\.?\s+(?:de\s+)?{_YEAR_END}"),
        # (its place after a full stop too: `– Universidade Nove de Julho. São Paulo, 2017`)
        # (the university after its faculty: `– Faculdade de Filosofia, Letras e Ciências Humanas, Universidade de São
        # Paulo, São Paulo, 2015`: the place and year are the last two parts)
        "thesis": compiled(rf"\.\s+(?:{YEAR}\.\s+)?(?:\d+\s*f\.\s+)?(?:{alternation('reference_words.csv', 'thesis')})"
                             rf"\s*\([^)]*\)\s*[–—-]\s*(?P<publisher>[^,]+(?:,[^,]+){{0,3}}?)[.,]\s*(?P<place>{_PLACE}),"
                             rf"\s*(?P<year>{YEAR})(?:\.|$)"),
        # a web page's place (and publisher) with ABNT's mark for no date: `Santos, [s.d.]`, `Recife: Fundaj, [s. d.]`
        # a book's place and year with no publisher (`… no mundo empresarial. São Paulo, 2016`)
        "place_year": compiled(rf"{_AREA_END}(?P<place>{_PLACE}),\s*{_YEAR_END}"),
        # (a comma, not a colon, between the place and the publisher: `Salvador, Juspodivm, 2016`)
        "place_publisher": compiled(rf"{_AREA_END}(?P<place>{_PLACE}),\s*(?P<publisher>[{UPPER}][^\W\d_]+"
                                      rf"(?:\s[{UPPER}][^\W\d_]+){{0,3}}),\s*{_YEAR_END}"),
        # a web work's own date where a book prints its imprint: after a title of one area (`Título. 2016.`), or with
        # where it is online (`… 2016. Disponível em: …`) or a word for its publication (`Publicado em: 28 de outubro
        # de 2016.`)
        "web_year": compiled(rf"{_AREA_END}(?P<published>(?:{alternation('reference_words.csv', 'published')})\s*:?\s*)?"
                               rf"(?:\d{{1,2}}\s+(?:de\s+)?[^\W\d_]{{3,12}}\.?\s+(?:de\s+)?)?{_YEAR_END}"),
        "undated": compiled(rf"\.\s+(?P<place>{_PLACE})(?::\s*(?P<publisher>[^,:;.]+?))?,\s*\[[Ss]\.\s?d\.\]$"),
        # a report's or working paper's series and number, then its year, where a book prints its imprint
        # (`SSRN Working Paper n. 3456789, 2019.`, `Texto para Discussão n. 12, 2004.`)
        "series": compiled(rf"\.\s+[{UPPER}][^.,;:]{{1,100}}?\s(?:{issue}|n\.)\s*[\w/-]+,\s*{_YEAR_END}"),
        # a journal after `In` (STN ISO 690): its name, year, volume and issue
        "in_journal": compiled(rf"^(?P<container>[{UPPER}][^,;:]{{1,150}}?),\s*(?P<year>{YEAR})"
                                 rf"(?:,\s*(?:{volume})\s*(?P<volume>\w+))?(?:,\s*(?:{issue})\s*(?P<issue>[\w/-]+))?\.?$"),
        # (or its volume before the year, as many Slovak and Rusyn journals print it: `In: Studium, roč. 6, 2014, ч. 1`)
        "in_journal_volume_first": compiled(
            rf"^(?P<container>[{UPPER}][^,;:]{{1,150}}?),\s*(?:{volume})\s*(?P<volume>\w+),\s*(?P<year>{YEAR})"
            rf"(?:,\s*(?:{issue})\s*(?P<issue>[\w/-]+))?\.?$"),
        "volume": compiled(rf"\.\s+(?:{volume})\s*(?P<volume>\w+)(?=\.\s)"),
        "role": compiled(rf"\.\s+(?:{alternation('reference_words.csv', 'role_sentence')})[\s,]+[^.]*?"
                           rf"(?:[{UPPER}]\.\s*)*[^\W\d_]{{2,}}(?=\.\s)"),
        "edition": compiled(rf"\.\s+\d+\.?\s*(?:{edition})(?=\s)"),
        # the pages, or the range and the pinpoint after a word for "here" (`s. 201-219, tu s. 210`), or the extent
        "tail": compiled(rf"(?:^|[.,]\s*)(?:v\.\s*(?P<volume>\w+)[.,]\s*)?(?:(?P<range>{_PAGES}),\s*(?:"
                           rf"{alternation('reference_words.csv', 'here')})\s+)?(?P<pages>{_PAGES})?\.?\s*$"),
        "extent": compiled(r"\.\s+\d+\s*[ps]\.?$"),
        "chapter_pages": compiled(rf",\s*(?P<pages>{_PAGES})$"),
        # where it is found online and when it was seen, to the end: `Disponível em: https://…. Acesso em: 8 jul. 2021`
        "online": compiled(rf"\.\s+(?:(?:{alternation('reference_words.csv', 'online')})\s*:|https?://|doi:|DOI:).*$"),
        # the medium a web work is in, after its imprint (`[S. l.]: Zenodo, 2021. Conjunto de dados.`, `… 2021.
        # Podcast.`): no field's
        "medium": compiled(rf"\.\s+(?:{alternation('reference_words.csv', 'medium')})\.?$"),
    }


def abnt_head(text: str, loose: bool = False) -> re.Match | None:
    """Where the authors of an ABNT reference end (group ``authors``), or None.

    >>> abnt_head("SILVA, Joaquim Pereira da. História da polícia. Rio de Janeiro: Nacional, 1942.").group("authors")
    'SILVA, Joaquim Pereira da'
    >>> abnt_head("ALMEIDA, Rui; COSTA, T. Polícia e sociedade. Coimbra: Almedina, 2011.").group("authors")
    'ALMEIDA, Rui; COSTA, T.'
    >>> abnt_head("MOREIRA, op. cit., p. 52") is None
    True
    """
    for kind in ("head", "one"):
        head = _patterns()[kind].match(text)
        if head is not None and _body(text[head.end():], loose):
            return head
    return None


# a sentence's end, then a surname in capitals (`… ao mediador, p. 169-178. ALMEIDA, D.A.R.; …`)
_AFTER_STOP = compiled(rf"[.!?]\s+(?=[{UPPER}]{{2,}}[\s,-])")


def abnt_after_sentence(piece: str) -> int | None:
    """Where a whole ABNT reference opens a sentence after another, in a piece not read as a reference (the
    sentence before is commentary, or a reference no reader knows), else None.

    >>> note = "Mais sobre isso em HALLAK, E. Impedimentos, p. 169-178. ALMEIDA, D.A.R. A mediação. Rio de Janeiro: Forense, 2015."
    >>> note[abnt_after_sentence(note):]
    'ALMEIDA, D.A.R. A mediação. Rio de Janeiro: Forense, 2015.'
    """
    return next((m.end() for m in _AFTER_STOP.finditer(piece) if is_abnt(piece[m.end():])), None)


def ends_with_editors(text: str) -> bool:
    """Whether ``text`` ends with the editors of the book a chapter is in (`In: NAME, N. (org.).`): the book's title
    follows, so the full stop after them ends no reference.

    >>> ends_with_editors("VAŠKO, Pavol. Kolektivizácia a cirkev. In KRAJČOVIČ, Tibor (ed.).")
    True
    """
    return _patterns()["editors_end"].search(text) is not None


def is_abnt(piece: str) -> bool:
    """Whether ``piece`` is an ABNT reference: its authors (or `Id.`) and a book's, article's or thesis's imprint.

    >>> is_abnt("LOPES, Marta. Os emigrados. Análise Social, Lisboa, v. 30, n. 133, p. 789-812, 1995.")
    True
    >>> is_abnt("Id. Os ingleses no Rio. São Paulo: Alameda, 2008. p. 71."), is_abnt("ANTT, Intendência, maço 5")
    (True, False)
    >>> is_abnt("PERES, J. R., & BRIZOTI, N. (org.). Compliance e fraudes. São Paulo, 2016")
    True
    """
    text = piece.strip()
    same = _patterns()["same"].match(text)
    if same:
        return _body(text[same.end():]) is not None
    return abnt_head(text) is not None


def _body(text: str, loose: bool = False) -> dict | None:
    """The fields of what follows the authors (title, container, imprint, volume, pages), or None when it is no
    ABNT reference."""
    p = _patterns()
    online = p["online"].search(text.strip()) is not None
    text = p["medium"].sub("", p["online"].sub("", text.strip()).rstrip("."))
    text = p["edition"].sub(".", p["role"].sub("", p["extent"].sub("", text.strip().rstrip(".").strip())))
    ref = {}
    tail = p["tail"].search(text)
    if tail and tail.group("pages"):
        ref.update(pages=tail.group("pages"), volume=tail.group("volume") or "")
        text = text[:tail.start()].rstrip(" .,")
    volume = p["volume"].search(text)  # `Zv. 2.` between the title and the imprint
    if volume:
        ref["volume"] = ref.get("volume") or volume.group("volume")
        text = text[:volume.start()] + text[volume.end():]
    inside = p["in"].search(text)
    if inside:
        ref["title"] = text[:inside.start()].strip()
        chapter = p["chapter_pages"].search(ref["title"])  # (`Título, p. 27-45. In: …`: the chapter's range first)
        if chapter:
            ref["title"] = ref["title"][:chapter.start()]
            ref.setdefault("pages", chapter.group("pages"))
        return _container(text[inside.end():], ref)
    for kind in ("thesis", "journal", "press", "book", "series", "undated", "place_year", "place_publisher"):
        found = p[kind].search(text)
        if found and found.start() > 0 and (kind in ("thesis", "journal", "press", "undated") or found.end() >= len(text) - 1):
            ref["title"] = text[:found.start()].strip()
            for key, value in found.groupdict().items():
                if value and key != "range":
                    ref[key] = value.strip()
            if kind == "journal" and found.group("range"):  # the article's range; the pinpoint, when given, stays
                ref.setdefault("pages", found.group("range"))
            return ref if ref["title"] else None
    web = p["web_year"].search(text)
    # (a title of one area and its year alone only when reading a piece already told a reference, ``loose``: told
    # apart, `SILVA, Ana. Título. 2004.` would end a thesis before its `Tese (Doutorado …)`)
    if web and web.start() > 0 and web.end() >= len(text) - 1 and (
            online or web.group("published") or loose and ". " not in text[:web.start()]):
        ref.update(title=text[:web.start()].strip(), year=web.group("year"))
        return ref if ref["title"] else None
    return None


def _container(text: str, ref: dict) -> dict | None:
    """The book a chapter is in (``In: …``): its title and imprint, or only its editors and op. cit. (no title)."""
    book = _patterns()["book"].search(text)
    if not (book and book.start() > 0):
        book = _patterns()["place_publisher"].search(text)
        book = book if book and book.start() > 0 and book.end() >= len(text.rstrip(" .")) - 1 else None
    if book:
        container = text[:book.start()].strip(" .")
        # (its editors with no word for their role: `In: ZANETTI JR., H.; CABRAL, T. N. X. Justiça multiportas.`)
        editors = _patterns()["head"].match(container) if not ref.get("editors") else None
        if editors and container[editors.end():].strip():
            ref["editors"], container = editors.group("authors"), container[editors.end():].strip()
        ref.update(container=container, place=book.group("place"), publisher=book.group("publisher").strip(),
                   year=book.group("year"))
        return ref
    journal = _patterns()["in_journal"].match(text.strip()) or _patterns()["in_journal_volume_first"].match(text.strip())
    if journal:
        ref.update({key: value for key, value in journal.groupdict().items() if value})
        return ref
    ref["container"] = ""
    return ref if ref["title"] else None


def read_abnt(text: str, ref: dict) -> bool:
    """Fill ``ref`` from an ABNT reference; False (``ref`` untouched) when ``text`` is not one.

    >>> ref = {}
    >>> read_abnt("MOREIRA, Ana. A polícia da Corte: vigilância. 2. ed. Rio de Janeiro: Zahar, 1990. p. 45.", ref)
    True
    >>> ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"], ref["pages"]
    ('MOREIRA, Ana', 'A polícia da Corte: vigilância', 'Rio de Janeiro', 'Zahar', '1990', 'p. 45')
    >>> ref = {}
    >>> read_abnt("SOUZA, Rui. Quem paga a conta? Revista Nova, n. 24, p. 38-39, dez. 2007.", ref), ref["title"]
    (True, 'Quem paga a conta?')
    """
    text = text.strip()
    same = _patterns()["same"].match(text)
    head = None if same else abnt_head(text, loose=True)
    if not (same or head):
        return False
    found = _body(text[(same or head).end():], loose=True)
    if found is None:
        return False
    ref.update(found)
    ref["authors"] = head.group("authors") if head else ""
    return True


# a surname in capitals read as the whole author, the initials after its comma as the title's first words
_CAPITALS_ONLY = compiled(rf"{_FAMILY}")
_INITIALS_OPENING = compiled(rf"(?P<initials>[{UPPER}]\.(?:-?\s?[{UPPER}]\.){{0,3}})\s+(?=[{UPPER}][^\W\d_]*[^\W\d_.])")


def initials_out_of_title(ref: dict) -> dict:
    """``ref``, changed in place: where its author is a surname in capitals alone and its title opens with initials
    (`ALEXY` and `R. Teoria dos direitos fundamentais`, read where the rest of the reference kept it from being
    read as ABNT), the initials are the author's.

    >>> ref = initials_out_of_title({"authors": "CABRAL", "title": "T. N. X. Justiça multiportas"})
    >>> ref["authors"], ref["title"]
    ('CABRAL, T. N. X.', 'Justiça multiportas')
    >>> initials_out_of_title({"authors": "Smith", "title": "J. R. R. Tolkien and his critics"})["authors"]
    'Smith'
    """
    authors, title = (ref.get("authors") or "").strip(), ref.get("title") or ""
    opening = _INITIALS_OPENING.match(title) if _CAPITALS_ONLY.fullmatch(authors) else None
    if opening:
        ref.update(authors=f"{authors}, {opening.group('initials')}", title=title[opening.end():])
    return ref

