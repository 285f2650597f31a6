"""Literature citations: telling a reference from an archival citation, and reading its parts (`parse_reference`).

A compact heuristic parser for the humanities styles; the others each in a module; short references: shortrefs.py.
"""

from __future__ import annotations

import re

from .abnt import abnt_head, initials_out_of_title, is_abnt, read_abnt
from .authorless import authorless_article, authorless_book, read_authorless_article, without_lead
from .authordate import cited_whole, is_author_date, read_author_date
from .bluebook import is_bluebook, read_bluebook
from .bracketimprint import PUBLISHER
from .capitals import capitals_head, capitals_reference
from .casenotes import case_note, read_case_note
from .caselessjournal import caseless_article, read_caseless_article
from .corporate import corporate_head, with_body_as_author
from .corporatebook import corporate_book
from .ends import without_end, without_online, without_remark
from .entries import without_entry_word
from .quotedtitle import quoted_title
from .caseless import caseless_author, caseless_imprint, caseless_name, caseless_volume, without_lead_word
from .clauses import comma_before_imprint, imprint_after_stop, journal_after_stop, place_year_after_stop, without_title_clauses, year_bracket_before_journal
from .asides import without_asides, without_catalogue, without_imprint_gaps, without_translation
from .editedfirst import editor_first
from .editions import cited_year, edition_shape, without_edition_bracket, without_edition_statement, year_without_edition
from .housetext import as_comma_style
from .heads import lead_abbreviation, without_words_before_name
from .imprintcomma import IMPRINT_COMMA, imprint_comma, imprint_order, names_alone, publisher_year
from .fileyear import issue_number
from .gost import is_gost, op_cit, read_gost
from .opcitcommas import with_op_cit_commas
from .yearpage import read_year_page, year_page_reference
from .yearlast import year_last_book
from .colon import colon_head, read_colon_reference
from .containers import EDITOR_WORD, EDITORS_BRACKETED, EDITORS_NO_COMMA, comma_before_bracketed_in, container_editors, journal_in_title, listed_editors, place_as_journal, \
    without_cited_note
from .dated import dated_article, read_dated_article
from .cjk import gloss_out_of_container, is_cjk_reference, read_cjk
from .citedmark import without_cited_mark, without_cited_mark_end
from .journalshape import JOURNAL_ISSUE, JOURNAL_VOL, QUOTED_JOURNAL, YEAR_JOURNAL_AFTER_TITLE, container_tail, \
    journal_after_title, journal_out_of_brackets, quoted_journal, year_journal_in_title
from .locators import HERE, first_of_run, located_volume, without_locators
from .legal import (ABBREVIATION, BRACKET_YEAR_PAGE, book_by_author, bracket_year, is_legal_short, read_book_by_author,
                    read_commentary, read_legal_short, without_lead_in)
from ..dates import find_dates
from ..text import script_of
from .names import ET_AL, after_and, et_al_joined, is_name, names_joined, persons, reads_as_clause, same_form, without_prose_before, without_sentence_before
from .namecolon import as_comma
from .namestop import full_stop_style
from .places import PLACE_YEAR, house_before_towns, month_not_place, places_before, publisher_before, publisher_not_place, town_before_region
from .notetext import find_dates_covering, kept, split_commas
from .oscola import book_bracket, british_tail
from .press import press_issue
from .printed import source_kind
from .quotes import QUOTE_START, title_quote, typographic_quotes, unquoted
from .namequote import comma_before_pages, comma_before_quote, subtitle_in_quote
from .rereadings import rereadings
from .shortshape import read_short_form, short_form
from .sigla import siglum_head, under_siglum
from .sameauthor import without_same_author
from .notereference import note_reference, read_note_reference, short_note_reference
from .shortrefs import SAME_AUTHOR, read_shaped_short_title, short_title, stop_short_title
from .theses import read_thesis, thesis_reference
from .titledjournal import read_journal_after_title, read_names_and_title
from .titlevolume import author_read_as_title, name_title_before_volume, read_title_volume
from .tails import (NUMBER_STOP, container_pages, container_year, journal_tail, place_year_bracket, publisher_bracket,
                    trailing_pages, without_cited_page, without_first_edition, without_number_stops, without_prose_after)
from .words import LOWER, UPPER, YEAR, alternation
from ..patterns import compiled

REFERENCE_COLUMNS = ["doc_id", "note_no", "seq", "authors", "title", "container", "volume", "issue", "place", "publisher",
                     "year", "pages", "script", "raw"]
REFERENCE_EXTRA = ["ref_of", "editors"]


# (`Nimeke. Helsinki: SKS, 1985`: after a title's full stop too, the Finnish and Scandinavian order, places joined by `/`, a US town
# with its state, `Berkeley, CA:`; a comma or a capital opens it, looked at first: the scan passes over other places at once)
_PUBLISHER_PLAIN = compiled(rf"(?=[,{UPPER}])(?:^|,\s*|(?<=[^\W_]{{3}}\.\s))(?P<place>(?:[{UPPER}][\w.’'-]+\s){{0,2}}[{UPPER}][\w.’'-]+,\s*(?:[A-Z]{{2}}|[A-Z][a-z]{{1,4}}\.)|[{UPPER}][\w .–/-]{{1,40}}):\s*(?P<publisher>[^,:()\d]{{2,80}}?),?\s+(?P<year>(?:1[5-9]|20)\d{{2}})(?![\d–—-])")
# a 3-letter word's full stop, its last two small (`EU Law. Oxford`), or a year's, before a capital (not `St. Paul`)
_STOP_BEFORE_PLACE = compiled(rf"(?:(?<=[^\W\d_]{LOWER}{{2}})|(?<=\d{{4}}))\.\s+(?=[{UPPER}])")

# a German book's year after its title, with its edition or alone: `…, 3. Aufl. 1903`, `…, 1899`
_EDITION_YEAR = compiled(rf",\s*(?:\d+\.\s*Aufl\.\s*)?(?P<year>{YEAR})\s*$")
# `…, Paris: Nathan 1996`, `…, Frankfurt am Main: Klostermann 1997`: place, colon, publisher and year (no comma)
_PLACE_PUBLISHER_YEAR = compiled(rf",\s*[{UPPER}][\w’'.-]+(?:[ -][\w’'.-]+){{0,2}}\s*:\s*[{UPPER}][^,:;\d]{{0,60}}?\s+{YEAR}\s*$")
_EMPTIED = compiled(r"\s*(?:\(\s*\)|\[\s*\])")  # a bracket that held only what an edition's statement took out of it

# (``role_after``: a translator's or editor's clause after the title, `…, trad. de X`, `…, übers. von X`: the title
# ends at it, and the clause is neither title nor container)
_EDITOR = compiled(r",\s*(?:prir\.|прир\.|ur\.|ур\.|ed\.|eds\.|hrsg\.|Hg\.|hg\.|edited by|red\.|ред\.|"
                     rf"{alternation('reference_words.csv', 'role')}|{alternation('reference_words.csv', 'role_after')})\s.*$",
                     re.IGNORECASE)

# `t. 2`, `Т. 2` (a volume) and `wyd. 2`, `2. Aufl.` (an edition), `4 Bde.` (the count of volumes) alone between commas
_VOLUME_PART = compiled(rf"^(?:{alternation('reference_words.csv', 'volume')})\s*(?P<no>\d+|[IVXLC]+)$")
_EDITION_PART = compiled(rf"^(?:(?:{alternation('reference_words.csv', 'edition')})\s*\d+|\d+\.?[ªº]?\s*(?:wyd|изд|Aufl|ed|éd)\.|"
                         rf"\d{{1,3}}\s+(?:{alternation('reference_words.csv', 'volumes')}))(?:\s+[^\W\d]+\.?)*$")  # `wyd. 2 popr.`
_EDITORS_FIRST = compiled(r"^(?P<names>[^,]{3,120}),\s*(?:eds?\.|Hg\.|Hrsg\.|ur\.|prir\.|red\.|dir\.|"  # (or in brackets, `, (ed.),`)
                          r"\((?:eds?|Hg|Hrsg|ur|prir|red|dir)\.?\))\s*,\s*(?=\S)", re.IGNORECASE)
_IN_WORDS = rf"(?:(?:{alternation('reference_words.csv', 'in')})\s*|(?:in|In|u|U|у|У|dans|en)(?:\s?:\s*|\s+))"
IN_CONTAINER = compiled(rf"^\s*,?\s*{_IN_WORDS}")
_IN_AFTER_COMMA = compiled(rf",\s*{_IN_WORDS}")

# `Kevin Morgan, 'The Problem of the Epoch', Twentieth Century British History 16 (2005)`: a title in straight single quotes (or `in` after it and no comma, as Irish Historical Studies prints: `'Title, 1847–52' in I.H.S.`)
_SINGLE_QUOTED = compiled(r"^[^,']{2,60},\s+'[^']{3,200}'\s*(?:,|in\s|[(\[]\d{4}[)\]])")  # (OSCOLA: `'Title' [1988] CLJ 402`)

_EDITOR_MARK = compiled(rf"\s*\((?:ur|prir|a\s+cura\s+di|{EDITOR_WORD})\.?\)", re.IGNORECASE)


def without_editor_mark(text: str) -> str:
    """``text`` without an editor's mark in brackets (`Name (Hrsg.), Titel`), as `_EDITOR_MARK` cuts it.

    >>> without_editor_mark("Bernd Faulenbach (Hrsg.), Titel, Essen 1992"), without_editor_mark("TNA, FO 371/1")
    ('Bernd Faulenbach, Titel, Essen 1992', 'TNA, FO 371/1')
    """
    # (every match holds its opening bracket, `\(`: a text without one is not searched at every character, as `\s*` has it)
    return _EDITOR_MARK.sub("", text) if "(" in text else text

# an interview or conversation the author held is an oral source, read as literature
_ORAL = compiled(r"^(?:(?:the\s+)?author'?s\s+)?(?:interview|conversation|razgovor|intervju|pogovor|gespräch|entretien|"
                   r"entrevista|intervista|wywiad|rozmowa|rozhovor|interjú|интервју|интервью|беседа|разговор)\b", re.IGNORECASE)


def cites_publication(piece: str) -> bool:
    """Whether ``piece`` names a publisher in parentheses, says op. cit., is an author's book (`book_by_author`) or a
    body's report (`corporate_book`): literature, whatever archive it names.

    >>> [cites_publication(t) for t in ("Archiv (Bonn: Dietz, 1990), 4", "AJ, 507, IX", "Les mots (Paris: PUF, 2005 [1966])")]
    [True, False, True]
    """
    return bool(PUBLISHER.search(piece) or op_cit(piece) or book_by_author(piece) or corporate_book(piece))


@kept  # (asked of a piece by the splitter, by `daylists`, then by the classifier)
def is_literature(piece: str) -> bool:
    """Whether a citation is read as literature: `looks_like_literature`, or `Place: Publisher, Year` without brackets,
    or it reads so once the words and the colon before its author's name are passed (`Zur Geschichte: Rehm, Titel, …`).

    >>> is_literature("D. Bilandžić, Hrvatska moderna povijest, Zagreb: Golden marketing, 1999, 45")
    True
    """
    return looks_like_literature(piece) or bool(_PUBLISHER_PLAIN.search(piece)) or (":" in piece and (
        bare := without_words_before_name(piece, is_name)) != piece and piece[:-len(bare)].rstrip().endswith(":")
        and _looks_like(bare)) or cited_whole(piece)  # (`cf. Minchin and Ross 2003`: `authordate.cited_whole`)


@kept  # the splitter asks of each piece and of what follows a lead word, the classifier again
def looks_like_literature(piece: str) -> bool:
    """Whether ``piece`` reads as a book, article, newspaper issue or interview rather than an archival file.

    >>> looks_like_literature("Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 12")
    True
    >>> looks_like_literature("TNA, FO 371/107832, Minute, 12 March 1953")
    False
    """
    same = SAME_AUTHOR.match(piece)  # `Id.: Título, …` as `Id., Título, …` when not so (`Ista: Naslov.`: colon style)
    # (any language's word, `tas pats, Pavadinimas, Kaunas, 1939`, read as the Latin one, a name's single word)
    lead = lead_abbreviation(piece)  # `Qrz. NAME, Forename. Title. …`: what follows a lead word no list holds
    return _looks_like(piece) or (bool(same) and same.group().rstrip().endswith(":")
                                  and _looks_like(f"{same.group().rstrip()[:-1]}, {piece[same.end():]}")) \
        or (bool(same) and any(map(_looks_like, ((idem := f"Idem, {piece[same.end():]}"), *rereadings(idem))))) \
        or (lead is not None and _looks_like(piece[lead.end():])) or is_bluebook(without_lead_in(piece)) \
        or _looks_like_with_comma(piece) or _looks_like_with_stop(piece) or read_title_volume(piece, {}) \
        or any(map(_looks_like, rereadings(piece))) or (bare := without_lead(without_remark(without_online(without_catalogue(without_translation(without_imprint_gaps(piece))))))) != piece and looks_like_literature(bare) \
        or ((first := editor_first(piece)) != piece and _looks_like(first))  # (`Title, hg. von Name, …`: `editedfirst`)


def _looks_like_with_comma(piece: str) -> bool:
    """`Vorname Name: Titel, Ort Jahr` read with a comma for the colon (`as_comma` changes the piece only when
    person's names stand before the colon: `namecolon.name_colon`, asked once)."""
    comma = as_comma(piece)
    return comma != piece.strip() and _looks_like(comma)


def _looks_like_with_stop(piece: str) -> bool:
    """`Eesnimi Nimi. Pealkiri. Tallinn: Olion, 1985` read with a comma for the full stop after the names, and
    `, in:` for `. Grām.:` (`namestop.full_stop_style`)."""
    bare = without_lead_in(piece)  # (`sk. arī V. Lācis. Title. …`: the names after the lead word)
    comma = full_stop_style(bare)  # (its short title's pages read by their shape only here: `Nimi. Pealkiri, lk 60`)
    return comma != bare and (_looks_like(comma) or stop_short_title(comma))


def _looks_like(piece: str) -> bool:
    # (pure looks: their order is only cost, the cheapest per yes first; a newspaper issue, reading dates, the dearest)
    return bool(_ORAL.match(piece) or _SINGLE_QUOTED.search(piece) or is_cjk_reference(piece) or is_bluebook(piece)
                or short_note_reference(piece) or _reads_as_publication(piece) or cites_publication(piece)
                or is_author_date(piece) or is_gost(piece) or is_legal_short(without_cited_page(piece)) or is_abnt(piece)
                or capitals_reference(piece) or case_note(piece) or colon_head(piece) or short_form(piece) or press_issue(piece)
                or authorless_book(piece) or authorless_article(piece) or caseless_article(piece) or thesis_reference(piece)
                or year_last_book(piece) or dated_article(piece) is not None or year_page_reference(piece) is not None)


def _reads_as_publication(piece: str) -> bool:
    """Author and place and year, an issue `12/1990`, a quoted title after the author, or a short title and pages."""
    # Croatian and Serbian put a full stop after numbers: `Zagreb 1990., 145.–150.`; `(Hrsg.)` after an editor; a comma
    # may end it where the note goes on: `…, Berlin 1824, cité par …`; the cited pages after a word, `…, bes. 153–158`;
    # (`die Überlegungen bei Andreas Gestrich, …`, `…, 2nd ed. (2004), p. 12`: the words before the author and an
    # edition's statement are no part of the shape)
    given = piece
    piece = without_lead_in(HERE.sub(", ", without_editor_mark(NUMBER_STOP.sub("", without_edition_statement(piece.rstrip().removesuffix(","))))))
    piece = without_locators(first_of_run(without_cited_page(piece)))  # (`…, EuZA 2010, 62 (70)`; `…, 1968, I. 9, 148`)
    # (a book cited whole ends in its year, `…, Udine, Del Bianco, 1968.`; not a file's `…, kut. 5, Zapisnik, 1949`)
    start, pages = trailing_pages(piece.rstrip(" ."))
    whole = re.fullmatch(YEAR, pages) and not re.search(r",\s*[^\W\d_]+\.?\s*\d+\s*,", piece)
    body = piece.rstrip(" .") if whole else piece[:start]
    # (the patterns first, the parts and the name only if one matched; `…, Wien: Böhlau, 1968` is the third)
    shape = 3 if PLACE_YEAR.search(body) or _PLACE_PUBLISHER_YEAR.search(body) or _PUBLISHER_PLAIN.search(body) \
        or caseless_imprint(body) else 4 if IMPRINT_COMMA.search(body) or publisher_year(body) else 0
    # (a chapter in a book cited before, with its pages and no year: `Name, Title, in: Book, 101–118`)
    # (not `in Book, supra note 11`; but its editors, `[in:] Kmieciak (ed.), supra note 2, p. 433`: a chapter's title is new)
    inside = not shape and _IN_AFTER_COMMA.search(body) is not None and (
        re.search(YEAR, body) is not None or bool(pages) and (not note_reference(body) or _EDITOR_MARK.search(given)))
    if shape or inside:
        parts = split_commas(body)
        # (`John Kearney and Mary Oster`; a caseless script's book whose title, with no colon after prose, comes first)
        named = parts and (is_name(parts[0]) or names_joined(parts[0], short=False)
                           or ":" not in parts[0] and caseless_imprint(body))
        if named and (len(parts) >= shape if shape else  # `…, in «Rivista», 1971`
                      any(IN_CONTAINER.match(part) for part in parts[2:])):
            return True
    if issue_number(piece):  # `Dějiny a současnost 12/1990` (not a file's `dosar 88/1924`)
        return True
    if journal_after_title(body):  # `Kubíček, Spolky v Plzni, Minulostí Západočeského kraje 33, 1998, s. 45–60`
        return True
    if BRACKET_YEAR_PAGE.search(piece) or place_year_bracket(piece) or book_bracket(piece) or publisher_bracket(piece) \
            or YEAR_JOURNAL_AFTER_TITLE.search(piece):  # `(2023) 45`, `(Lund 2000)`, `(Leiden, Brill, 2018), p. 234`
        parts = split_commas(piece)  # (`Bronwen Harlow and Karen Quint, Title (OUP 2011) 80`: two authors' names)
        if len(parts) >= 2 and (is_name(parts[0]) or names_joined(parts[0], short=False)):
            return True
    head = piece[:80]
    quote = QUOTE_START.search(head)
    if quote and quote.start() > 0:
        before = piece[:quote.start()].rstrip()
        if before.endswith(",") and len(before.split()) <= 8 and (  # (a clause, `He did add, “…`, not a law's title in a gazette)
                "," in before[:-1] or not reads_as_clause(before) or source_kind(piece)):
            return True
    return bool(short_title(without_cited_mark(piece)))


# Why rules (and our own CRF, `histkit.literature`): refextract found 1 of 8 seed authors; AnyStyle, GROBID: no Python
def parse_reference(raw: str) -> dict:
    """Authors, title, container, volume, issue, place, publisher, year, pages and script of a literature citation.

    >>> parse_reference("Geoff Eley, Forging Democracy, (New York: Oxford University Press, 2002), 12–14.")["publisher"]
    'Oxford University Press'

    Every field is a string, empty when not found. Never raises.
    """
    # (`Vgl`: not the author's; what ends it in its note, no field's: `ends`; `'Title', The Times`: quotes typographic first)
    text = typographic_quotes(subtitle_in_quote(comma_before_pages(comma_before_quote(without_prose_after(with_op_cit_commas(without_lead_in(without_end(
        comma_before_bracketed_in(year_without_edition(raw := typographic_quotes(raw)))))))))))  # (`Tytuł [w:] Książka`: a container of its own)
    text = journal_out_of_brackets(without_asides(as_comma_style(text)))  # `Kikin shiroku [Notes on famine] (1836; repr., …)`: no field's
    text, editions = without_edition_bracket(text)  # `København 1888 (genoptrykt 1978)`: two editions' years
    text = journal_after_stop(place_year_after_stop(imprint_after_stop(comma_before_imprint(year_bracket_before_journal(text)))))
    # (`Ministero di …, Relazione …, Roma, 1905`: a body as the author, its words none before a person's name)
    body = corporate_head(text)
    if not _ORAL.match(text) and not body:  # (`Interview with Koča Stanić, Belgrade, …`: the words are the source's)
        text = without_words_before_name(text, is_name)
    ref = {k: "" for k in ("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages",
                           "editors")}
    ref["script"] = script_of(text)
    if read_cjk(raw, ref):  # `王某：《书名》，上海：某出版社，2005年，第45页`: the Chinese and Japanese shape
        return ref
    # `GARCÍA, Juan: Título, …`: the authors, then the rest (not the colon styles' `NOVÁK, Ján: Názov.`, `BAKHTIN, M.
    # Freudismo: um …`, nor a book in the Bluebook's capitals, `FRANCIS FUKUYAMA, TRUST: …`)
    caps = capitals_head(text)
    if caps and (colon_head(text) is not None or abnt_head(text) is not None or is_bluebook(text)):
        caps = None
    if caps:
        _read_reference(text[caps.end():], raw, ref)
        ref["authors"] = caps.group("authors")
    elif body:
        with_body_as_author(text, body, _read_reference(text[body:], raw, ref))
    elif siglum := siglum_head(text):  # `RW 544, Titel, 1982`: a collected edition's siglum and page, then the work
        under_siglum(siglum, _read_reference(text[siglum.end():], raw, ref))
    else:
        _read_reference(text, raw, ref)
    ref["authors"] = without_prose_before(without_sentence_before(without_lead_word(ref["authors"])))  # (`It is so. Name`)
    author_read_as_title(name_title_before_volume(initials_out_of_title(ref)))  # (`Jean-Claude Allain, Joseph Caillaux, t. 1 : …`; `K. Pietrzyk, [w:] …`)
    # (`Pealkiri. Tlk Enn Kõiv`: a translator's clause, no list's; `voce Usi civici`: an entry's word, no title's)
    ref["title"] = unquoted(without_cited_mark_end(without_entry_word(without_title_clauses(ref["title"]))))
    ref["year"] = cited_year(ref["year"], editions)  # (the later edition's: the one cited)
    # (`in: Finkin/Mundlak (Hrsg), Comparative Labour Law`, `in: Works (Fn. 11)`: the book's editors, its earlier note)
    container, editors = container_editors(without_cited_note(container_tail(british_tail(journal_in_title(year_journal_in_title(place_as_journal(month_not_place(publisher_not_place(gloss_out_of_container(ref))))))))["container"]))
    ref["container"] = without_cited_note(container) if editors else container  # (`Kmieciak (ed.), supra note 2`)
    ref["editors"] = editors or ref["editors"]  # (a container's editors, or a book's its reader took: `(Name ed., 1988)`)
    return ref


def _read_reference(text: str, raw: str, ref: dict) -> dict:
    if read_thesis(raw, ref) or read_abnt(text, ref) or read_case_note(text, ref) or read_caseless_article(text, ref) \
            or read_authorless_article(text, ref) or read_commentary(text, ref):
        return ref  # (`Name, Title, PhD thesis, Univ., 1998` from the raw: its words still there; `SOBRENOME, Nome. …`)
    # `S. 100–130, hier S. 105`, `273-307 (281 f)`: the cited page after the range
    text = first_of_run(without_cited_page(HERE.sub(", ", without_number_stops(without_first_edition(text)))))
    text, volume = located_volume(text)  # (`…, New York 1959, Bd. II, Kap. 1, 10`: the divisions, not the imprint's)
    ref["volume"] = ref["volume"] or volume
    text = full_stop_style(text)  # `Heino Tamm. Pealkiri. Tallinn: …`: the full-stop styles' authors (first: a title's
    if colon_head(text) is None:  # full stops would let `Heino Tamm. Pealkiri. Tallinn` pass for names before a colon)
        text = as_comma(text)  # `Jürgen Kastner: Titel, Stuttgart 1997`: the comma styles with a colon
    if read_note_reference(text, ref):  # `Kennan, Memoirs, supra note 1, 277`, `Brückner (Fn. 1), S. 12`
        return ref
    if read_shaped_short_title(text, ref):  # `Gerritsen, Geschiedenis, dl. 2, 310-311`
        return ref
    if read_title_volume(text, ref):  # `Eesti maarahva ajalugu. Kd 2, lk 240`: a work without an author, cited short
        return ref
    if read_short_form(text, ref):  # `Jónsdóttir, Saga bæjanna, bls. 14`: a page mark no list holds, by its shape
        return ref
    if read_bluebook(text, ref):  # `Author, Title, 145 U. PA. L. REV. 1, 2 (1996)`
        return ref
    if read_legal_short(text, ref) or read_commentary(text, ref) or read_book_by_author(text, ref) or read_year_page(text, ref):
        return ref
    if read_colon_reference(text, ref):  # `Kovács István: Cím. Budapest, 1990. 45.` (`Uő: …`: the author before)
        return ref
    text = without_same_author(said := without_cited_mark(text))  # `Его же. Название…`, `Tenże, Tytuł…`: the author before
    if read_gost(text, ref) or read_author_date(text, ref) or read_dated_article(text, ref):  # (`…, Die Presse, 15.04.2024`)
        return ref
    head = _read_publication(text, ref)
    if _read_quoted_journal(head, ref) or read_journal_after_title(head, ref) or _read_quoted_title(head, ref):
        return ref
    press = press_issue(raw.strip())
    if press:
        ref.update(container=press[0], year=press[1].date_start[:4], title=press[2].strip("„“”\"«»‘’ "))
        return ref
    _read_plain(head, ref, titled=text != said)  # (the author before: the first part is the title, `ders., Advancement, in …`)
    return ref


# the pages ending a reference right after an imprint's bracket, no comma or mark: `(Assen: Van Gorcum, 1994) 45-52`
_BARE_PAGES_AFTER_BRACKET = compiled(r"(?<=\))\s+(?P<pages>\d+(?:\s*[–—-]\s*\d+)?)\s*\.?\s*$")
_VOLUME_BEFORE_PAGE = compiled(r",\s*(?P<volume>\d{1,2}|[ivxlc]{1,5}|[IVXLC]{1,5})\s*:\s*\d")  # Chicago's `…, 1931), 1:208`

def _read_publication(text: str, ref: dict) -> str:
    """Place, publisher, year and pages from the end of a reference; what comes before them (authors, title)."""
    start, pages = trailing_pages(text)
    if re.fullmatch(YEAR, pages):  # `Susskind, Transforming the Law, 2000`: the year, not a page
        start, pages = len(text), ""
    pub = PUBLISHER.search(text) or place_year_bracket(text) or publisher_bracket(text)  # `(Montréal, Boréal, 1989)`
    if pub:
        ref.update(zip(("place", "publisher"), house_before_towns(pub.group("place").strip(), pub.group("publisher").strip(" ,"))), year=pub.group("year"))
        if (volume := _VOLUME_BEFORE_PAGE.match(text, pub.end())) and not ref.get("volume"):
            ref["volume"] = volume.group("volume")  # the volume of a work in several, its page after the colon
        if pages and start >= pub.end() - 1:
            ref["pages"] = pages
        elif (bare := _BARE_PAGES_AFTER_BRACKET.match(text, pub.end())) and not re.fullmatch(YEAR, bare.group("pages")):
            ref["pages"] = bare.group("pages")  # `Titel (Amsterdam 1985) 45`: no comma
        return text[:pub.start()].rstrip(" ,")
    if pages:
        ref["pages"] = pages
        text = text[:start]
    head = text
    # `…, JZ 73 (2018)`, `Title (2023) 45` (not after `in:`, nor with a quoted title: their own readers)
    bracketed = None if _IN_AFTER_COMMA.search(head) or QUOTE_START.search(head) else bracket_year(head, ref)
    if bracketed is not None:
        return bracketed
    # `…, Industrielle Beziehungen 12/2005/2`, `…, Český časopis historický 88, 1990, č. 2`
    journal = None if _IN_AFTER_COMMA.search(head) or QUOTE_START.search(head) else journal_tail(head, ref)
    if journal is not None:
        return journal
    nop = _PUBLISHER_PLAIN.search(head)
    # (`Nimeke. Helsinki: SKS, 1985`: a full stop ends the title before the place; no title before: a subtitle's colon)
    stop = [m.end() for m in _STOP_BEFORE_PLACE.finditer(nop.group("place"))][-1:] if nop else []
    if nop and nop.start() > 0 and not names_alone(head[:nop.start("place") + sum(stop)]):
        ref.update(place=nop.group("place")[sum(stop):].strip(), publisher=nop.group("publisher").strip(),
                   year=nop.group("year"))
        head, ref["place"] = town_before_region(head[:nop.start("place") + sum(stop)].rstrip(" ,."), ref["place"])  # (`Totowa, New Jersey:`)
    else:
        place_year = (PLACE_YEAR.search(head) or imprint_comma(head)  # `München 1980`, `Paris, Hachette, 1932`
                      or caseless_imprint(head)  # `თბილისი: მეცნიერება, 1985`, `ירושלים תשמ"ה (1985)`
                      or _book_year(head))  # `Dernburg, Bürgerliches Recht II, 1899`
        if place_year and place_year.start() > 0:
            found = place_year.groupdict()
            place, publisher = imprint_order(found)  # (`…, Adelphi, Milano, 1986`: the Italian order too)
            journal = not publisher and re.fullmatch(ABBREVIATION, place)  # `Title, JZ 2013, 697`
            ref.update(place="" if journal else place, year=found["year"], publisher=publisher)
            if journal:
                ref["container"] = place
            head = head[:place_year.start()].rstrip(" ,")
            if place_year.re is PLACE_YEAR:  # `Chicago, London 1987`: the publisher's other towns (`places.py`)
                head, ref["place"] = places_before(head, ref["place"])
            if not ref["publisher"] and not journal:  # `…, Alianza Editorial, Madrid, 1990`: its publisher before
                head, ref["publisher"] = publisher_before(head, ref["place"])
    return head


def _book_year(head: str) -> re.Match | None:
    """The year (and edition) ending an unquoted book's ``head``, not a journal's (`in: Zeitschrift`, `„Titel“, Journal`)."""
    if _IN_AFTER_COMMA.search(head) or QUOTE_START.search(head):
        return None
    return _EDITION_YEAR.search(head)


def _read_quoted_journal(head: str, ref: dict) -> bool:
    """Authors, title and the journal in quotes after them, its volume, year and issue (`QUOTED_JOURNAL`)."""
    journal = quoted_journal(head)
    if not journal or ref["publisher"] or title_quote(head[:journal.start()]):
        return False
    read_names_and_title(head[:journal.start()], ref) or _read_plain(head[:journal.start()], ref)
    if ref["container"] or not ref["title"]:
        return False
    ref.update(container=journal.group("container").strip(" ,."),
               volume=journal.group("volume") or journal.group("volume_after") or "",
               issue=(journal.group("issue") or journal.group("issue_before") or "").replace(" ", ""), year=journal.group("year"))
    return True


def _read_quoted_title(head: str, ref: dict) -> bool:
    """Authors, a quoted title and the journal or book it is in (`A. Name, „Title“, Journal 3/1999`); False if unquoted."""
    quote = QUOTE_START.search(head)
    # (or no author, `"Recent Trends …", Annual Review of Sociology 4, (1978)`, not a newspaper's day: `press_issue`)
    if not (quote and (quote.start() == 0 and not press_issue(head) or head[:quote.start()].rstrip().endswith(","))):
        return False
    ref["authors"] = head[:quote.start()].rstrip(" ,")
    rest = head[quote.start():]
    m = quoted_title(rest)  # (a double mark's title closed by a double mark: `“… the ‘Great’ Repeal Bill?”`)
    if not m:
        ref["title"] = rest.strip(" ,„“\"")
        return True
    ref["title"] = m.group(1).strip(" ,’‘'")
    after = rest[m.end():]
    quoted = QUOTED_JOURNAL.match(after)
    if quoted and not ref["publisher"]:  # `„Tytuł”, „Kwartalnik Historyczny” 1995, nr 3`
        ref.update(container=quoted.group("container").strip(" ,."), year=quoted.group("year"),
                   volume=quoted.group("volume") or quoted.group("volume_after") or "",
                   issue=(quoted.group("issue") or quoted.group("issue_before") or "").replace(" ", ""))
        return True
    journal = JOURNAL_ISSUE.match(after) or JOURNAL_VOL.match(after)
    if journal and not ref["publisher"]:  # (the word for "in" before the journal is none of its name: `", en AHDE 60 (1990)`)
        ref.update(container=IN_CONTAINER.sub("", journal.group("container")).strip(" ,."), volume=journal.group("volume") or "",
                   issue=journal.group("issue") or "", year=journal.group("year"))
    elif after.strip(" ,."):
        container = _EDITOR.sub("", IN_CONTAINER.sub("", after)).strip(" ,.")
        year = None if ref["year"] else _CONTAINER_YEAR.search(container)  # `« Titre », Revue historique, 1972`
        ref["container"] = container[:year.start()] if year else container
        ref["year"] = year.group("year") if year else ref["year"]
    return True


# a journal's year after it, with no volume (French: `« Titre », Revue historique, 1972, p. 10-30`)
_CONTAINER_YEAR = compiled(rf"(?<=\D),\s*(?P<year>{YEAR})$")


_HAS_LETTER = compiled(r"[^\W\d_]")


def _read_plain(head: str, ref: dict, titled: bool = False) -> None:
    """Authors, title and container of a reference with no quoted title: names first, `in:` before the container."""
    # `Jane Doherty and Michael Reeve, eds., Title`, `Name (haz.), Title`: the editors, then the title
    first = _EDITORS_FIRST.match(head) or EDITORS_BRACKETED.match(head) or listed_editors(head) or EDITORS_NO_COMMA.match(head)
    # (the editor's word says names stand before it: three words in a script without case, `ታደሰ ገብረ መድኅን (አዘጋጅ)`)
    if first and (persons(first.group("names")) or caseless_author(first.group("names")) or "," in first.group("names")
                  or caseless_name(first.group("names"))):  # (`दिनेशराज पन्त (सम्पा.)`: one or two words)
        _read_plain(head[first.end():], ref)
        ref["authors"] = ref["authors"] or first.group("names")
        return
    editor = _EDITOR.search(head)
    if editor:  # (`…, hg. von Niels Werber, 2008`: the year after the editors)
        container_year(editor.group(), ref)
    head = _EMPTIED.sub("", without_edition_statement(_EDITOR.sub("", head)))  # (`Title (2nd edn)`: the bracket's all)
    parts = split_commas(head)
    # a newspaper issue: `Borba, 12. 3. 1953, 2` (not a book its imprint dated: `…, Strategy, 1945–1960 (London: …, 1995)`)
    if len(parts) == 2 and not ref["year"] and find_dates_covering(parts[1]):
        ref.update(container=parts[0], year=find_dates(parts[1])[-1].date_start[:4])
        return
    # (`Name, Title, ail arg. (Place: …)`: an edition by its shape, after the title)
    for part in [p for k, p in enumerate(parts) if _VOLUME_PART.match(p) or _EDITION_PART.match(p)
                 or (k >= 2 and edition_shape(p))]:
        volume = _VOLUME_PART.match(part)
        if volume and not ref["volume"]:
            ref["volume"] = volume.group("no")
        parts.remove(part)
    if volume := caseless_volume(parts):  # `Title, ტ. 2, რედ. Name, …`: a caseless book's volume, its editors after it
        ref["volume"], parts = ref["volume"] or volume[0], parts[:volume[1]]
    authors, parts = [], et_al_joined(parts)
    # (the part just before `in:` is the title, however like a name it looks: `Kowalski J., Kasy, [w:] Studia`)
    while not titled and len(parts) > 1 and (is_name(after_and(parts[0]) if authors else parts[0])  # (`A, B, and C`)
                              or names_joined(parts[0], short=not (ref["year"] or authors))  # (`A, B & C`)
                              or not authors and caseless_author(parts[0])) and not IN_CONTAINER.match(parts[1]) \
            and any(map(_HAS_LETTER.search, parts[1:])) and (not authors or same_form(authors[0], after_and(parts[0]))):
        authors.append(ET_AL.sub("", parts.pop(0)))  # (a title has letters: `Name, বাংলার চটকল শ্রমিক, ১৮৯০–১৯৪০`)
    if not (authors or titled) and len(parts) == 1 and ref["container"] and is_name(parts[0]):  # `Rebhahn, J. 19/2003/3`
        authors, parts = parts, []
    ref["authors"] = ", ".join(authors)
    inside = next((k for k, part in enumerate(parts) if k and IN_CONTAINER.match(part)), None)
    if inside is not None:  # `Title, in: Zeitschrift 12 (1999)`: a chapter or an article
        container = container_pages(IN_CONTAINER.sub("", ", ".join(parts[inside:])), ref)  # `…, in: J. 17 (1967) 1–19`
        journal = JOURNAL_VOL.match(container)
        if journal and re.search(rf"(?:\(\s*{YEAR}\s*\)|,\s*{YEAR})\s*$", container):  # `(1999)`, `…, n. 3, 1971`
            ref.update(container=journal.group("container").strip(" ,.«»„“”\""),
               volume=journal.group("volume") or journal.group("volume_after") or "",
                       issue=journal.group("issue") or "", year=ref["year"] or journal.group("year"))
        else:  # `in Böhle/Voß (Hrsg), Handbuch (2010)`: a book's year ends it
            ref["container"] = container_year(container, ref).strip(" ,.")
        parts = parts[:inside]
        if not (authors or titled) and len(parts) == 1 and " " not in parts[0] and is_name(parts[0]):  # `Name, in: Klang`
            ref["authors"], parts = parts[0], []
    ref["title"] = ", ".join(parts).strip(" ,")

