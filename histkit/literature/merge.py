"""The references table with the model's readings where it is confident, the rule parser's elsewhere.

`with_model_references` reads every note with the shipped model. A reference
it reads confidently (`usable`, usable.py: mean label marginal at least `CONFIDENT`, an
author, and a title or a year) and that is not where the rules read an archival
citation replaces the rule parser's row for the same stretch
of the note when both begin at the same place (the lead words the rules' row
may keep, `Vgl.`, `See`, passed; or where its authors begin) and the model names more of
author, title and year (keeping that row's
``seq``, which ties it to the citations table; the rules' fill its empty
fields); on a tie the rules' row stays, taking the model's year if it has
none, unless its authors ran on into the model's title (`Peter King, Crime |
justice and discretion …`) or its title past the model's into a sentence or a
year (`Barnhewer, Der Firmentarifvertrag (2006). Die Zulässigkeit …`). Where the model's reading begins later, it replaces the rules' row only
when that row names no author and its title holds the model's author and title
(`swallowed`: the rules took the words before the reference for its start).
Or the model's reference is added after the note's citations when the rules found none
there: not one lying within a rules row another reading was paired with that holds the row's year where that
reading does not (`within_replaced`: `…, mit einem Vorwort von Charles Segal, Baltimore, London 1994`, the row's
own imprint; CV merged-no-repeats 0.708 -> 0.709, four rows, none matching; round 5 all 0.86 -> 0.87), nor one
naming no work (`names_no_work_reading`, usable.py: `Römisches Strafrecht, Leipzig 1899`, `Aufl., München 1971`; CV
0.726 -> 0.730, 901 -> 889 rows, 643 -> 642 matched; round 16 all 0.97 -> 0.96, `…, oprac. R. Cichy, Bydgoszcz
1999`, the editor after a title the model did not read). Such a reading still gives the rules' row it pairs with
its year (`Димитров, Г. Съчинения, т. 7, София 1953`). A title read on past the year that ends it is cut before it and
takes it (`title_past_year`, pastyear.py: `Rechtswissenschaft (1968). Italian translation: …`, `Denkweisen, 2001,
199.`): CV merged-no-repeats 0.732 -> 0.738 (887 -> 885 rows, 643 -> 648 matched; rounds: round 6's
es2-interventores-marruecos full vs full 19 -> 20 of 20, every other round unchanged); and a title closed by its
imprint in brackets (`A FRAGMENT ON GOVERNMENT (London, Thomas Payne et al. 1776)`) or run on into its book
(`title_in_container`, titlein.py: `…, in A COMPANION TO RICHARD HOOKER`, `…, in: Autonomie im Recht …`): 0.738 ->
0.740 (648 -> 650 matched, rows unchanged; rounds unchanged). Every other rule row stays as it was, but for one naming a title only (no
author, no year in its text: `titleonly.title_only`), which stays only as a repeat of an
earlier reference (`Diritto e tempo (nt. 1)`, a short title). A reference the note prints again in full
(`printed_twice`: a bilingual article's notes give each in both languages) is kept once. Repeats (`supra note 3`,
`a. a. O.`, `ibid.`) point to the reference they repeat (``ref_of``); a note keeps one repeat of each
(`repeated_twice`). A reference whose authors are a word for "the same author" (`Táž`, `Isti`, `Id.`) has
those of the reference before it (`same_authors`); a repeat the rules linked to it by the authors it had is
linked anew (`relinked`: round 6 all 0.93 -> 0.94, CV unchanged). A short form naming a note (`Klimrath, Travaux
(n. 10) 9`) the rules could not link is linked to that note's reference by its author or title (`cited_in_note`: the
model's reading there; CV merged-no-repeats 0.709 -> 0.710, six rows, one a greedy match; rounds unchanged). Last, each Ibid. of the citations table that repeats one of the rows gets a row of its own
(`with_ibid_rows`, ``ibids.py``).

Measured by ``scripts/train_literature_model.py --cv`` (each article's rule
rows merged with a model trained on the others). Keeping only the rule rows
that name an author and a title or year, and, in a note the model read no
reference in, all three, raised it on the law corpus (micro-F1 0.606 -> 0.621),
but dropped newspaper issues, interviews and short titles of the history
fixtures, which that gold does not hold: every rule row stays. On a tie the
model's reading would gain 0.004 there, and gave the sample wrong years.
Keeping a reference printed twice in a note once raised it from 0.618 to 0.625
(the bilingual articles only: de+en 0.562 -> 0.583; no other language moved).
Passing the rules' lead words when comparing where the two readings begin
raised it from 0.636 to 0.639; the model's year on a tie cost one match to the
greedy alignment (0.638) and raised the year's accuracy from 0.88 to 0.91. The
model's whole reading on a tie gained 0.005 but lost 0.01-0.02 on the round
fixtures; filling every empty field of the rules' row from the model's put
other references' words in the sample's containers and volumes. Taking the
model's reading wherever it begins later than the rules' gained the rounds
1-2 as much as `swallowed` does (0.635 -> 0.653, 0.634 -> 0.640) but lost
round 3 0.009 (a title without author the model cut after its place) and
cut first authors off the corpus' references. Leaving out the title-only rule
rows raised it from 0.638 to 0.646 (P 0.590 -> 0.603; 22 rows, none matching
the gold: a note's prose, `4 id. at 20`, `D. 38, 10, 1, 2`) and the rounds
1-2 and 4 by 0.003-0.017 (`Rivoire et Saurel, art. cit.`, `Brezovar in Ferlan,
nav. delo`), round 3 lost a short title whose full reference the model misread
(0.531 -> 0.527). Of the title-only rule rows, none matched a gold reference
on the corpus (0 of 36) and 2 of 20 on the rounds. The model's reading where
the rules' title ran on past its title raised it from 0.652 to 0.657 (five rows
of the corpus matched; the rounds' scores unchanged); counting a span of years
(`…, 1890-1939`) or `op. cit.` as running on put the span's first year in the
rounds' rows. Comparing a row without a year by the year of its text when
telling a reference printed twice raised it from 0.657 to 0.660 (seven rows of
the bilingual articles). With the rules reading more styles (0.659), a printing
whose lead words the rules kept in its authors (`details, Domenico Siciliano`)
or whose authors they read as its title (`RW 250, Sozialwissenschaftliche …`)
was not caught: comparing authors and title once the lead words are passed
raised it to 0.661 (de+en 0.616 -> 0.622: 11 rows fewer, 2 matches fewer, second
printings the document-wide alignment gave a gold reference of another note; de
0.701 -> 0.703: the rest of a reference the rules cut off, `Auflage (= Hermeneutik
I), Tübingen 1990`, and a second reading of one printing; rounds unchanged).
Letting a reading with no year in its text agree with any year raised it to 0.662
(de+en 0.622 -> 0.623: one row, `as well as Blecher, Geschichte und Eigensinn …
im 100. Semester, in: Joerges/Zumbansen, Politische Rechtstheorie Revisited …`
cut before its `2013`). The model's reading where the rules took its authors for
the title and the model reads a title or journal after them raised it to 0.664
(de 0.703 -> 0.705, de+en 0.623 -> 0.627: `Steinhauer/Höhner, Information
Wissenschaft & Praxis 65 (2014)`, `Antoine de Saint-Exupéry, Nachtflug, 1955`;
rounds unchanged). Taking it also where the model reads nothing after the name
matched three rows more (0.667) but put two works' titles in their authors
(`Römische Religionsgeschichte, München 1960`, `La Thémis, 1914`). Keeping one
repeat of a reference per note (`repeated_twice`: a bilingual note repeats it in
both languages) raised it to 0.665 (de+en 0.627 -> 0.630, two rows). Taking
the two readings for one reference also where the rules' authors begin where the
model's reading does (lead words no word list holds, `vor allem Niklas Luhmann,
…`) raised it to 0.666 (de+en 0.630 -> 0.634; three rows now the model's, one
more matching; rounds unchanged). The rules' reading on a tie or with a year fewer where the model's title is a
name the rules read as a second author (`…, Драгољуб Ранковић, „Задружне штедионице …“`) or the book the rules read as
the container of a chapter (`«Les germandats …», dins: …, Associacionisme i sociabilitat …`), and the given name
before a full stop not taken for a title the rules' authors ran on into (`NOGUEIRA, Beatriz. A cidade vigiada`)
matched three gold references more over the rounds 1-9 (all 1151 -> 1154 of 1321; rounds 1, 7 and 9), CV unchanged
(0.710; one row, `Genge, Art. „Sekretierte Bücher“, in: …, Lexikon des gesamten Buchwesens`, now the rules').
A confident reading that opens with the note's prose, title first with the reference's name inside it (`Eine Frucht
dieser Anstrengungen ist Erhard Denninger, Rechtsperson …`), is read again from that name (`reread`, reread.py)
before the merge: CV merged-no-repeats 0.701 -> 0.707 (625 -> 630 matched, 913 -> 912 rows; de 0.749 -> 0.757,
de+en 0.640 -> 0.644, fr 0.424 -> 0.436: eleven readings, ten now the reference the sentence leads to, `M. Winock`,
`Julian Martin`, `JEREMY BENTHAM`, `Michel Foucault`; rounds 1-18 unchanged). A confident reading that runs on over
a sentence end into prose and the reference it leads to (`…, 1977. Eine neuere Diskussion … bei Marco Goldoni, …`)
is read again as two (`split_runons`, runon.py): CV merged-no-repeats 0.707 -> 0.713 (630 -> 637 matched; de 0.757
-> 0.760, de+en 0.644 -> 0.664, it 0.778 -> 0.800; rounds 1-19 unchanged). A row with authors and a title but no
year takes the year of a day's date in its text (`day_date_year`, dayyear.py: `Jahn, The Paris Effect,
Verfassungsblog, 25.04.2024`): 0.713 -> 0.716 (en 0.794 -> 0.813, three blog posts; rounds unchanged). A reading
naming no title is printed twice too where an earlier one of its note names the same first author and year
(`untitled_again`: `Gustav Radbruch, Rechtsphilosophie, 1932` and its English printing, both read without their
title): 0.720 -> 0.723 (923 -> 916 rows, matches unchanged; de+en 0.668 -> 0.676; rounds 1-20 unchanged). A title of
20 characters or more that another of its author and year in the note begins with is the same (`same_title`: `Die
Konsistenz des Menschlichen …` and the same run on into `…, in: Autonomie im Recht …`): 0.730 -> 0.732 (890 -> 887
rows, matches unchanged; rounds unchanged).
A reading that opens with prose is read again (`reread`) whether or not it is usable itself, before the readings
usable are kept: the prose before a reference made the model's whole reading one without authors (`Die
ausdrückliche Selbstkennzeichnung … findet sich in Rudolf Wiethölter, Recht und Politik …, Zeitschrift für
Rechtspolitik (1969)`), which was dropped unread; what it reads then must name a year: 0.741 -> 0.742 (886 -> 891
rows, 651 -> 654 matched; de+en 0.702 -> 0.709; rounds 1 and 12 one reference more each, the sample unchanged).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ..evaluate import fold
from ..text import script_of
from .proserepeat import ibids_after, split_prose_repeats
from .reprint import title_and_year
from .titlein import title_in_container
from .titleonly import title_only_rows
from .choose import (FIELDS, choose, filled, prose_before_authors, rules_only, rules_row, swallowed, within_replaced,
                     yields)
from .ibids import records, with_ibid_rows
from .opcitphrase import PENDING, pending_linked, relinked_phrases
from .parallel import parallel_repeat_rows, parallel_repeats
from .model import shipped_model
from .rawspan import found_at
from .read import YEAR, after_lead
from .reread import reread
from .runon import over_two_works, split_runons, year_printed
from .sametitle import alike_after_lead, same_title, untitled_again
from .repeats import (cited_in_note, relinked, repeated, same_authors, same_authors_of,
                      short_title, surname)
from .table import as_text, model_rows, text_column
from .usable import CONFIDENT, container_again, names_no_work_reading, usable_reading, without_web_place
from .webreading import web_fields

_SAME_START = 3  # characters two readings of one reference may disagree on where it begins (a quote, a bracket)
#: How much of a reading (authors and title, folded) two readings of a note are compared on, and how many readings
#: before it in its note a reading is compared with: a note printed twice repeats its references within a few dozen,
#: and a title is told by its first few hundred characters, so a note of a thousand unbroken "references" (a
#: pasted blob) costs what its length does, not its square.
COMPARED_CHARACTERS = 200
COMPARED_READINGS = 32
#: Columns the merged table adds to the rule parser's.
ADDED_COLUMNS = ["editors", "source", "confidence"]


def with_model_references(references: pd.DataFrame, notes: pd.DataFrame, citations: pd.DataFrame | None = None,
                          model=None, source_kind=None) -> pd.DataFrame:
    """The rule parser's references with the model's confident readings merged in (see the module's docstring).

    ``source_kind`` (the citations stage's, passed in: it names the kind of a
    printed source that is no literature, `Hansard, HC Deb 12 May 1924, …`, or
    ``""``) leaves out the model's readings it names, a newspaper's issue, a
    gazette or a parliament's record the rules cut no citation for, and the
    rows that repeat them (`without_sources`).

    >>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Nothing cited here."]})
    >>> rules = pd.DataFrame(columns=["doc_id", "note_no", "seq", "authors", "title", "raw", "ref_of"])
    >>> with_model_references(rules, notes).empty
    True
    """
    columns = list(references.columns) + [c for c in ADDED_COLUMNS if c not in references.columns]
    if notes.empty or (model is None and not shipped_model().is_file()):  # no model shipped: the rules alone
        # (the editors the rules read, a container's: `in: Finkin/Mundlak (Hrsg), …`)
        editors = references["editors"].fillna("") if "editors" in references.columns else ""
        rules = references.assign(editors=editors, source="rules", confidence=float("nan"))[columns]
        rules = rules[rules["ref_of"].fillna("") != PENDING] if "ref_of" in rules.columns else rules
        return with_ibid_rows(rules.assign(authors=same_authors(rules, notes)), citations, notes)
    archival = _archival_spans(citations)
    # a note the rules read as archival citations from end to end is not read: every reference the model
    # found in it would overlap one of them and be dropped below
    texts = notes.text.fillna("").astype(str).tolist()  # (columns as lists: iterating a string column costs more)
    note_columns = notes.doc_id.tolist(), notes.note_no.tolist(), notes.text.tolist()
    keys = list(zip(note_columns[0], notes.note_no.astype(str).tolist()))  # each note's (doc_id, note_no as text)
    read = [k for k, ((doc_id, note_no), text) in enumerate(zip(keys, texts))
            if not _all_archival(text, archival.get((doc_id, note_no), []))]
    # the model's readings as rows, not a frame (`model_rows`): a document's few rows cost a frame more than the work
    found = model_rows(*([column[k] for k in read] for column in note_columns), model)
    # (every reading, used or not: prose before a reference can make the model read it all as one title)
    found = [without_web_place(m) for m in reread(found, dict(zip(keys, texts)), model, CONFIDENT) if usable_reading(m, CONFIDENT)]
    found = split_runons(found, dict(zip(keys, texts)), model, CONFIDENT)  # `…, 1977. Eine neuere … bei Marco Goldoni, …`
    last_seq = _last_seq(references, citations)
    readings: dict = {}  # each note's model references, gathered in one pass (a frame filtered per note was most of the time)
    for m in found:
        readings.setdefault((m["doc_id"], str(m["note_no"])), []).append(m)
    rows = []
    for (doc_id, note_no, text), rules in _by_note(keys, texts, references):
        mine = readings.get((doc_id, note_no), [])
        spans = archival.get((doc_id, note_no), [])
        if spans:  # the model never saw an archival citation: what the rules read as one stays one
            mine = [m for m in mine if not yields(m["start"], m["end"], spans)]
        rows += _merge_note(rules, mine, text, last_seq.get((doc_id, note_no), 0))
    # the rows stay dicts until the end, as a frame of them would hold them (every column, a missing text NaN), and a
    # second repeat in a note's prose is one of its own (`…, 80, and, more fully, Wang, op. cit., 70, who …`)
    rows, inner = split_prose_repeats(rows, columns, last_seq)
    for row in rows:  # `…, Verfassungsblog, 25.04.2024`: a post's year is its day's
        title, year = title_and_year(row)  # `Rechtswissenschaft (1968). …`, `1907 (reed. Nimes, Lacour, 1994)`
        if title != as_text(row["title"]):
            row["title"], row["year"] = title, year
        # (`…, in: Autonomie …`; a table of the rules' columns only may have no container)
        title, container = title_in_container(as_text(row["title"]), as_text(row.get("container", "")))
        if title != as_text(row["title"]) and "container" in row:
            row["title"], row["container"] = title, container
        row["title"], row["year"] = web_fields(row)  # (`…, 25.04.2024`, `…, o. J., abrufbar unter`, `…, consulté le …`)
    read = _texts(rows, "authors")
    # `Táž, Pozemková reforma …` read by the model: the author before
    authors = same_authors_of([row["doc_id"] for row in rows], [str(row["note_no"]) for row in rows], read,
                              _texts(rows, "raw"), dict(zip(keys, texts)))
    for row, now in zip(rows, authors):
        row["authors"] = now
    twice = _printed_twice(rows)
    moved = [now != before for now, before, out in zip(authors, read, twice) if not out]
    rows = [row for row, out in zip(rows, twice) if not out]
    bare = title_only_rows(*(_texts(rows, c) for c in ("authors", "year", "raw", "source", "container", "volume", "title")))
    pending = [row["ref_of"] == PENDING for row in rows]  # (`Ekdahl a.a. s. 335`: its work read by the model only)
    rows = pending_linked(rows, lambda rows: relinked_phrases(_resolved(rows, [a or p for a, p in zip(bare, pending)],
                                                                        moved)))  # `Kaya, zor vek tilan qor, s. 40`
    bare = title_only_rows(*(_texts(rows, c) for c in ("authors", "year", "raw", "source", "container", "volume", "title")))
    twice = _repeated_twice(rows := parallel_repeats(rows))  # (`Weber, a. a. O., … Weber, op. cit., …`: parallel.py)
    merged = pd.DataFrame(rows, columns=columns)  # (the columns' types as all the rows give them, then the rows left)
    keep = [not (alone and row["ref_of"] == "" or out) for row, alone, out in zip(rows, bare, twice)]
    if not all(keep):
        merged = merged[keep].reset_index(drop=True)
    merged["seq"] = merged["seq"].astype(int)
    return without_sources(ibids_after(parallel_repeat_rows(with_ibid_rows(merged, citations, notes)), inner), source_kind)


_NAN = float("nan")


def _texts(rows: list[dict], name: str) -> list[str]:
    """A column of ``rows`` as text, a missing value empty (`text_column` of their frame)."""
    return [as_text(row.get(name)) for row in rows]


def without_sources(references: pd.DataFrame, source_kind=None) -> pd.DataFrame:
    """``references`` without the model's readings that ``source_kind`` names a printed source (a newspaper's issue,
    a gazette, a parliament's record, an official document's symbol: not literature) and the rows that repeat them.
    They are left out last, not before the merge: an Ibid. after one repeats it, not a work cited before it.

    >>> refs = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "3"], "seq": [1, 1, 1], "ref_of": ["", "1:1", ""],
    ...                      "source": ["model", "model", "rules"], "raw": ["Hansard, HC Deb 12 May 1924", "Ibid.", "Eley"]})
    >>> without_sources(refs, lambda raw: "parliament" if raw.startswith("Hansard") else "").raw.tolist()
    ['Eley']
    """
    if source_kind is None or references.empty:
        return references
    dropped = {(doc_id, f"{no}:{seq}") for doc_id, no, seq, source, raw in zip(
        references.doc_id.tolist(), references.note_no.tolist(), references.seq.tolist(), text_column(references, "source"),
        text_column(references, "raw")) if source == "model" and source_kind(raw)}
    if not dropped:
        return references
    keep = [(doc_id, f"{no}:{seq}") not in dropped and (doc_id, ref_of) not in dropped for doc_id, no, seq, ref_of in zip(
        references.doc_id.tolist(), references.note_no.tolist(), references.seq.tolist(), text_column(references, "ref_of"))]
    return references[keep].reset_index(drop=True)


def printed_twice(references: pd.DataFrame) -> pd.Series:
    """Which references a note prints again in full: the same first author, year and title (folded, at least
    `SAME_TITLE` similar) as an earlier one of the note, or the same year and authors and title once the lead words
    of either are passed (`alike_after_lead`: `hierzu …` and `on this …`), neither a repeat (``ref_of``). A
    bilingual article prints every note in both languages; a note cites a work once. A row naming no year is
    compared by the first year of its text (the rules may keep `(1988)` in the title); a row with no year there
    either agrees with any year (`_same_year`: the rules cut that printing before its year). A row naming no title
    is one printed before where an earlier row of the note has its first author and year (`untitled_again`).

    >>> refs = pd.DataFrame({"doc_id": ["d"] * 4, "note_no": ["1"] * 4,
    ...                      "authors": ["R. Jhering", "Jhering", "Jhering", "Jhering"],
    ...                      "title": ["Unsere Aufgabe", "Unsere Aufgabe.", "Geist", "Unsere Aufgabe (1857)"],
    ...                      "year": ["1857", "1857", "1857", ""], "ref_of": [""] * 4,
    ...                      "raw": ["Jhering, Unsere Aufgabe, 1857", "", "", "Jhering, Unsere Aufgabe (1857)"]})
    >>> printed_twice(refs).tolist()
    [False, True, False, True]
    """
    return pd.Series(_printed_twice(records(references)) if len(references) else [], index=references.index, dtype=bool)


def _printed_twice(rows: list[dict]) -> list[bool]:
    """`printed_twice` of rows as dicts (each with the frame's every column)."""
    seen: dict = {}
    twice = []
    notes = list(zip([row["doc_id"] for row in rows], [str(row["note_no"]) for row in rows]))
    rows_of = Counter(notes)  # (a row alone in its note, nearly half, has none to be printed twice with: not folded)
    for (doc_id, note_no), authors, title, year, ref_of, raw in zip(
            notes, *(_texts(rows, name) for name in ("authors", "title", "year", "ref_of", "raw"))):
        if rows_of[doc_id, note_no] == 1:
            twice.append(False)
            continue
        printed = YEAR.search(raw)  # a year the fields lost (`Die Wirtschaft der Gesellschaft (1988)` as the title)
        mine = (surname(authors), year or (printed.group(0) if printed else ""), fold(title)[:COMPARED_CHARACTERS],
                fold(f"{authors} {title}")[:COMPARED_CHARACTERS])
        earlier = seen.setdefault((doc_id, note_no), [])
        # (one surname on both: their titles decide, not the authors' and titles' words together, which the shared name
        # makes alike: `Jan Mazurkiewicz-Róg, Prawo chełmińskie a magdeburskie; … Mazurkiewicz-Róg, Prawo chełmińskie w
        # Koronie` are two works of a note listing the literature)
        twice.append(not ref_of and any(_same_year(mine[1], other[1]) and (
            same_title(mine[2], other[2]) if mine[0] and mine[0] == other[0] else alike_after_lead(mine[3], other[3]))
            for other in earlier) if mine[2] else not ref_of and untitled_again(mine, earlier))
        if not ref_of:
            earlier.append(mine)
            del earlier[:-COMPARED_READINGS]
    return twice


def repeated_twice(references: pd.DataFrame) -> pd.Series:
    """Which repeats (``ref_of``) repeat the same reference as an earlier repeat of their note: the note printed in a
    second language (`Eingehend … Siciliano (Fn. 32)` and `For the differences … Siciliano (fn. 32)`).

    >>> refs = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["40"] * 3, "ref_of": ["32:1", "32:1", ""]})
    >>> repeated_twice(refs).tolist()
    [False, True, False]
    """
    return pd.Series(_repeated_twice(records(references)) if len(references) else [], index=references.index,
                     dtype=bool)


def _repeated_twice(rows: list[dict]) -> list[bool]:
    """`repeated_twice` of rows as dicts."""
    seen, twice = set(), []
    for row in zip([row["doc_id"] for row in rows], [str(row["note_no"]) for row in rows],
                   _texts(rows, "ref_of")):
        twice.append(row[2] != "" and row in seen)
        seen.add(row)
    return twice


def _same_year(mine: str, other: str) -> bool:
    """Whether two readings' years agree: the same, or one of them names none (a printing cut before its year).

    >>> _same_year("1988", "1988"), _same_year("", "2013"), _same_year("1988", "1993")
    (True, True, False)
    """
    return mine == other or not mine or not other


def _by_note(keys: list[tuple], texts: list[str], references: pd.DataFrame):
    """Each note's (doc_id, note_no, text), of the notes' ``keys`` and ``texts`` (lists the caller made once), with
    the rule rows of that note."""
    by_note: dict = {}  # (one pass over the rows: a group's to_dict per note cost as much as the model's tagging)
    for row in records(references):
        by_note.setdefault((row["doc_id"], row["note_no"]), []).append(row)
    for (doc_id, note_no), text in zip(keys, texts):
        yield (doc_id, note_no, text), by_note.get((doc_id, note_no), [])


def _all_archival(text: str, spans: list) -> bool:
    """Whether every character of ``text`` but spaces stands in one of the archival citations' ``spans``.

    >>> _all_archival("AJ, 507, 1. TNA, FO 371", [(0, 11), (12, 23)]), _all_archival("See AJ, 507", [(4, 11)])
    (True, False)
    """
    if not spans:
        return False
    end = 0
    for a, b, *_ in sorted(spans):
        if text[end:max(a, end)].strip():
            return False
        end = max(end, b)
    return not text[end:].strip()


def _archival_spans(citations: pd.DataFrame | None) -> dict:
    """Where each note's archival citations (and their Ibid.) are, as the citations table gives them."""
    spans: dict = {}
    if citations is None or citations.empty or "char_start" not in citations.columns:
        return spans
    # the columns as lists, the rows picked in Python (a frame selected by kind cost most of this for one document)
    columns = [citations[name].tolist() for name in ("doc_id", "note_no", "char_start", "char_end", "kind")]
    for doc_id, note_no, start, end, kind, rules in zip(*columns, rules_only(columns[-1])):
        if rules:
            spans.setdefault((doc_id, note_no if isinstance(note_no, str) else str(note_no)), []).append(
                (int(start), int(end), kind))
    return spans


def _last_seq(references: pd.DataFrame, citations: pd.DataFrame | None) -> dict:
    last: dict = {}
    for table in (references, citations):
        if table is not None and not table.empty:
            for key, seq in zip(zip(table.doc_id.tolist(), table.note_no.astype(str).tolist()), table.seq.tolist()):
                last[key] = max(last.get(key, 0), int(seq))
    return last


def _merge_note(rules: list[dict], models: list, text: str, last: int) -> list[dict]:
    """One note's rows: each rule row, replaced by the confident model reference over the same text if any."""
    spans = []
    for rule in rules:
        start = found_at(text, str(rule.get("raw") or ""))  # (as the rules read it: `…, էջ 12:` as `…, էջ 12.`)
        spans.append((start, start + len(str(rule.get("raw") or ""))) if start >= 0 else None)
    begins = [after_lead(text, span) if span else None for span in spans]
    over = over_two_works(rules, spans, models)
    used, out, replaced = set(over), [], []
    for rule, span, begin in zip(rules, spans, begins):
        k = next((k for k, m in enumerate(models) if k not in used and span and m["start"] < span[1] and span[0] < m["end"]),
                 None)
        if k is None:  # (a reading over two works gives a row naming no year the one it prints: `year_printed`)
            out.append(rules_row(year_printed(rule, [models[j] for j in over], span)))
            continue
        used.add(k)
        replaced.append((span, models[k], str(rule.get("year") or "").strip()))
        model = _row(models[k], rule["seq"], rule.get("ref_of", ""))
        # where the rules' authors begin: after lead words the word lists lack (`vor allem Niklas Luhmann, …`)
        if min(abs(models[k]["start"] - at) for at in (begin, _authors_at(text, rule, span))) <= _SAME_START:
            out.append(choose(rule, model))
        elif models[k]["start"] > begin and swallowed(rule, model):
            out.append(filled(model, rule))
        elif text[begin:begin + 1].islower() and prose_before_authors(rule, model) \
                and abs(models[k]["start"] - text.find(model["authors"], *span)) <= _SAME_START:
            out.append(choose(dict(rule, authors=model["authors"]), model))  # `zur Nomenklatur Bauer, Repertorium`
        else:  # the two readings disagree where it begins: the rules'
            out.append(rules_row(rule))
    for k, model in enumerate(models):
        if k not in used and not within_replaced(model, replaced) and not names_no_work_reading(model) \
                and not container_again(model, out):  # (`Miras, 2005, …`: the journal of an article cut in two)
            last += 1
            out.append(_row(model, last, ""))
    return sorted(out, key=lambda row: int(row["seq"]))


def _authors_at(text: str, rule: dict, span: tuple[int, int]) -> int:
    """Where the rules' authors are printed in their row's ``span`` of the note, or -99 (none, or not there)."""
    authors = str(rule.get("authors") or "").strip()
    at = text.find(authors, span[0], span[1]) if authors else -1
    return at if at >= 0 else -99


def _row(model: dict, seq: int, ref_of: str) -> dict:
    row = {field: model[field] for field in FIELDS}
    return dict(row, doc_id=model["doc_id"], note_no=model["note_no"], seq=int(seq), editors=model["editors"],
                script=script_of(model["raw"]), raw=model["raw"], ref_of=ref_of or "", source="model",
                confidence=round(float(model["confidence"]), 4))


def _resolved(rows: list[dict], bare: list[bool], moved: list[bool]) -> list[dict]:
    """``ref_of`` of the model's rows, and of the rules' ``bare`` ones, that repeat an earlier reference of their
    document; and of the rows whose authors `same_authors` gave (``moved``: the rules' reading linked them by other
    authors), first by their short title (`Id., Braccianti e scariolanti, cit., p. 40`). A row the rules linked to
    one whose authors `same_authors` then gave is linked anew (`relinked`: `Brückner, a. a. O.` after `Dies.,
    Gesindezwang …` became Lauterbach's)."""
    ref_of = _texts(rows, "ref_of")
    earlier: dict[str, list] = {}
    out, changed = [], {}  # (``changed``: each document's labels of the rows whose authors moved)
    for k, (row, alone, now) in enumerate(zip(rows, bare, moved)):
        seen = earlier.setdefault(row["doc_id"], [])
        if (row["source"] == "model" or alone or now) and not ref_of[k]:
            ref_of[k] = (short_title(row, seen) if now else "") or repeated(row, seen) \
                or (short_title(row, seen) if alone else "")
        ref_of[k] = ref_of[k] or cited_in_note(row, seen)  # `Klimrath, Travaux (n. 10)`: note 10 read by the model
        row = relinked(dict(row, ref_of=ref_of[k]), seen, changed.get(row["doc_id"], set()))
        ref_of[k], label = row["ref_of"], f"{row['note_no']}:{row['seq']}"
        if now:
            changed.setdefault(row["doc_id"], set()).add(label)
        seen.append((label, str(row["note_no"]), row))
        out.append(row)
    return out
