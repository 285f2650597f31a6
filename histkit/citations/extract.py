"""The citations and references tables of a notes table: each document's notes through four named steps.

>>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["See: TNA, FO 371/1, Minute, 1 May 1950; Ibid., 4."]})
>>> extract_citations(notes).citations[["kind", "archive", "unit", "date_start", "ibid_of"]].values.tolist()
[['archival', 'TNA', '1', '1950-05-01', ''], ['ibid', 'TNA', '1', '1950-05-01', '1:1']]

`split_note` cuts a note into citations, `classify` says how to read each, `parse_citation` reads archival and
literature citations, and `resolve_ibid` and `resolve_short_title` point Ibid. and short titles to the earlier
citation they repeat. Each document is read on its own (`cite_document`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .another import another_document_follows, opens_with_holding, read_described_document, read_next_document
from .archives import Archive, ArchiveMatcher, default_matcher, table_matcher
from .both import share_both_date
from .caseagain import case_again
from .citedmark import cited_mark_at
from .bracketed import archive_in_brackets, parse_archive_in_brackets
from .datedfirst import dated_archive_first
from .fondagain import series_cited_before
from .fileunit import filed_archive
from .definitions import learn_definitions, only_definitions
from .sourcelist import learn_source_list
from .namedlast import archive_named_last
from ..dates import find_date_groups, reading_dates_of
from ..errors import Problem
from .holdings import describe, parse_archival, read_ibid_tail, starts_with_call_number
from .ibid import IBID, IBID_INSIDE, History, ibid_tail, label, repeat, take_over
from .ibidtails import repeat_tail
from .ibidshape import ibid_alone, read_new_unit, unknown_ibid, unknown_ibid_unit
from .jaarchive import japanese_archive, parse_japanese_archive
from .journals import OWN_VOLUME, declared_names, learn_work, read_journal_short, without_work_siglum
from .korean import is_korean_reference
from .legal import legal_kind
from .modelkinds import read_by_the_model, unparsed_warning
from .notenumber import marker_length
from .namedbefore import named_then_bracket, unbracketed
from .locate import archive_first, archive_inside, code_in_use, learn_archive, parse_archive_inside, unknown_archive
from .notetext import set_date
from .scriptfolds import fold_arabic, fold_wide_punctuation
from .press import issue_dates
from .prosenamed import named_in_prose
from .proseref import as_reference
from .printed import not_literature, source_kind
from .privateholdings import own_source, private_holding
from .official import read_official
from .references import PUBLISHER, REFERENCE_COLUMNS, REFERENCE_EXTRA, is_literature, parse_reference
from ..literature import PENDING, with_model_references
from .shortrefs import author_cited_alone, bare_note_reference, repeated_author, short_title_of, take_over_reference, unresolved_repeat
from .routes import without_route
from .readings import READINGS, Piece, Reading
from .recordings import without_recording_marks
from .splitter import Segment, split_citations
from .statistics import printed_statistics
from .frenchcote import settle_units
from .fondcodes import fond_code_fields
from .insentence import named_in_sentence
from .unitcolon import described_after_colon
from .shortname import shortened_name
from .bracketworks import works_apart
from .citing import without_citing_words
from .daylists import one_per_document
from .leaddate import date_in_prose
from .workrepeat import cited_again, work_again
from .noteagain import first_cited_in, note_cited_again, text_reference
from .bydocument import notes_by_document
from .stops import script_stops
from .undatedmark import says_undated_at_end
from .textlayer import as_delivered, read_typed, typed_notes
from ..text import fold_homoglyphs

__all__ = ["CITATION_COLUMNS", "CitationTables", "extract_citations"]

CITATION_COLUMNS = ["doc_id", "note_no", "seq", "kind", "archive", "archive_name", "fond", "collection", "unit",
                    "title", "date_start", "date_end", "date_precision", "pages", "ibid_of", "raw"]
CITATION_EXTRA = ["place", "fond_year", "date_source", "ref_of", "char_start", "char_end"]

@dataclass
class CitationTables:
    """What `extract_citations` returns: the citations and references tables and the warnings."""

    citations: pd.DataFrame
    references: pd.DataFrame
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class DocumentCitations:
    """One document's citation rows and reference rows, and the notes that gave a warning."""

    doc_id: str
    rows: list[dict] = field(default_factory=list)
    references: list[dict] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # notes with an Ibid. that repeats nothing
    unparsed: list[str] = field(default_factory=list)
    failure: str = ""


def extract_citations(notes: pd.DataFrame, archives: pd.DataFrame | None = None, texts: dict | None = None) -> CitationTables:
    """Citations and references tables from a notes table (doc_id, note_no, text, in document order).

    >>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["TNA, FO 371/107832, Minute, 12 March 1953."]})
    >>> extract_citations(notes).citations[["archive", "fond", "unit", "date_start"]].values.tolist()
    [['TNA', 'FO 371', '107832', '1953-03-12']]

    Citations columns: doc_id, note_no, seq, kind (archival, literature, ibid, case: a court decision, legislation: a
    statute, a provision, a directive or a gazette's issue, press: a newspaper's issue, parliament: a parliament's
    record, official: a body's document by its symbol, `official`; unparsed), archive, archive_name, fond, collection,
    unit, title, date_start, date_end, date_precision, pages, ibid_of, raw, then place, fond_year, date_source (text or
    fond year), ref_of, char_start, char_end. References: doc_id, note_no, seq, authors, title, container, volume,
    issue, place, publisher, year, pages, script, raw, ref_of, editors (a container's), source, confidence. ``archives``
    defaults to the shipped authority file; ``texts`` (doc_id → text) the documents' own lists of archives
    (`sourcelist`). A document whose notes raise an error gives no rows and a warning; the others are read as usual.
    Raises `AuthorityError` only from loading the shipped authority file.
    """
    base, documents, moved = table_matcher(archives) if archives is not None else default_matcher(), [], {}
    for doc_id, pairs in notes_by_document(notes).items():
        try:  # (`10/3/1931` day first, `listopadu` November, where the document's own dates say so: `histkit.dates`)
            with reading_dates_of(text for _, text in pairs):  # (every reader reads the notes as typed: `textlayer`)
                documents.append(read_typed(cite_document, doc_id, pairs, learn_source_list((texts or {}).get(doc_id, ""), base.copy()), moved))
        except Exception as exc:  # one document's surprise must not cost the others their citations
            documents.append(DocumentCitations(doc_id, failure=f"{type(exc).__name__}: {exc}"))
    tables, typed = _tables(documents), typed_notes(notes, moved)
    # the learned reader's confident references replace or join the rule parser's (not a source's: `not_literature`)
    tables.references = with_model_references(tables.references, typed, tables.citations, None, not_literature)
    tables.references = named_in_prose(tables.references, typed)  # (`… by Name in his Title (London 1825)`, `Name (1993)`)
    tables.citations, tables.warnings = read_by_the_model(tables.citations, tables.references, tables.warnings)
    return as_delivered(tables, moved)  # (offsets and raw text the notes' as delivered)


def cite_document(doc_id: str, notes: list[tuple[str, str]], matcher: ArchiveMatcher) -> DocumentCitations:
    """The citations of one document's notes, (note_no, text) in order; ``matcher`` learns the document's abbreviations.

    >>> found = cite_document("d", [("1", "AJ, 507, IX, 11/II-1."), ("2", "Ibid., 11/II-2.")], default_matcher().copy())
    >>> [(row["kind"], row["unit"], row["ibid_of"]) for row in found.rows]
    [('archival', '11/II-1', ''), ('ibid', '11/II-2', '1:1')]
    """
    found, history = DocumentCitations(doc_id), History()
    journals: dict[str, str] = {}  # `Kwartalnik Historyczny (hereafter KH)`: the journals' abbreviations defined so far
    for note_no, text in notes:
        text = script_stops(text)  # (`…, էջ 45:`: an Armenian note's full stops typed as colons)
        definitions = learn_definitions(fold_wide_punctuation(text), matcher, journals)  # (`（以下简称…）` as `(…)`)
        after_archival = history.last is not None and history.last["kind"] in ("archival", "ibid") and bool(history.last["archive"])
        note_rows, undated = [], []  # (`…; …. Оба документа – сентябрь 1775 г.`: `share_both_date`)
        for seq, piece in enumerate(split_note(text, note_no, matcher, definitions, journals, after_archival,
                                               history.references), start=1):
            journal = read_journal_short(piece.segment.raw, journals)  # `KH 12 (1990), 45`: no archive's code
            own_volume = bool(journal and journal.pop(OWN_VOLUME, False))  # (`ORF 7, p. 223`: no repeat of `ORF` declared)
            reading = Reading("literature") if journal or piece.segment.role == "calendar" else Reading("work again", again=work_again(piece.segment.raw,
                history.references)) if piece.segment.role == "work repeat" else classify(piece, note_no, matcher, history)
            row = _empty_row(doc_id, note_no, seq, piece.segment)
            ref = parse_citation(row, reading, piece, matcher)
            fond_code_fields(row, piece.text, matcher)  # (`DGT, b. 47` after `… (d'ora in poi DGT)`: `fondcodes`)
            described_after_colon(row)  # (`…, Nr. 4512: Bericht … vom 3. Oktober 1929`: `unitcolon`)
            date_in_prose(row, text, note_rows)  # (`… le 14 novembre 1764 (ASBo, b. 45)`, `… vom 2. Mai 1935: BArch, …`)
            shortened_name(row, history.by_label.values())  # (`Wienbibliothek, …` after `Wienbibliothek im Rathaus`)
            if journal:
                ref.update(journal)
            if ref is not None and journals:
                declared_names(ref, journals)  # (`Name, « Titre », RHD 58 (1980), p. 401-436, ici p. 410`: RHD's name)
            if not resolve_ibid(row, reading, piece, history):
                found.orphans.append(note_no)
            if row["kind"] in ("archival", "ibid") and says_undated_at_end(piece.text):
                # `…, Zapisnik, b. d.`: the document has no date, whatever year its file, its Ibid. or a copy carries
                row.update(date_start="", date_end="", date_precision="", date_source="")
            if ref is not None and not resolve_short_title(row, ref, history, own_volume):
                ref = None  # `Dupont, op. cit.` with no Dupont read before: it names no work
            if ref is not None:
                learn_work(piece.segment.raw, ref, journals)  # `…, t. VI, p. 112 (désormais AT)`: the work's siglum
                found.references.append({"doc_id": doc_id, "note_no": note_no, "seq": seq, **ref})
            if row["kind"] == "unparsed":
                found.unparsed.append(note_no)
            history.add(row, text)
            found.rows.append(row)
            note_rows.append(row), undated.append(says_undated_at_end(piece.text))
        share_both_date(note_rows, undated, text)
    return found


def split_note(text: str, note_no: str, matcher: ArchiveMatcher, definitions: list[tuple[int, int]] = (),
               journals: dict[str, str] | None = None, after_archival: bool = False, works=()) -> list[Piece]:
    """Split step: the citations of one note, leaving out lead-ins, commentary and the note's own number.

    >>> [piece.segment.raw for piece in split_note("3 See: TNA, FO 371/1; Ibid., 4.", "3", default_matcher().copy())]
    ['TNA, FO 371/1', 'Ibid., 4.']

    ``definitions`` are the spans of ``CODE = Name`` entries (`learn_definitions`): a piece that holds nothing else
    cites nothing. A piece naming a journal by an abbreviation of ``journals`` (`KH 12 (1990), 45`) is a citation.
    ``after_archival``: the citation before the note names an archive, so a note shaped as an Ibid. with another unit
    (`Smst., sag 18/44`: `unknown_ibid_unit`) is one.
    """
    skip = marker_length(text, note_no)
    folded = without_route(fold_wide_punctuation(fold_homoglyphs(text)))  # (look-alikes folded once per note, the route the last document was seen by blanked, `routes`; same length: offsets hold)
    folded = without_recording_marks(folded)  # (`…, tape 2, 12:30–14:05`: where in a recording, `recordings`)
    folded = without_citing_words(folded)  # (`Book, p. 45, qui cite SHD, GR 1 H 1934/1`: two citations, `citing`)
    pieces, previous = [], None
    for seg in split_citations(folded[skip:], matcher):
        # (`Agy, s. 92`: an Ibid. whose word no list holds, which the splitter takes for a remark, is cited too)
        role = "unknown ibid" if seg.role == "commentary" and (ibid_alone(folded[skip:], seg.start, seg.end) or (
            after_archival and seg.start == 0 and unknown_ibid_unit(folded[skip:]))) else seg.role
        # (`Kennedy, Rise and Fall of the Great Powers.`: a work cited before, by author and short title, a page perhaps)
        role = "work repeat" if role == "commentary" and works and cited_again(seg.raw, works) else role
        # (`…, JCL; memorandum, Vance to Carter, n.d., same box.`, `…; 12351, undated.`: another document there)
        role = "next document" if role == "commentary" and pieces and another_document_follows(seg.raw) else role
        # (`Letters of …, 1812–1815, in private possession`: a source the author holds, which reads as a remark)
        role = "citation" if role == "commentary" and own_source(seg.raw) else role
        # (`…, 3 June 1948, and Correspondence, n.d.`: after a joiner, `, and ` or ` / `, the next document)
        joined = previous is not None and previous.role == "lead-in" and previous.raw.lstrip()[:1] in ",/"
        role, previous = "next document" if role == "citation" and joined else role, seg
        role = "commentary" if role == "citation" and text_reference(seg.raw) else role  # (`infra Part IV.`: the text)
        if role in ("citation", "unknown ibid", "next document", "work repeat") or (
                journals and read_journal_short(seg.raw, journals)):
            start, end = seg.start + skip, seg.end + skip
            if definitions and only_definitions(text, start, end, definitions):
                continue
            # (`…, S. 317 (im Folgenden: GS)`: the reference read without the siglum it defines, `learn_work`; a work
            # named in prose, `Name in his Title (Place, Year)`, read as `Name, Title (Place, Year)`)
            read = as_reference(without_work_siglum(folded[start:end], is_literature))
            pieces.append(Piece(Segment(start, end, text[start:end], role), read))
    # (`dossiers 4513 et 4514`, `letters of 3 May, 12 June and 1 July`: `daylists`; `… (zit. nach …)`: `bracketworks`)
    return one_per_document([part for piece in pieces for part in works_apart(piece)])


def classify(piece: Piece, note_no: str, matcher: ArchiveMatcher, history: History) -> Reading:
    """Classify step: how to read a citation (one of `READINGS`), tried in this order.

    >>> matcher, history = default_matcher().copy(), History()
    >>> [classify(p, "1", matcher, history).how for p in split_note("TNA, FO 371/1; Ibid.; Eley, Forging Democracy, 12.", "1", matcher)]
    ['archive first', 'ibid', 'literature']

    A citation that defines an archive's abbreviation (``Name (ABBR), …``) teaches it to ``matcher`` on the way.
    """
    text = piece.text
    ibid = IBID.match(text)
    learned = learn_archive(text, matcher)  # a definition teaches the matcher whatever the citation is read as
    hit = matcher.match(text)
    continued = history.last_in_note(note_no)
    if ibid and ibid.end() > 0:
        return Reading("ibid", ibid=ibid)
    japanese = japanese_archive(text, matcher)
    if japanese:
        return Reading("archive japanese", *japanese)
    if hit or learned:
        archive, end = learned if learned and (not hit or learned[1] >= hit[1]) else hit
        return Reading(*archive_first(text, archive, learned is not None), end)  # (or after a dated description)
    continued = None if continued is None or not_literature(text) not in ("", "case", "press") else continued  # (`_same_holding`)
    same = _same_holding(piece, matcher, continued)
    if same is not None:
        return same
    private = private_holding(text)  # (`Privatbesitz der Familie X, …`: a holding in private hands, `privateholdings`)
    if private:
        return Reading("archive first", private[0], 0, private[1])
    if own_source(text):  # (`Interview with X by the author, Brno, 12 May 1998`: a source no archive holds)
        return Reading("own source")
    inner = IBID_INSIDE.search(text)
    # (not `이정훈, 위의 글, 150쪽`: a name and the word for the work just cited, a Korean repeat of that author's work)
    if inner and history.last is not None and not PUBLISHER.search(text) and not is_korean_reference(text):
        return Reading("ibid inside", ibid=inner)
    named = named_then_bracket(text)
    if named is not None:
        name = text[named[0]:named[1]]
        known = matcher.match(name)
        return Reading("archive before brackets", known[0] if known and known[1] == len(name) else Archive(name, name), *named)
    inside = archive_inside(text, matcher) if legal_kind(text) != "case" else None  # (`…, judgment of …, VA, case C-645/20`)
    if inside and not cited_mark_at(text, inside[2]):  # (not a short title cited before: `…, MOL, cit., par. 40`)
        return Reading("archive inside", *inside)
    # (not a court's in a case's brackets: `Donoghue v Stevenson [1932] AC 562 (HL)`, the House of Lords)
    bracketed = archive_in_brackets(text, matcher) if legal_kind(text) != "case" else None
    if bracketed:
        return Reading("archive in brackets", *bracketed)
    if printed_statistics(text):  # (`Istituto centrale di statistica, VIII censimento …, vol. IV`: a printed census)
        return Reading(legal_kind(text) or source_kind(text) or "literature")
    # (`Kandy Regional Archives, Lot 12, June 1945`: no `Kandy 1945`; `…, vol. 14, 233–235, Harris County Archives`)
    dated = dated_archive_first(text) or archive_named_last(text)
    if dated:
        return Reading("archive unknown", *dated)
    filed = filed_archive(text)  # `…, Home Department, File No. 1211, 1930`: an archive's file, not a report
    if is_literature(text) and not filed:  # (a law, a newspaper's issue is read as one, but is not literature)
        return Reading(legal_kind(text) or source_kind(text) or "literature")
    unknown = (unknown_archive(text) or filed) if legal_kind(text) != "case" else None  # (`CJEU, C-476/17, Pelham, …`)
    if unknown:
        return Reading("archive unknown", *unknown)
    used = code_in_use(text) if legal_kind(text) != "case" else None  # (a court's capitals: `CJEU, C-476/17, …`)
    if used is not None:  # `CZA, S25/4521, letter, 3.1.1939`: a code used as archives' codes are; known from here on
        matcher.add_code(used.code, used)
        return Reading("archive first", used, 0, len(used.code))
    archive = matcher.find_name(text)
    if archive is None and continued is not None and piece.segment.raw[:1].islower() and _document_dates(text):
        return Reading("another document")  # `die Aufzeichnung …`, `i bilješku …`: no source of its own
    if archive is not None:
        return Reading("archive named", archive)
    kind = legal_kind(text) or source_kind(text)
    if not kind and piece.segment.role == "unknown ibid" and author_cited_alone(parse_reference(text), history.references):
        return Reading("literature")  # `Whitlock, p. 101`: an author cited before, not an Ibid.'s word (`shortrefs`)
    if not kind and piece.segment.role == "unknown ibid" and unknown_ibid(text):  # `Στο ίδιο, σ. 118`, `A.st.` alone:
        return Reading("ibid", ibid=unknown_ibid(text))  # an Ibid. whose word no list holds, read from its shape (`split_note`)
    last = history.last
    shaped = None if kind or last is None or last["kind"] not in ("archival", "ibid") or not last["archive"] \
        else unknown_ibid_unit(text)
    if shaped:  # `Smst., pk. 1128, brev af 3. februar 1938` after an archival citation: the same holding, another unit
        return Reading("ibid", ibid=shaped)
    return _cited_before(piece, kind, history)


def _same_holding(piece: Piece, matcher: ArchiveMatcher, continued: dict | None) -> Reading | None:
    """`classify`'s reading of a citation naming no archive after an archival one of its note (``continued``): another
    file or document of the same holding; None if it is neither. ``continued`` is None for a law after the file
    (`…, Bd. 12; vgl. RGBl. 1932 I, S. 1`: the gazette's, not another file; a decision's shape is not asked, a record
    group's `RG 84/2310/7, letter of 9 Feb. 1944` reading as a Reichsgericht docket)."""
    text = piece.text
    if continued is None:
        return None
    if starts_with_call_number(text):  # `TNA, FO 371/124263; FO 371/124264`
        return Reading("another file")
    if opens_with_holding(text) and archive_inside(text, matcher) is None:
        return Reading("another file")  # `…, 3 June 1942 / inv.nr. 130, 7 July 1943`: the same archive, another document
    if piece.segment.role == "next document" and archive_inside(text, matcher) is None \
            and (unknown_archive(text) or (None, 1))[1] != 0:  # (`…, und Archiv der … Mission, RMG 1.644`: another archive)
        return Reading("next document")  # `…, 3 June 1948, and Correspondence, n.d.`: the same holding, another document
    return None


def _cited_before(piece: Piece, kind: str, history: History) -> Reading:
    """`classify`'s last step: a series, a work, a decision or a note cited before in the document; else ``kind``."""
    earlier = None if kind else series_cited_before(piece.text, list(history.by_label.values()))
    again = None if kind or earlier else work_again(piece.segment.raw, history.references)
    kind = kind or ("case" if not (earlier or again) and case_again(piece.text, list(history.by_label.values())) else "")
    cross = None if kind or earlier or again else note_cited_again(piece.text)  # `See n. 12 above.`
    if cross is not None and first_cited_in(cross.group("note"), history.by_label) is not None:
        return Reading("note again", ibid=cross)
    return Reading("series again", Archive(earlier["archive"], earlier["archive_name"])) if earlier else Reading(
        "work again", again=again) if again else Reading(kind or "unparsed")


def parse_citation(row: dict, reading: Reading, piece: Piece, matcher: ArchiveMatcher) -> dict | None:
    """Parse step: what an archival or literature citation says by itself; for literature, its reference row too.

    >>> row, piece = {}, split_note("Eley, Forging Democracy, 12", "1", default_matcher())[0]
    >>> parse_citation(row, Reading("literature"), piece, default_matcher())["authors"], row["kind"], row["pages"]
    ('Eley', 'literature', '12')

    Ibid. readings get only their kind here: `resolve_ibid` fills them.
    """
    row["kind"] = READINGS[reading.how]
    text = piece.text
    if reading.how == "archive first":
        row.update(parse_archival(text, reading.archive, reading.end, matcher))
    elif reading.how == "archive before brackets":
        name_end = reading.end - reading.start
        row.update(parse_archival(unbracketed(text[reading.start:], name_end), reading.archive, name_end, matcher))
    elif reading.how == "archive japanese":
        row.update(parse_japanese_archive(text, reading.archive))
    elif reading.how in ("archive inside", "archive unknown"):
        row.update(parse_archive_inside(text, reading.archive, reading.start, reading.end))
    elif reading.how == "archive in brackets":
        row.update(parse_archive_in_brackets(text, reading.archive, reading.start, reading.end))
    elif reading.how == "series again":  # (read as if the archive named before it opened it: `fondagain`)
        row.update(parse_archival(f"{reading.archive.code}, {text}", reading.archive, len(reading.archive.code), matcher))
    elif reading.how == "archive named":  # (its holding read from where the sentence names it: `insentence`)
        row.update(named_in_sentence(text, piece.segment.raw, reading.archive, matcher))
    elif reading.how in ("literature", "press", "work again"):
        # (`۱۳۸۸`, `ص ۴۵`: the numbers as values; `Name in his Title (Place, Year)`: `as_reference`)
        ref = parse_reference(fold_arabic(as_reference(piece.segment.raw)))
        ref.update(reading.again or {}, raw=piece.segment.raw)
        # the publication year stays in references: the date columns are the documents' dates
        row.update(title=ref["title"], pages=ref["pages"])
        set_date(row, issue_dates(text, ref))
        return ref if reading.how != "press" else None  # a newspaper's issue is a source: no reference row
    elif reading.how == "own source":  # (the author's own interview or letter: no archive, its day, `privateholdings`)
        # (dated by its day, or by its year where the author holds it, `…, 1875, collection of the author`: `own_source`)
        row.update(title=text.split(",", 1)[0].strip()), set_date(row, _document_dates(text) or find_date_groups(text))
    elif reading.how in ("parliament", "official"):  # a source, dated by its sitting; a document (a view: a case)
        set_date(row, _document_dates(text)) if reading.how == "parliament" else row.update(read_official(text))
    settle_units(row)  # (`Rkp. 9871 III, k. 14–19`: the manuscript the unit; `APP, BA 1412`: series and article)
    return None


def resolve_ibid(row: dict, reading: Reading, piece: Piece, history: History) -> bool:
    """Resolve step: a citation that leans on an earlier one takes that one's fields, then reads what it adds.

    >>> history = History()
    >>> cited = cite_document("d", [("1", "AJ, 507, IX, 11/II-1, Report, 3 January 1951.")], default_matcher().copy())
    >>> history.add(cited.rows[0])
    >>> row, piece = {}, split_note("Ibid., 11/II-2.", "2", default_matcher())[0]
    >>> resolve_ibid(row, Reading("ibid", ibid=IBID.match(piece.text)), piece, history), row["ibid_of"], row["unit"]
    (True, '1:1', '11/II-2')

    False for an Ibid. with no earlier citation to repeat (its own pages and title are still read); True otherwise, and
    for citations that lean on none.
    """
    text, how = piece.text, reading.how
    if how in ("another file", "next document"):
        take_over(row, history.last)
        (read_next_document if how == "another file" else read_described_document)(row, text)
        return True
    if READINGS[how] != "ibid":
        return True
    tail = ibid_tail(reading.ibid) if how == "ibid" else (reading.ibid.group("tail") or "") if how == "note again" else ""
    target = history.repeated_by(tail) if how == "ibid" else first_cited_in(reading.ibid.group("note"), history.by_label) \
        if how == "note again" else history.last
    if target is not None:
        repeat(row, target, history)
    if how == "ibid" and "new_unit" in reading.ibid.groupdict():  # (`ibidshape.unknown_ibid_unit`: another unit)
        read_new_unit(row, reading.ibid, read_ibid_tail)
    elif how in ("ibid", "note again"):  # (`Ibid., box 22, file 30, 28 May 1901`: its own file, `read_ibid_file`)
        repeat_tail(row, tail, target)  # (its paragraph, pages, own file or document: `ibidtails`)
    elif how == "ibid inside":
        read_ibid_tail(row, text[reading.ibid.end():].strip().rstrip("."))
        description = describe({}, text[:reading.ibid.start()])
        row["title"] = description["title"]
        for col in ("date_start", "date_end", "date_precision", "date_source"):
            if description.get(col):
                row[col] = description[col]
    else:  # another document of the file just cited, in the same note
        row["title"] = describe({}, text.rstrip(" ."))["title"]
        set_date(row, _document_dates(text))
    return target is not None


def resolve_short_title(row: dict, ref: dict, history: History, own_volume: bool = False) -> bool:
    """Resolve step for literature: a short title, op. cit. or note reference points (``ref_of``) to the full reference
    it shortens and takes what it does not print of it (its printed short title stays); `Его же`, `Tenże` take the
    authors of the reference before.

    >>> history = History()
    >>> history.references.append(("1:1", parse_reference("Geoff Eley, Forging Democracy (New York: OUP, 2002), 12.")))
    >>> row, ref = {"note_no": "2", "seq": 1}, dict(parse_reference("Eley, op. cit., 45."), raw="Eley, op. cit., 45.")
    >>> resolve_short_title(row, ref, history), row["ref_of"], ref["ref_of"], ref["title"], ref["year"], ref["pages"]
    (True, '1:1', '1:1', 'Forging Democracy', '2002', '45')

    A repeat whose work was not found and that prints no title (`Dupont, op. cit.`, no Dupont before) is ``ref_of``
    `PENDING`: the merge links it to a work the model read, or leaves it out. False, and no reference row, for a bare
    note reference (`Gutmann, (Fn. 13), 699`): a cross-reference, resolved by the citation's ``ref_of``. A volume
    cited by a declared short form (``own_volume``: `ORF 7, p. 223`) repeats nothing, whatever titles it shares."""
    ref["authors"] = repeated_author(ref, history.references)  # `Его же`, `Tenże`: the author cited before
    ref["ref_of"] = row["ref_of"] = "" if own_volume else short_title_of(ref, history.references) or ref.get("ref_of") or ""
    if bare_note_reference(ref):  # `Gutmann, (Fn. 13), 699`: the citation's ref_of says it
        return False
    if unresolved_repeat(ref):  # (`Ekdahl a.a. s. 335`: the model may have read its work; the merge links or drops it)
        return ref.update(ref_of=PENDING) is None  # (True: a row, pending)
    take_over_reference(ref, history.references)  # its title, imprint and year are the full reference's
    history.references.append((label(row), ref))
    return True


def _document_dates(text: str) -> list:
    return [d for d in find_date_groups(text) if d.precision != "year"]


def _empty_row(doc_id: str, note_no: str, seq: int, seg: Segment) -> dict:
    row = {c: "" for c in CITATION_COLUMNS + CITATION_EXTRA}
    row.update(doc_id=doc_id, note_no=note_no, seq=seq, raw=seg.raw, char_start=seg.start, char_end=seg.end)
    return row


def _tables(documents: list[DocumentCitations]) -> CitationTables:
    """The two tables of every document read, and the warnings: unresolved Ibid., then unparsed, then failures."""
    warnings = []
    for doc in documents:
        if doc.orphans:
            warnings.append(Problem(doc.doc_id, "citations", f"{len(doc.orphans)} Ibid. with no earlier citation to "
                                    f"repeat, left unresolved (notes {', '.join(dict.fromkeys(doc.orphans))})"))
    warnings += [unparsed_warning(doc.doc_id, doc.unparsed) for doc in documents if doc.unparsed]
    for doc in documents:
        if doc.failure:
            warnings.append(Problem(doc.doc_id, "citations", f"citation extraction failed ({doc.failure}); the "
                                    f"document's notes give no citations or references"))
    citations = pd.DataFrame([row for doc in documents for row in doc.rows], columns=CITATION_COLUMNS + CITATION_EXTRA)
    references = pd.DataFrame([ref for doc in documents for ref in doc.references],
                              columns=REFERENCE_COLUMNS + REFERENCE_EXTRA)
    if not citations.empty:
        citations["seq"] = citations["seq"].astype(int)
        citations["char_start"] = citations["char_start"].astype(int)
        citations["char_end"] = citations["char_end"].astype(int)
    return CitationTables(citations, references, warnings)
