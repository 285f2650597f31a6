"""Where capitalised names stand in a corpus's tables, for drafting an actors file.

`name_occurrences` reads the blocks and notes tables of a corpus (as
`histkit.store.build_tables` gives them) and returns each run of capitalised
words that no known actor covers, with its zone, section and the words before
it. What is no narrative is blanked out first, by the citation tables: the
whole of a cited book or article (its authors, title, imprint) and the archive,
fond and collection of an archival citation. The titles of archival documents
stay: `Zabeleška o razgovoru sa Viktorom Larokom` names an actor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..dates import month_names
from .discovery import SENTENCE_ENDS, TITLES, WORD_TOKEN, is_demonym, mask_imprints, mask_known, name_runs, state_names, trim_run
from .kinds import is_organisation_word, word_list
from .mentions import ActorMatcher, prepare

#: Zones whose text is read, and the zone each is counted as.
READ_ZONES = {"body": "body", "heading": "heading", "front": "front", "back": "back"}


@dataclass(frozen=True)
class Occurrence:
    """One run of capitalised words: the words, where it stands, and the two words before it."""

    doc_id: str
    zone: str  # body, heading, front, back or note
    section: str
    words: tuple
    surface: str
    initial: bool  # at the start of a sentence or block
    before: tuple  # the (at most) two words before it, as written
    context: str


def name_occurrences(tables, matcher: ActorMatcher) -> list[Occurrence]:
    """The runs of capitalised words in the body and notes of ``tables`` that ``matcher`` does not know.

    >>> from histkit.actors import build_matcher, load_actors
    >>> from histkit.store import build_tables
    >>> from histkit.read import Document
    >>> tables = build_tables([Document.from_text("In 1952 the envoy met Ana Pauker in Bucharest.\\n", doc_id="d")])
    >>> [(o.surface, o.before) for o in name_occurrences(tables, build_matcher(load_actors()))]
    [('Ana Pauker', ('envoy', 'met')), ('Bucharest', ('Pauker', 'in'))]

    Dropped as in `histkit.actors.discover`: sentence-initial words the
    corpus also writes in lower case, titles before a name, a single word
    written in lower case elsewhere, a month's name, an adjective of
    nationality.
    """
    texts = list(_texts(tables))
    lower = {w.group(0) for *_, text in texts for w in WORD_TOKEN.finditer(text) if w.group(0).islower()}
    months, states = month_names(), state_names(matcher.actors)
    found = []
    for doc_id, zone, section, text in texts:
        for start, end, words in name_runs(mask_known(text, matcher), joins=_joins_organisation):
            start, words, _ = trim_run(text, start, end, words, lower)
            # Initial when the name itself opens the sentence, not a common word trimmed off before it (`As Bogetić`).
            preceding = text[max(0, start - 12):start].rstrip().rstrip("0123456789∗*").rstrip()
            initial = not preceding or preceding[-1] in SENTENCE_ENDS
            surface = text[start:end]
            if not words or len(surface) < 2:
                continue
            if len(words) == 1 and (words[0].lower() in lower or words[0].lower() in TITLES
                                    or words[0].lower() in months or is_demonym(words[0], states)):
                continue
            before = tuple(WORD_TOKEN.findall(text[max(0, start - 40):start])[-2:])
            context = f"…{text[max(0, start - 40):start]}[{surface}]{text[end:end + 40]}…".replace("\n", " ")
            found.append(Occurrence(doc_id, zone, section, tuple(words), surface, initial, before, context))
    return found


def _joins_organisation(previous: str, word: str) -> bool:
    """Whether ``word`` joins an organisation's name after ``previous`` (`Board of Trade`, `Komisija za ...`):
    a word of `organisation_joiners.csv` after an organisational word.

    >>> _joins_organisation("Ministry", "of"), _joins_organisation("Ivo", "of")
    (True, False)
    """
    return word.casefold() in word_list("organisation_joiners.csv") and is_organisation_word(previous)


def _texts(tables):
    """(doc_id, zone, section, prepared text) of every block read and of every note, citation fields masked."""
    blocks = tables["blocks"]
    for row in blocks[blocks["zone"].isin(list(READ_ZONES))].itertuples(index=False):
        if str(row.text).strip():
            yield row.doc_id, READ_ZONES[row.zone], str(row.section or ""), prepare(str(row.text))
    sections = _note_sections(tables)
    masks = _citation_masks(tables)
    for row in tables["notes"].itertuples(index=False):
        text = mask_imprints(prepare(str(row.text)))
        for i, j in masks.get((row.doc_id, str(row.note_no)), ()):
            text = text[:i] + "#" * (j - i) + text[j:]
        yield row.doc_id, "note", sections.get((row.doc_id, str(row.note_no)), ""), text


def _note_sections(tables) -> dict:
    """The section of the paragraph that calls each note, by (doc_id, note_no)."""
    blocks = tables["blocks"].set_index(["doc_id", "block_id"])["section"].to_dict()
    notes = tables["notes"]
    return {(r.doc_id, str(r.note_no)): str(blocks.get((r.doc_id, r.marker_block_id), "") or "")
            for r in notes.itertuples(index=False)}


#: Citation kinds masked whole: literature and the printed sources that were read as literature before they had kinds
#: of their own (histkit.citations: ``press``, ``parliament``, ``official``: a body's document by its symbol).
_PRINTED = ("literature", "press", "parliament", "official")


def _citation_masks(tables) -> dict:
    """Spans of each note's text that are no narrative: cited literature whole, all of an archival citation but its title.

    >>> import pandas as pd
    >>> tables = {"citations": pd.DataFrame([
    ...     {"doc_id": "d", "note_no": "1", "kind": "literature", "char_start": 0, "char_end": 9, "title": "Red",
    ...      "archive": "", "fond": "", "collection": "", "raw": "Eley, Red"},
    ...     {"doc_id": "d", "note_no": "1", "kind": "archival", "char_start": 11, "char_end": 52,
    ...      "title": "Pismo Hebranga", "archive": "HDA", "fond": "1220", "collection": "Francija",
    ...      "raw": "HDA, 1220, Francija, Pismo Hebranga, 1952"}])}
    >>> sorted(_citation_masks(tables)[("d", "1")])
    [(0, 9), (11, 32), (46, 52)]
    """
    masks = defaultdict(list)
    citations = tables["citations"]
    for row in citations.itertuples(index=False):
        try:
            start, end = int(row.char_start), int(row.char_end)
        except (TypeError, ValueError):
            continue
        key = (row.doc_id, str(row.note_no))
        if row.kind in _PRINTED:  # (a newspaper's issue, a parliament's record: its name no actor's mention either)
            masks[key].append((start, end))
            continue
        # An archival citation: its archive, fond, series and unit are no narrative; the document's title is.
        raw, title = str(row.raw), str(row.title or "")
        at = raw.find(title) if len(title) > 3 else -1
        if at >= 0:
            masks[key] += [(start, start + at), (start + at + len(title), end)]
            continue
        # The unit carries the series codes of a call number too (`CAB 128/18, CM 85(50)`, `RY 1151/37`).
        for field in (row.archive, getattr(row, "archive_name", ""), row.fond, row.collection, getattr(row, "unit", "")):
            field = field if isinstance(field, str) else ""  # a missing field is NaN, whose str `nan` is in words
            at = raw.find(field) if len(field) > 1 else -1
            if at >= 0:
                masks[key].append((start + at, start + at + len(field)))
    return dict(masks)
