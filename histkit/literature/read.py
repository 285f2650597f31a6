"""A note's labels made into reference rows: where each reference begins and ends, and its fields' text.

A reference begins at a ``B-`` label (or at a field label after ``out``) and
ends before the next ``B-`` or ``out``. A field's text is its first run of
tokens in the reference, cut from the note as printed, with the punctuation
around it stripped. Authors are the authors, or the editors when no author
is named (as the gold names editors first then).
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from .tokens import CLOSE, OPEN, Token, key, sentence_end, token_matches, tokenize, word_kinds
from ..patterns import compiled

#: The columns of a reference read by the model (the references table's fields).
FIELD_COLUMNS = ("authors", "editors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages")
_COLUMN = {"author": "authors", "editor": "editors", "title": "title", "container": "container", "volume": "volume",
           "issue": "issue", "place": "place", "publisher": "publisher", "year": "year", "pages": "pages"}
_STRIP = " ,;:.([/–—-"
_STRIP_END = " ,;:([/–—-"
_DEPTH = {**dict.fromkeys(OPEN, 1), **dict.fromkeys(CLOSE, -1)}  # what a bracket token does to the depth
_PAIRS = ("()", "[]", "„“", "“”", "«»")  # a bracket or quote opening and closing, as `_cut` checks them in turn
_CLOSINGS = frozenset(pair[1] for pair in _PAIRS)
_NOT_TITLE = {"editor", "edition", "ibid", "page", "volume", "issue"}  # kinds of words.csv a title's bracket never holds
#: a year's digits (1500-2099), for a pattern
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
#: a year printed in a reference, not inside a longer number
YEAR = compiled(rf"(?<!\d){YEAR_DIGITS}(?!\d)")


def references_of(text: str, labels: list[str], confidence: list[float] | None = None) -> list[dict]:
    """The references of a labelled note: their fields, ``raw`` text, offsets and mean label confidence.

    >>> text = "Vgl. Luhmann, Recht, 1972."
    >>> ref = references_of(text, ["out", "out", "B-author", "other", "title", "other", "year", "out"])[0]
    >>> ref["authors"], ref["title"], ref["year"], ref["raw"]
    ('Luhmann', 'Recht', '1972', 'Luhmann, Recht, 1972')

    Pages keep the page word printed before them (`S. 45`, `p. 12`). An author
    after a `;`, or after a full stop that ends a sentence, that follows another field begins a reference too,
    ``B-`` or not:

    >>> text = "Jacobs, Labour, 129 ff; Schlachter, Streiks, 2019"
    >>> labels = ["B-author", "other", "title", "other", "pages", "pages", "other", "author", "other", "title",
    ...           "other", "year"]
    >>> [ref["authors"] for ref in references_of(text, labels)]
    ['Jacobs', 'Schlachter']
    """
    tokens = tokenize(text)
    confidence = confidence or [1.0] * len(tokens)
    spans, current, last = [], None, None
    for k, label in enumerate(labels):
        if label == "out":
            current = None
            continue
        if current is None and last is not None and _container_after(tokens, labels, last, k):
            current = last  # `…, in J.-P. Roy (dir.), Droit et société …`: the model lost the editor, not the reference
        # (`_next_reference` asks an author only: the other labels, most of them, are not passed to it)
        elif label.startswith("B-") or current is None or label == "author" and _next_reference(
                tokens, labels, current[0], k):
            current = [k, k]
            spans.append(current)
        current[1], last = k, current
    return [_reference(text, tokens, labels, confidence, _past_lead(text, tokens, labels, a, b), b) for a, b in spans]


_IN_GAP = 16  # tokens the model may leave out between a title and its container's title: `in`, an editor, `(dir.)`
_IN_AFTER = 2  # words of the title the model may leave out before the `in`


def _container_after(tokens: list[Token], labels: list[str], span: list[int], k: int) -> bool:
    """Whether the title at ``k`` is the container of the reference ``span`` the model read before it, though the
    words between them are labelled ``out``: a few, with a word for "in" among the first (`_IN_AFTER` words of the
    title may come before it: `« Les juristes et la question sociale », in J.-P. Roy (dir.), Droit et société …`).

    >>> text = "Roy, « Les juristes », in J.-P. Roy (dir.), Droit et société, Paris"
    >>> labels = ["B-author", "other", "other", "title", "title", "other", "out", "out"] + ["out"] * 11 + [
    ...     "B-title", "title", "title", "other", "place"]
    >>> [ref["raw"] for ref in references_of(text, labels)]
    ['Roy, « Les juristes », in J.-P. Roy (dir.), Droit et société, Paris']
    """
    if not labels[k].endswith("title") or k - span[1] - 1 > _IN_GAP \
            or not any(label.removeprefix("B-") == "title" for label in labels[span[0]:span[1] + 1]):
        return False
    gap = range(span[1] + 1, k)  # (not across a `;` or a sentence's end: `…; in Griechenland gibt es … Vgl Rebhahn`)
    if any(tokens[j].text == ";" or (tokens[j].text == "." and sentence_end(tokens, j)) for j in gap):
        return False
    words = [tokens[j] for j in gap if any(ch.isalpha() for ch in tokens[j].text)][:_IN_AFTER + 1]
    return any("in" in word_kinds().get(key(word.text), ()) for word in words)


def after_lead(text: str, span: tuple[int, int]) -> int:
    """Where the reference in ``span`` begins once the lead words printed before it (`Vgl.`, `See, e.g.,`) are passed.

    >>> after_lead("Vgl. Luhmann, Recht, 1972", (0, 25)), after_lead("Luhmann, Recht", (0, 14))
    (5, 0)
    """
    kinds = word_kinds()
    for token in token_matches(text, span[0], span[1]):  # (the first few tokens: not the whole span's)
        word = token.group()
        if not (word in ".,:" or "lead" in kinds.get(key(word), ())):
            return token.start()
    return span[0]


def _past_lead(text: str, tokens: list[Token], labels: list[str], a: int, b: int) -> int:
    """The first token of the reference from ``a`` to ``b`` once lead words the model took for its authors are passed
    (`Cf. Rudolf Wiethölter, …`): where the authors go on after them. Not a letter alone (`V. Novak`: an initial)."""
    if not labels[a].endswith("author"):
        return a
    at = after_lead(text, (tokens[a].start, tokens[b].end))
    k = next((k for k in range(a, b + 1) if tokens[k].start >= at), a)
    passed = text[tokens[a].start:at].strip(" .,:")
    return k if k > a and len(passed) > 1 and labels[k].endswith("author") else a


def _reference(text: str, tokens: list[Token], labels: list[str], confidence: list[float], a: int, b: int) -> dict:
    ref = {c: "" for c in FIELD_COLUMNS}
    k = a
    while k <= b:
        field = labels[k].removeprefix("B-")
        end = k
        while end + 1 <= b and labels[end + 1].removeprefix("B-") == field and not labels[end + 1].startswith("B-"):
            end += 1
        if field == "title":
            end = _through_brackets(tokens, labels, k, end, b)
        column = _COLUMN.get(field)
        if column and not ref[column]:
            begin = _page_word(tokens, k, a) if column == "pages" else k
            ref[column] = _cut(text, tokens[begin].start, tokens[end].end)
        k = end + 1
    if not ref["authors"]:
        ref["authors"] = ref["editors"]
    raw = _cut(text, tokens[a].start, tokens[b].end)
    ref["year"] = cited_edition(raw, _year(ref["year"]))
    ref.update(raw=raw, start=tokens[a].start, end=tokens[b].end,
               confidence=sum(confidence[a:b + 1]) / (b - a + 1))
    return ref


def _through_brackets(tokens: list[Token], labels: list[str], k: int, end: int, last: int) -> int:
    """Where a title running from ``k`` to ``end`` ends once the brackets it holds are read as part of it.

    A bracket opened in the title closes in it (`Forging Democracy [The Left in Europe]`), unless what
    follows is no title's (`Moji spomini (Ljubljana, 1995)`: the title ends before the bracket); a bracket
    right after it is part of it when it holds words only the title's or none (`Wirtschaft und
    Gesellschaft (Grundriss der Sozialökonomik)`), or years from and to while the reference's year comes
    after it (`Geschichte der Stadt (1800–1900), München 1999`). `(1965), 1986` after a title is its year.
    """
    opened = [j for j in range(k, end + 1) if _DEPTH.get(tokens[j].text, 0)]
    depth = sum(_DEPTH[tokens[j].text] for j in opened)
    if depth > 0:  # closed further on, or else the title ends before the bracket left open
        close = _closing(tokens, end + 1, last, depth)
        if close is not None and _part_of_title(tokens, labels, end + 1, close, last):
            return close
        unclosed = max(j for j in opened if _DEPTH[tokens[j].text] > 0)
        return unclosed - 1 if unclosed > k else end
    if end + 1 > last or _DEPTH.get(tokens[end + 1].text, 0) <= 0:
        return end
    close = _closing(tokens, end + 2, last, 1)
    if close is None:
        return end
    worded = any(tokens[j].text[:1].isalpha() for j in range(end + 2, close)) or "year" in labels[end + 2:close]
    return close if worded and _part_of_title(tokens, labels, end + 2, close, last) else end


def _part_of_title(tokens: list[Token], labels: list[str], a: int, close: int, last: int) -> bool:
    """Whether the words of a bracket (``a`` up to its ``close``) belong to the title before it: labelled title
    or nothing, or years from and to while the reference's year comes after the bracket; never an editor's,
    edition's, note's or page's word (`(Hg.)`, `(2nd ed.)`, `(Fn. 15)`)."""
    kinds = word_kinds()
    if any(_NOT_TITLE.intersection(kinds.get(key(tokens[j].text), ())) for j in range(a, close)):
        return False
    inside = set(labels[a:close])
    if inside <= {"title", "other"}:
        return True
    years = sum(bool(YEAR.fullmatch(tokens[j].text)) for j in range(a, close))
    return inside <= {"title", "other", "year"} and years >= 2 and "year" in labels[close + 1:last + 1]


def _closing(tokens: list[Token], start: int, last: int, depth: int) -> int | None:
    """The token at which ``depth`` open brackets are closed, looking from ``start`` to ``last``."""
    for j in range(start, last + 1):
        depth += _DEPTH.get(tokens[j].text, 0)
        if depth <= 0:
            return j
    return None


def _next_reference(tokens: list[Token], labels: list[str], first: int, k: int) -> bool:
    """Whether the author at ``k`` begins another reference: a `;` before it, and a field other than the
    persons' between the reference's start (``first``) and it (`Jacobs, Labour, 129 ff; Schlachter, …`)."""
    if labels[k] != "author":
        return False
    j = k - 1  # back over the words printed between the `;` and the author (`; vgl. Schlachter`)
    while j > first and labels[j] == "other" and not _ends_one(tokens, labels, j):
        j -= 1
    return _ends_one(tokens, labels, j) and any(label.removeprefix("B-") not in ("author", "editor", "other")
                                                for label in labels[first:j])


def _ends_one(tokens: list[Token], labels: list[str], j: int) -> bool:
    """Whether token ``j`` can end a reference: a `;`, or a full stop that ends a sentence (`sentence_end`) after
    a word that is no person's (`9-44. Böhle`, not `hg. v. N. Luhmann`)."""
    if tokens[j].text == ";":
        return True
    return tokens[j].text == "." and j > 0 and sentence_end(tokens, j) and labels[j - 1].removeprefix("B-") not in (
        "author", "editor")


def _year(text: str) -> str:
    """The year of a year field as the rule parser gives it: its first year of four digits, else "".

    >>> _year("1968/1986"), _year("31. Oktober 1884"), _year("o. J.")
    ('1968', '1884', '')

    (A reprint's year after the first edition's, or a full date, stays in ``raw``.)
    """
    m = YEAR.search(text)
    return m.group(0) if m else ""


@functools.cache
def _earlier_edition() -> re.Pattern:
    """`Łódź 2005 (wyd. 1 1995)`, `2010 (1.ª ed. 1986)`, `1996 (ed. or. 1993)`: the year of the edition cited, then a
    bracket naming an earlier edition (the words of kind ``first_edition`` of the citations' ``reference_words.csv``,
    which the rule parser drops with `tails.without_first_edition`) and its year; not `1834 (Cambridge, 1999)`."""
    words = "|".join(re.escape(row["form"]).replace(r"\ ", r"\s*") for row in data_rows("citations", "reference_words.csv")
                     if row["kind"] == "first_edition")
    return compiled(rf"(?P<cited>{YEAR.pattern})\s*[(\[](?:\d+\s*(?:[.ªº]{{1,2}}|st|nd|rd|th|re|er)?\s*)?(?i:{words})\s*"
                      rf"(?:\d+\s*[.ªº]?\s*)?(?:[^\W\d_]+\.?\s+){{0,3}}(?P<first>{YEAR.pattern})[)\]]")


def cited_edition(raw: str, year: str) -> str:
    """The year of the edition a reference cites when ``year`` is that of an earlier edition named in a bracket after
    it (the rule parser drops the bracket too); else ``year``.

    >>> cited_edition("Kurek, Spółdzielczość, wyd. 2, Łódź 2005 (wyd. 1 1995), s. 7", "1995")
    '2005'
    >>> cited_edition("Hartley, España, Barcelona, Crítica, 1996 (ed. or. 1993)", "1996"), cited_edition("KZ 24 (1852)", "1852")
    ('1996', '1852')
    >>> cited_edition("Hartree, Settlement, 1700–1834 (Cambridge, 1999), pp. 3–9", "1999")
    '1999'
    """
    return next((m.group("cited") for m in _earlier_edition().finditer(raw) if m.group("first") == year), year)


def _page_word(tokens: list[Token], k: int, first: int) -> int:
    """Where pages begin when a page word (`S.`, `p.`, `pp.`, `str.`) printed before them is kept with them."""
    j = k - 1
    if j > first and tokens[j].text == ".":
        j -= 1
    if j >= first and "page" in word_kinds().get(key(tokens[j].text), ()) and tokens[j].text[:1].isalpha():
        return j
    return k


def _cut(text: str, start: int, end: int) -> str:
    piece = " ".join(text[start:end].split())
    piece = piece.strip(_STRIP).rstrip(_STRIP_END)
    # a closing bracket or quote stays only when its opening one is in the piece (most pieces end with neither)
    if piece[-1:] in _CLOSINGS:
        for opening, closing in _PAIRS:
            if piece.endswith(closing) and opening not in piece:
                piece = piece[:-1].rstrip()
    return piece.strip(" ,;:")
