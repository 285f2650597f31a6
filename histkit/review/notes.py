"""Each note as a card: its text with every citation highlighted, and beside it the fields each citation was read as.

A citation's ``char_start``/``char_end`` are offsets into its note's text,
so the card cuts the note at them; the fields are the citations table's
(kind, archive, fond, unit, date, pages, the Ibid. target with a link to it)
and, for literature, the reference's authors, title, container and year.
"""

from __future__ import annotations

import html

import pandas as pd

from .text import number, text

#: The columns of the citation table beside each note, and the heading each gets.
FIELDS = [("seq", "#"), ("kind", "kind"), ("archive", "archive"), ("fond", "fond"), ("unit", "unit"),
          ("date", "date"), ("pages", "pages"), ("ibid_of", "Ibid. of"), ("what", "title / reference")]


def citation_anchors(notes: pd.DataFrame, citations: pd.DataFrame) -> dict[tuple[str, str], str]:
    """The id of each citation's highlight on the page, by (note_no, seq): what an Ibid. links to.

    >>> citation_anchors(pd.DataFrame([{"note_no": "2"}]), pd.DataFrame([{"note_no": "2", "seq": 1}]))
    {('2', '1'): 'cite-0-1'}
    """
    index = {text(no): i for i, no in reversed(list(enumerate(notes["note_no"])))} if len(notes) else {}
    return {(text(r["note_no"]), text(r["seq"])): f"cite-{index.get(text(r['note_no']), 'x')}-{text(r['seq'])}"
            for r in citations.to_dict("records")}


def note_text_html(note: str, cites: list[dict], anchors: dict[tuple[str, str], str]) -> str:
    """A note's text, escaped, each citation in it highlighted by kind and numbered.

    >>> note_text_html("See AJ, 507, 9/I-12.", [{"note_no": "1", "seq": 1, "kind": "archival",
    ...                                          "char_start": 4, "char_end": 19}], {("1", "1"): "cite-0-1"})
    'See <mark class="k-archival" id="cite-0-1" title="citation 1: archival">AJ, 507, 9/I-12<sup>1</sup></mark>.'
    """
    out, at = [], 0
    placed = sorted((c for c in cites if number(c.get("char_start")) is not None and number(c.get("char_end"))),
                    key=lambda c: number(c["char_start"]))
    for cite in placed:
        start, end = number(cite["char_start"]), number(cite["char_end"])
        if start < at or end > len(note) or end <= start:
            continue  # offsets that do not fit the text are not drawn; the table beside still lists the citation
        kind, seq = text(cite.get("kind")), text(cite.get("seq"))
        anchor = anchors.get((text(cite.get("note_no")), seq), "")
        out.append(html.escape(note[at:start]))
        out.append(f'<mark class="k-{html.escape(kind)}" id="{anchor}" title="citation {html.escape(seq)}: '
                   f'{html.escape(kind)}">{html.escape(note[start:end])}<sup>{html.escape(seq)}</sup></mark>')
        at = end
    out.append(html.escape(note[at:]))
    return "".join(out)


def fields_html(cites: list[dict], references: dict[tuple[str, str], dict], anchors: dict) -> str:
    """The table of a note's citations and what each was read as."""
    if not cites:
        return '<p class="none">no citation read in this note</p>'
    values = [_values(c, references.get((text(c.get("note_no")), text(c.get("seq")))), anchors) for c in cites]
    # a column no citation of the note fills is left out: a note of books has no archive, fond or unit
    shown = [(name, label) for name, label in FIELDS if name in ("seq", "kind", "what") or any(v[name] for v in values)]
    head = "".join(f"<th>{label}</th>" for _, label in shown)
    rows = []
    for cite, value in zip(cites, values):
        cells = "".join(f"<td>{value[name]}</td>" for name, _ in shown)
        rows.append(f'<tr class="k-{html.escape(text(cite.get("kind")))}">{cells}</tr>')
    return f'<table class="fields"><tr>{head}</tr>{"".join(rows)}</table>'


def _values(cite: dict, reference: dict | None, anchors: dict) -> dict[str, str]:
    esc = html.escape
    values = {name: esc(text(cite.get(name))) for name, _ in FIELDS}
    archive = text(cite.get("archive"))
    if cite.get("archive_name"):
        values["archive"] = f'<abbr title="{esc(text(cite["archive_name"]))}">{esc(archive or "?")}</abbr>'
    values["fond"] = esc(", ".join(text(cite.get(k)) for k in ("fond", "fond_year", "collection") if cite.get(k)))
    start, end = text(cite.get("date_start")), text(cite.get("date_end"))
    if start:
        values["date"] = esc(start + (f" – {end}" if end and end != start else "")) + \
            f' <small>{esc(text(cite.get("date_precision")))}</small>'
    target = text(cite.get("ibid_of"))
    if target:
        note_no, _, seq = target.partition(":")
        values["ibid_of"] = f'<a href="#{anchors.get((note_no, seq), "")}">note {esc(note_no)}, citation {esc(seq)}</a>'
    what = [text(cite.get("title"))]
    if reference:
        what = [text(reference.get(k)) for k in ("authors", "title", "container", "year")]
    values["what"] = esc(", ".join(w for w in what if w))
    return values


def notes_html(notes: pd.DataFrame, citations: pd.DataFrame, references: pd.DataFrame) -> str:
    """A card per note, in the notes table's order, each linked back to its marker in the text.

    >>> page = notes_html(pd.DataFrame([{"note_no": "1", "page": 3, "marker_start": 14, "text": "Ibid."}]),
    ...                   pd.DataFrame(columns=["note_no", "seq"]), pd.DataFrame(columns=["note_no", "seq"]))
    >>> '<section class="note" id="note-0">' in page, 'href="#marker-0"' in page
    (True, True)
    """
    anchors = citation_anchors(notes, citations)
    by_note: dict[str, list[dict]] = {}
    for cite in citations.to_dict("records"):
        by_note.setdefault(text(cite.get("note_no")), []).append(cite)
    refs = {(text(r.get("note_no")), text(r.get("seq"))): r for r in references.to_dict("records")}
    cards, seen = [], set()
    for i, note in enumerate(notes.to_dict("records")):
        no = text(note.get("note_no"))
        cites = by_note.get(no, []) if no not in seen else []  # a repeated number: its citations go to the first
        seen.add(no)
        page = f"p. {number(note.get('page'))} · " if number(note.get("page")) is not None else ""
        back = (f'<a href="#marker-{i}">marker in the text</a>' if number(note.get("marker_start")) is not None
                else '<span class="warn">no marker found in the text</span>')
        cards.append(f'<section class="note" id="note-{i}"><h3>Note {html.escape(no)} <small>{page}{back}</small></h3>'
                     f'<div class="cols"><div class="notetext">{note_text_html(text(note.get("text")), cites, anchors)}'
                     f'</div><div class="cites">{fields_html(cites, refs, anchors)}</div></div></section>')
    return "\n".join(cards) if cards else "<p>The layout found no notes in this document.</p>"
