"""Token labels for training: the gold's fields found in the note's own text (`label_notes`).

The gold says what a note cites (authors, title, year, …) but not where in the
note's text: the labels come from finding each field's words among the note's
tokens, accent-, case- and spacing-tolerant (`key`), in order. A reference's
anchor is its first author or its title; its fields are looked for from the
anchor up to the next reference's anchor. Tokens between a reference's first
and last found field that no field claims are ``other``; tokens outside every
reference are ``out``; the first token of a reference carries ``B-``.

Gold tied to notes (``note`` set) is looked for in that note only. Gold in
document order (older files tie no reference to a note) is looked for from
where the previous one was found, in that note and the next three, or further
on when author and title are found together; one not found there may be
listed out of order, and is looked for, strongly, in the few notes before.
"""

from __future__ import annotations


from .tokens import key, tokenize
from ..patterns import compiled

#: The field labels, in the order a reference's fields are looked for.
FIELDS = ("author", "editor", "title", "container", "other", "place", "publisher", "year", "volume", "issue", "pages")
OUT = "out"
_AHEAD = 3  # notes searched beyond the current one for gold in document order, on a weak anchor
_FAR = (12, 40)  # notes searched on a strong anchor (author and title together, or a title of four words)
_BACK = 8  # notes searched behind the current one for gold in document order listed after later references
_YEAR = compiled(r"(?<!\d)(?:1[5-9]\d\d|20[0-4]\d)(?!\d)")
PROSE = 40  # tokens kept of a note that cites nothing: enough to learn what commentary looks like
MARGIN = 6  # tokens of prose kept either side of a reference to train on (`trimmed`)
_BEFORE_VOLUME = ("author", "editor", "title")  # the fields a volume number is looked for after
_GAP = 3  # content tokens a field's words may skip between two of its own


def label_notes(notes: list[tuple[str, str]], gold: list[dict]) -> tuple[list[dict], dict]:
    """The labelled notes fit to train on, and counts (gold, aligned, notes used) of one article.

    >>> notes = [("1", "Vgl. N. Luhmann, Rechtssoziologie, Reinbek 1972, 239.")]
    >>> gold = [{"note": "1", "author": [("Luhmann", "Niklas")], "title": ["Rechtssoziologie"], "place": ["Reinbek"],
    ...          "year": ["1972"], "pages": ["239"]}]
    >>> done, counts = label_notes(notes, gold)
    >>> list(zip([t.text for t in tokenize(notes[0][1])], done[0]["labels"]))[:4]
    [('Vgl', 'out'), ('.', 'out'), ('N', 'B-author'), ('.', 'author')]
    >>> counts
    {'gold': 1, 'aligned': 1, 'notes': 1}
    """
    texts = [text for _, text in notes]
    keys = [[key(t.text) for t in tokenize(text)] for text in texts]
    index = {note_no: k for k, (note_no, _) in enumerate(notes)}
    linked = any(g.get("note") for g in gold)
    anchors, failed_notes = _anchors(keys, index, gold, linked)
    labels = [[OUT] * len(k) for k in keys]
    for n, found in _by_note(anchors).items():
        for (start, g), nxt in zip(found, found[1:] + [(len(keys[n]), None)]):
            _label_reference(keys[n], labels[n], g, start, nxt[0])
    used = _usable(notes, anchors, failed_notes, gold, linked)
    done = [{"note_no": notes[n][0], "text": texts[n], "labels": labels[n]} for n in used]
    return done, {"gold": len(gold), "aligned": len(anchors), "notes": len(done)}


def _anchors(keys, index, gold, linked) -> tuple[list[tuple[int, int, dict]], set]:
    """(note, token, gold) where each reference begins, in order; the notes where some reference was not found.

    Gold in document order is looked for with a near and a far reach; the one that finds more is kept (a far
    reach can jump over notes whose references it then misses, a near one loses its way after a gap).
    """
    if linked:
        return _anchors_within(keys, index, gold, linked, _FAR[0])
    return max((_anchors_within(keys, index, gold, linked, far) for far in _FAR), key=lambda found: len(found[0]))


def _anchors_within(keys, index, gold, linked, far: int) -> tuple[list[tuple[int, int, dict]], set]:
    anchors, failed, note, cursor = [], set(), 0, 0
    for g in gold:
        if linked:
            if g.get("note", "") not in index:
                continue
            n = index[g["note"]]
            if n != note:
                note, cursor = n, 0
            spots = [(n, cursor)]
        else:
            spots = [(note, cursor)] + [(n, 0) for n in range(note + 1, min(note + 1 + far, len(keys)))]
        hit = next(((n, s) for n, lo in spots
                    if (s := _anchor(keys[n], g, lo, strong=n > spots[0][0] + _AHEAD)) is not None), None)
        if hit is None and not linked:
            back = _behind(keys, g, note, {(n, s) for n, s, _ in anchors})
            if back is not None:  # listed out of order: labelled where it is, the search goes on from here
                anchors.append((*back, g))
                continue
        if hit is None:
            failed.add(spots[0][0])
            continue
        note, cursor = hit[0], hit[1] + 1
        anchors.append((hit[0], hit[1], g))
    return anchors, failed


def _behind(keys, g: dict, note: int, taken: set) -> tuple[int, int] | None:
    """Where a reference the gold lists after later ones begins: a strong anchor in the `_BACK` notes before
    ``note`` (or earlier in it) that no other reference begins at."""
    for n in range(note, max(note - _BACK, 0) - 1, -1):
        s = _anchor(keys[n], g, 0, strong=True)
        if s is not None and (n, s) not in taken:
            return n, s
    return None


def _anchor(keys: list[str], g: dict, lo: int, strong: bool = False) -> int | None:
    author = _find(keys, _words(g["author"][0][0]), lo, len(keys), set()) if g.get("author") else None
    title = next((s for t in g.get("title", []) if (s := _find(keys, _words(t), lo, len(keys), set()))), None)
    together = author and title and author[0] <= title[0] and title[0] - author[1] < 30
    if strong:
        long_title = title and len(_words(g["title"][0])) >= 4
        return author[0] if together else title[0] if long_title else None
    if author and title:
        return author[0] if together else title[0]
    found = author or title
    if found is None:
        for field in ("editor", "container"):
            for value in g.get(field, [])[:1]:
                found = found or _find(keys, _words(value[0] if isinstance(value, tuple) else value), lo, len(keys), set())
    return found[0] if found else None


def _by_note(anchors) -> dict[int, list[tuple[int, dict]]]:
    notes: dict[int, list] = {}
    for n, start, g in anchors:
        notes.setdefault(n, []).append((start, g))
    return {n: sorted(found, key=lambda f: f[0]) for n, found in notes.items()}


def _usable(notes, anchors, failed, gold, linked) -> list[int]:
    """The notes whose labels can be trusted: those where gold was found (all of its gold, where it is tied to
    notes), and, within the notes the gold covers, those that print no year (a note without gold but with a
    year may well cite a work the annotators left out: several gold files mark only some references)."""
    with_refs = sorted({n for n, _, _ in anchors})
    if not with_refs:
        return []
    if linked:
        numbers = [int(g["note"]) for g in gold if g.get("note", "").isdigit()]
        last = max(numbers) if numbers else -1
        scope = [n for n, (no, _) in enumerate(notes) if no.isdigit() and int(no) <= last and n not in failed]
    else:
        scope = [n for n in range(with_refs[0], with_refs[-1] + 1) if n not in failed]
    refs = set(with_refs)
    return [n for n in scope if n in refs or not _YEAR.search(notes[n][1])]


def _label_reference(keys: list[str], labels: list[str], g: dict, lo: int, hi: int) -> None:
    taken: set[int] = set()
    spans: list[tuple[int, int, str]] = []
    for field in FIELDS:
        values = g.get(field, [])
        if field in ("author", "editor"):
            found = _persons(keys, values, lo, hi, taken)
        else:
            found = [s for s in (_find(keys, _words(v), _after(field, spans, lo), hi, taken) for v in values) if s]
        for start, end in found:
            for k in range(start, end + 1):
                if k not in taken:
                    labels[k] = field
                    taken.add(k)
            spans.append((start, end, field))
    if not spans:
        return
    first, last = min(s for s, _, _ in spans), max(e for _, e, _ in spans)
    for k in range(first, last + 1):
        if labels[k] == OUT:
            labels[k] = "other"
    labels[first] = "B-" + labels[first]


def _persons(keys, values, lo: int, hi: int, taken) -> list[tuple[int, int]]:
    """One span from the first person to the last one printed next to it (a later name is another role's)."""
    span = None
    for name, fore in values:
        found = _person(keys, name, fore, span[1] + 1 if span else lo, hi, taken)
        if found is None or (span and found[0] - span[1] > 4):
            if span is None:
                return []
            break
        span = (span[0] if span else found[0], found[1])
    return [span] if span else []


def _after(field: str, spans, lo: int) -> int:
    # numbers are looked for after the words: a page or volume number is not one in the title. A volume is
    # looked for after the title only: it stands before the year (`Albion 26 (1994)`) or the journal
    # (`12 J. Name 345`) as often as after them; pages come after everything else.
    if field in ("volume", "issue"):
        return max([e + 1 for _, e, f in spans if f in _BEFORE_VOLUME] + [lo])
    return max([e + 1 for _, e, _ in spans] + [lo]) if field == "pages" else lo


def _person(keys, surname: str, forename: str, lo: int, hi: int, taken) -> tuple[int, int] | None:
    found = _find(keys, _words(surname), lo, hi, taken)
    if not found:
        return None
    start, end = found
    fore = set(_words(forename))
    initials = {w[0] for w in fore}
    k = start - 1
    while k >= max(lo - 6, 0) and k not in taken and (keys[k] in (".", "-") or keys[k] in fore
                                                      or (len(keys[k]) == 1 and keys[k].isalpha()
                                                          and (keys[k] in initials or not fore))):
        k -= 1
    start = k + 1
    while start < found[0] and keys[start] in (".", "-"):
        start += 1
    k = end + 1
    if fore and k + 1 < hi and keys[k] == "," and keys[k + 1] in fore | initials:  # `Luhmann, Niklas`
        end = k + 1
        while end + 1 < hi and (keys[end + 1] in fore | initials or keys[end + 1] == "."):
            end += 1
    return start, end


def _words(text: str) -> list[str]:
    return [k for t in tokenize(text) if (k := key(t.text)) and k[0].isalnum()]


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:4] == b[:4] and abs(len(a) - len(b)) <= 2)


def _find(keys: list[str], words: list[str], lo: int, hi: int, taken) -> tuple[int, int] | None:
    """The first span of tokens in [lo, hi) holding ``words`` in order (most of them, for four or more)."""
    if not words:
        return None
    content = [k for k in range(max(lo, 0), min(hi, len(keys))) if keys[k][:1].isalnum() and k not in taken]
    need = len(words) if len(words) <= 3 else max(3, int(0.7 * len(words) + 0.5))
    best = None
    for c, k in enumerate(content):
        for offset in range(min(2, len(words))):
            if not _same(keys[k], words[offset]):
                continue
            matched, last, pos = 1 + 0, c, c + 1
            for word in words[offset + 1:]:
                hit = next((q for q in range(pos, min(pos + _GAP, len(content))) if _same(keys[content[q]], word)), None)
                if hit is not None:
                    matched, last, pos = matched + 1, hit, hit + 1
            if matched >= need and (best is None or matched > best[0]):
                best = (matched, k, content[last])
        if best and best[0] == len(words):
            break
    return (best[1], best[2]) if best else None


def trimmed(note: dict, margin: int = MARGIN) -> dict:
    """A labelled note cut to its references and ``margin`` tokens either side (a note without any: its start, `PROSE` tokens).

    >>> note = {"text": "Long prose here. Luhmann, Recht, 1972.", "labels": ["out"] * 4 + ["B-author", "other",
    ...                                                                          "title", "other", "year", "out"]}
    >>> trimmed(note, 2)["text"], trimmed(note, 2)["labels"][:3]
    ('here. Luhmann, Recht, 1972.', ['out', 'out', 'B-author'])

    Long runs of prose teach a model that staying ``out`` pays: most of a
    note's words are commentary, and the gold leaves some references out.
    """
    tokens, labels = tokenize(note["text"]), note["labels"]
    inside = [k for k, label in enumerate(labels) if label != OUT]
    first, last = (max(inside[0] - margin, 0), min(inside[-1] + margin, len(labels) - 1)) if inside \
        else (0, min(PROSE, len(labels)) - 1)
    if last < first:
        return dict(note, text="", labels=[])
    keep = _kept(inside, margin, first, last)
    text, out = "", []
    for a, b in keep:
        piece = note["text"][tokens[a].start:tokens[b].end]
        text = f"{text} {piece}" if text else piece
        out += labels[a:b + 1]
    if len(tokenize(text)) != len(out):  # a cut glued two tokens into one: keep the note whole
        return note
    return dict(note, text=text, labels=out)


def _kept(inside: list[int], margin: int, first: int, last: int) -> list[tuple[int, int]]:
    """The stretches to keep: references and their margins, a long gap of prose between them cut out."""
    if not inside:
        return [(first, last)]
    stretches = [[first, min(inside[0] + margin, last)]]
    for k in inside[1:]:
        if k - margin <= stretches[-1][1] + 1:
            stretches[-1][1] = min(k + margin, last)
        else:
            stretches.append([k - margin, min(k + margin, last)])
    stretches[-1][1] = last
    return [(a, b) for a, b in stretches]
