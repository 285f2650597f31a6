"""The review page: one self-contained HTML file (inline CSS, no script, font or image from elsewhere).

At the top, what the document is and the problems met while reading it;
then the text as the layout read it (`text.py`), then a card per note with
its citations (`notes.py`). Check boxes hide the note blocks, running heads
or marks from the text (CSS only), so the body can be read alone.
"""

from __future__ import annotations

import html
from collections import Counter

import pandas as pd

from .notes import notes_html
from .text import document_marks, number, text, text_html

#: Each citation kind's colour on the page (its marks in the notes and its rows in their tables), in the legend's order.
KIND_COLOURS = {"archival": "#d9f2e6", "literature": "#e6e0f5", "ibid": "#ffe5cc", "case": "#f9d6d5",
                "legislation": "#d5e5f7", "press": "#f4efbf", "parliament": "#dcebc9", "official": "#e3dccb",
                "unparsed": "#eee", "other": "#eee"}
_LABELS = {"ibid": "Ibid."}  # a kind's name in the legend where it is not the kind itself

_STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 1em; }
h1 { font-size: 1.4em; margin: .8em 0 .2em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
nav { position: sticky; top: 0; background: #fafafa; border-bottom: 1px solid #ddd; padding: .4em 1em; font-size: .9em; z-index: 2; }
nav a { margin-right: 1em; } nav label { margin-left: .8em; }
.meta { color: #555; font-size: .9em; } .counts span { margin-right: 1.2em; }
.problems li { margin: .2em 0; } .problems .stage { font-weight: bold; color: #a33; }
.page { margin: 1.2em 0 .3em; border-top: 1px dashed #bbb; color: #888; font-size: .75em; text-align: right; }
.block { display: grid; grid-template-columns: 7.5em 1fr; gap: .6em; margin: .15em 0; }
.zone { color: #888; font-size: .75em; text-align: right; padding-top: .2em; }
.text { white-space: pre-wrap; line-height: 1.45; }
.z-heading .text { font-weight: bold; font-size: 1.1em; }
.z-running_head .text, .z-running-head .text { color: #777; font-style: italic; font-size: .85em; background: #f3f3f3; }
.z-note .text { font-size: .85em; background: #f7f4ea; border-left: 3px solid #d8c98f; padding-left: .4em; }
.z-front .text, .z-back .text { color: #555; }
.mention { background: #dceeff; border-bottom: 2px solid #56B4E9; }
.mention.ambiguous { background: #fff0c8; border-bottom-color: #E69F00; }
.date { text-decoration: underline dotted #009E73 2px; }
.marker { background: #D55E00; color: #fff; border-radius: 3px; padding: 0 .15em; text-decoration: none; font-weight: bold; }
.note { border: 1px solid #ddd; border-radius: 4px; margin: .8em 0; padding: .3em .8em .6em; }
.note:target, .block:target, mark:target, .marker:target { outline: 3px solid #E69F00; }
[id] { scroll-margin-top: 3em; }
.note h3 { font-size: 1em; margin: .3em 0; } .note h3 small { font-weight: normal; color: #666; }
.cols { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1em; }
.notetext { white-space: pre-wrap; font-size: .9em; line-height: 1.45; }
mark { border-radius: 2px; padding: 0 .1em; } mark sup { font-size: .7em; font-weight: bold; margin-left: .1em; }
table.fields { border-collapse: collapse; font-size: .8em; width: 100%; }
table.fields th { text-align: left; background: #f0f0f0; } table.fields td, table.fields th { border: 1px solid #ddd; padding: .15em .3em; vertical-align: top; }
.warn { color: #a33; } .none { color: #888; font-size: .85em; }
.legend span { margin-right: 1em; font-size: .85em; }
body:has(#hide-notes:checked) .z-note, body:has(#hide-heads:checked) .z-running_head { display: none; }
body:has(#hide-marks:checked) .text .mention, body:has(#hide-marks:checked) .text .date { background: none; border: 0; text-decoration: none; }
""" + "".join(f".k-{kind} {{ background: {colour}; }}\n" for kind, colour in KIND_COLOURS.items())


def summary_html(rows) -> str:
    """What the document is (title, author, year, journal, path) and how much of each kind was read."""
    esc = html.escape
    doc = rows["documents"].to_dict("records")[0] if len(rows["documents"]) else {}
    title = text(doc.get("title")) or rows.doc_id
    said = [text(doc.get(k)) for k in ("author", "year", "journal") if text(doc.get(k))]
    zones = Counter(text(z) for z in rows["blocks"]["zone"]) if len(rows["blocks"]) else Counter()
    kinds = Counter(text(k) for k in rows["citations"]["kind"]) if len(rows["citations"]) else Counter()
    unmarked = sum(1 for v in rows["notes"]["marker_start"] if number(v) is None) if len(rows["notes"]) else 0
    actors = len(set(rows["mentions"]["actor_id"])) if len(rows["mentions"]) else 0
    counts = [f"{n} {zone.replace('_', ' ')} blocks" for zone, n in sorted(zones.items()) if zone != "blank"]
    counts.append(f"{len(rows['notes'])} notes" + (f" ({unmarked} without a marker)" if unmarked else ""))
    counts += [f"{n} {kind} citations" for kind, n in sorted(kinds.items())]
    counts += [f"{len(rows['mentions'])} mentions of {actors} actors", f"{len(rows['dates'])} dates"]
    return (f"<h1>{esc(title)}</h1>"
            f'<p class="meta">{esc(" · ".join(said))}{" · " if said else ""}<code>{esc(text(doc.get("path")))}</code> · '
            f"doc_id <code>{esc(rows.doc_id)}</code></p>"
            f'<p class="counts">{"".join(f"<span>{esc(c)}</span>" for c in counts)}</p>')


def problems_html(problems: pd.DataFrame) -> str:
    """The problems met while reading the document, one a line with the stage that met it."""
    if not len(problems):
        return '<h2 id="problems">Problems</h2><p class="none">No problem was reported for this document.</p>'
    items = "".join(f'<li><span class="stage">{html.escape(text(p.get("stage")))}</span>: '
                    f'{html.escape(text(p.get("message")))}</li>' for p in problems.to_dict("records"))
    return f'<h2 id="problems">Problems ({len(problems)})</h2><ul class="problems">{items}</ul>'


def review_html(rows) -> str:
    """The review page of one document's rows (a `DocumentRows`), as a string.

    >>> from histkit.review.rows import DocumentRows
    >>> empty = {name: pd.DataFrame(columns=columns) for name, columns in {
    ...     "documents": ["doc_id"], "blocks": ["zone", "start", "raw"], "notes": ["note_no", "marker_start"],
    ...     "citations": ["note_no", "seq", "kind"], "references": ["note_no", "seq"], "mentions": ["actor_id"],
    ...     "dates": ["start"], "problems": ["stage", "message"]}.items()}
    >>> page = review_html(DocumentRows("d<1>", empty))
    >>> page.startswith("<!DOCTYPE html>"), "<h1>d&lt;1&gt;</h1>" in page, "<script" in page
    (True, True, False)
    """
    blocks = rows["blocks"]
    full_text = "".join(text(r) for r in blocks["raw"]) if len(blocks) else ""
    marks = document_marks(rows["mentions"], rows["dates"], rows["notes"], full_text)
    notes_of_blocks = {}
    for i, ids in enumerate(rows["notes"].get("block_ids", pd.Series(dtype=object))):
        for block_id in text(ids).split("|"):
            notes_of_blocks.setdefault(block_id, i)
    legend = ('<p class="legend"><span class="mention">actor</span> <span class="mention ambiguous">ambiguous actor'
              '</span> <span class="date">date</span> <a class="marker">1</a> note marker &nbsp; citations: '
              + " ".join(f'<mark class="k-{kind}">{_LABELS.get(kind, kind)}</mark>' for kind in KIND_COLOURS
                         if kind != "other") + "</p>")
    nav = ('<nav><a href="#problems">Problems</a><a href="#text">Text</a><a href="#notes">Notes</a>'
           '<label><input type="checkbox" id="hide-notes"> hide note blocks</label>'
           '<label><input type="checkbox" id="hide-heads"> hide running heads</label>'
           '<label><input type="checkbox" id="hide-marks"> hide actor and date marks</label></nav>')
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>histkit review: {html.escape(rows.doc_id)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            f"{nav}\n<header>{summary_html(rows)}{problems_html(rows['problems'])}{legend}</header>\n<main>\n"
            f'<h2 id="text">Text, as the layout read it</h2>\n'
            f"{text_html(blocks, marks, notes_of_blocks)}\n"
            f'<h2 id="notes">Notes and their citations</h2>\n'
            f"{notes_html(rows['notes'], rows['citations'], rows['references'])}\n</main>\n</body>\n</html>\n")
