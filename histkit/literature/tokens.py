"""A note's text as tokens and the features a sequence model reads of each (`tokenize`, `features`).

Tokens are runs of letters, runs of digits and single punctuation marks, each
with its offsets in the note, so a label given to a token is a span of the
note's own text. Features are what AnyStyle's and GROBID's citation models
read: the word itself where it generalises (lower case), its shape, case, digits,
punctuation, whether it is a year, whether it sits inside brackets or
quotes, where it is in the note, the word lists it is on (lead-ins, `in`,
editor words, page and volume words, ibid and its kin, publisher and place
words: ``histkit/data/literature/words.csv``), its script, and the same of its
neighbours.

Fewer names would read faster (crfsuite's `set` costs about as much per name),
but each group left out cost accuracy, by cross-validation by article (fold
models retrained; merged-no-repeats F1 of today's features 0.710, model alone
0.641): the tokens two places away telling only their word, 23.8 -> 20.3 names
a token, 0.701 (model 0.618); no ``punct``/``digit`` flags and ``script`` only
when not Latin, 20.9 names, 0.704 (0.630); no ``len`` and ``rel``, 21.8 names,
0.697 (0.616); the five segment flags as one name, 22.7 names, 0.694 (0.628);
even a mark's shape left out (the mark, as its word: the two names always come
together), 22.4 names, 0.707 (0.630), with rounds 5 and 6 two points lower.
Training stops at `model.PARAMS`' 150 iterations before L-BFGS converges (the
loss still falls by about 2 a step, the active features by about 10): any
change of the names moves the model that much; the far tokens telling only
their word, trained 400 iterations, read rounds 2, 4, 6 and 8 two to four
points lower. Trained to convergence (`model.PARAMS` says why that is not
shipped), the far tokens telling only their word still lose as much, so the
loss is theirs, not the early stop's: 0.688 (model 0.601) against 0.701
(0.617) of today's names, by the same cross-validation.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..data import data_rows
from ..text import script_of, strip_diacritics
from ..patterns import compiled

_TOKEN = compiled(r"[^\W\d_]+|\d+|[^\w\s]|_")
_YEAR = compiled(r"^(?:1[5-9]\d\d|20[0-4]\d)$")
_ROMAN = compiled(r"^[IVXLCDM]+$|^[ivxlcdm]+$")
#: The brackets a note's text nests its parts in, opening and closing (read.py counts their depth too).
OPEN, CLOSE = "([{", ")]}"
_QUOTES_OPEN = "„“«‹\"‚"
_QUOTES_CLOSE = "”“»›\"‘’"
_NESTING_MARKS = frozenset(OPEN + CLOSE + _QUOTES_OPEN + _QUOTES_CLOSE)


class Token(NamedTuple):
    """One token of a note: its text and its offsets in the note."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The tokens of a note's text: letter runs, digit runs and single marks, with offsets.

    >>> [t.text for t in tokenize("Vgl. Luhmann, Recht (1972), 12-14.")]
    ['Vgl', '.', 'Luhmann', ',', 'Recht', '(', '1972', ')', ',', '12', '-', '14', '.']
    """
    return list(_tokens(text))


def token_matches(text: str, start: int = 0, end: int | None = None):
    """The tokens of ``text[start:end]`` one at a time, as matches with offsets in ``text``: for a caller that reads
    only the first few (`tokenize` reads them all).

    >>> [(m.group(), m.start()) for m in token_matches("Vgl. Luhmann, Recht", 3, 12)]
    [('.', 3), ('Luhmann', 5)]
    """
    return _TOKEN.finditer(text, start, len(text) if end is None else end)


@functools.lru_cache(maxsize=4096)  # (the model's reading of a note and its references each tokenise it: once is enough)
def _tokens(text: str) -> tuple[Token, ...]:
    new = tuple.__new__  # (what Token(…) calls, without its keyword handling)
    spans = [m.span() for m in _TOKEN.finditer(text)]  # (one call per match, not three: a fifth of the time)
    return tuple([new(Token, (text[start:end], start, end)) for start, end in spans])


@functools.lru_cache(maxsize=1)
def word_kinds() -> dict[str, frozenset[str]]:
    """The shipped word lists: each folded word with the kinds it is on (lead, in, editor, page, …).

    >>> sorted(word_kinds()["hrsg"])
    ['editor']
    """
    kinds: dict[str, set[str]] = {}
    for row in data_rows("literature", "words.csv"):
        kinds.setdefault(key(row["form"]), set()).add(row["kind"].strip())
    return {word: frozenset(found) for word, found in kinds.items()}


def key(word: str) -> str:
    """A word as the word lists and the gold alignment compare it: lower case, no diacritics, no dots.

    >>> key("Éd."), key("Müller"), key(".")
    ('ed', 'muller', '.')
    """
    folded = word.casefold()
    # an ASCII word has no marks to strip: it is kept out of `strip_diacritics`' answers, which the archive and actor
    # matchers share (the notes' tens of thousands of words pushed out the names they ask again)
    return (folded if folded.isascii() else strip_diacritics(folded)).replace(".", "") or word


def shape(word: str) -> str:
    """The word's shape: X for a capital, x for a small letter, d for a digit, runs squeezed to two.

    >>> shape("Luhmann"), shape("1972"), shape("ZGE"), shape("§")
    ('Xxx', 'dd', 'XX', '§')
    """
    return _squeezed(word.translate(_CHAR_CLASSES))


@functools.lru_cache(maxsize=4096)  # (words of one length and case share their classes: `Xxxxxxx`, `dddd`)
def _squeezed(classes: str) -> str:
    return _SQUEEZE.sub("", classes)


class _CharClasses(dict):
    """Each character's class in a shape (X, x, d or itself), by code point as `str.translate` asks, found once."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = found = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        return found


_CHAR_CLASSES = _CharClasses()
_SQUEEZE = compiled(r"(.)(?=\1\1)")  # a character with two more of it after it (so runs keep their last two)


def _own(tokens: list[Token], k: int, text: str) -> dict:
    return own_of(*word_features(tokens[k].text), *next_character(text[tokens[k].end:tokens[k].end + 1]))


def next_character(after: str) -> tuple[bool, bool]:
    """What the character printed after a token (``after``, "" at the end) tells of it: whether it is a full stop,
    whether a space (a line break, the end).

    >>> next_character("."), next_character(","), next_character("")
    ((True, False), (False, False), (False, True))
    """
    return after == ".", after in (" ", "\n", "")


def own_of(before_dot: dict, from_script: dict, dot: bool, space: bool) -> dict:
    """A token's own features from `word_features`' two parts and `next_character`'s two, in `features`' order.

    >>> list(own_of({"w": "*"}, {"script": "Latin"}, False, True))
    ['w', 'dot', 'space', 'script']
    """
    return {**before_dot, "dot": dot, "space": space, **from_script}


@functools.lru_cache(maxsize=65536)  # a note's words recur across a corpus: each is read once per process
def word_features(word: str) -> tuple[dict, dict]:
    """What a token's features owe to the word alone, in two parts: before and after the two owed to the next
    character (so that every token's features keep one order; callers copy, never change them).

    >>> before_dot, from_script = word_features("Hrsg")
    >>> before_dot["w"], before_dot["shape"], from_script
    ('hrsg', 'Xxx', {'script': 'Latin', 'punct': False, 'list=editor': True})
    """
    folded = key(word)
    kinds = word_kinds().get(folded)
    # the word itself only where it generalises (a mark, a short function word, a listed word): a name or
    # title word seen in training says nothing of the next article's
    lexical = not word[:1].isalnum() or kinds is not None or (len(word) <= 3 and not word.isdigit())
    before_dot = {"w": word.casefold() if lexical else "*", "shape": shape(word), "len": min(len(word), 8),
                  "upper": word[:1].isupper(), "allcaps": word.isupper() and len(word) > 1, "digit": word.isdigit(),
                  # (a year is four digits, a Roman numeral at most five letters: the patterns asked only then)
                  "year": len(word) == 4 and bool(_YEAR.match(word)),
                  "roman": len(word) <= 5 and bool(_ROMAN.match(word))}
    from_script = {"script": script_of(word) or "-", "punct": not word[:1].isalnum()}
    for kind in sorted(kinds or ()):  # sorted: a set's order changes with the hash seed
        from_script["list=" + kind] = True
    return before_dot, from_script


def _segments(tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of tokens between `;` and sentence ends: a full stop after a number, a closing bracket or a word of
    four letters or more that is no abbreviation on the word lists, or a page word after a number, before a
    capital (`…, 9-44. Böhle, …`, `… (1990). Thompson, …`, `…, 389 ff. Vgl …`)."""
    spans, start = [], 0
    for k, token in enumerate(tokens):
        word = token.text
        if word != ";" and word not in ".!?":  # (only these end a span: the rest is not looked at)
            continue
        if word == ";" or sentence_end(tokens, k):
            spans.append((start, k))
            start = k + 1
    if start < len(tokens):
        spans.append((start, len(tokens) - 1))
    return spans


def sentence_end(tokens: list[Token], k: int) -> bool:
    """Whether the full stop (or `!`, `?`) at ``k`` ends a sentence: before a capital, after a number, a closing
    bracket, a word of four letters or more that is no abbreviation on the word lists, or a page word after a
    number.

    >>> tokens = tokenize("Recht, 9-44. Böhle, hg. v. N. Luhmann")
    >>> [k for k, t in enumerate(tokens) if t.text == "." and sentence_end(tokens, k)]
    [5]
    """
    before = tokens[k - 1].text if k else ""
    capital_next = k + 1 >= len(tokens) or tokens[k + 1].text[:1].isupper()
    return capital_next and (before.isdigit() or before in CLOSE or (
        len(before) >= 4 and before.isalpha() and key(before) not in word_kinds()) or _pages_end(tokens, k))


def _pages_end(tokens: list[Token], k: int) -> bool:
    """Whether the full stop at ``k`` closes a page word printed after a number (`389 ff.`, `12 f.`)."""
    return k >= 2 and tokens[k - 2].text.isdigit() and "page" in word_kinds().get(key(tokens[k - 1].text), ())


def _segment_features(tokens: list[Token], own: list[dict]) -> list[dict]:
    """What the stretch of text a token is in holds: a year, pages, `in`, a lead word first; where the token is in it."""
    return [dict(summary, seg_pos=str(place)) for summary, places in segment_summaries(tokens, own) for place in places]


def segment_summaries(tokens: list[Token], own: list[dict]) -> list[tuple[tuple, list[int]]]:
    """Each segment's summary (the segment part of its `features` but ``seg_pos``, as a tuple of items) and the ``seg_pos`` of
    each of its tokens (0 to 4), in the order of the tokens (`items` names a summary once, not once per token).

    >>> tokens = tokenize("Recht 1972; Weber")
    >>> [(dict(summary)["seg_year"], places) for summary, places in segment_summaries(
    ...     tokens, [own_features(t.text, " ") for t in tokens])]
    [(True, [0, 1, 2]), (False, [0])]
    """
    return summaries_of_marks(tokens, [segment_marks(f) for f in own])


def segment_marks(own: dict) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """What a token's own features (`own_features`) count for in its segment: whether it is a mark, a lead word, a
    year, a number, `in`, an editor word, a comma (the same for every token of a word: `items` keeps it per word).

    >>> segment_marks(own_features("1972", ","))
    (False, False, True, True, False, False, False)
    """
    return (own["punct"], "list=lead" in own, own["year"], own["digit"], "list=in" in own, "list=editor" in own,
            own["w"] == ",")


def summaries_of_marks(tokens: list[Token], marks: list[tuple]) -> list[tuple[tuple, list[int]]]:
    """`segment_summaries` of the tokens' `segment_marks`.

    >>> tokens = tokenize("Recht 1972")
    >>> [places for _, places in summaries_of_marks(tokens, [segment_marks(own_features(t.text, " ")) for t in tokens])]
    [[0, 1]]
    """
    out = []
    for a, b in _segments(tokens):
        year = within = editor = False
        digits = words = commas = 0
        places, seen = [], 0
        for punct, lead, is_year, digit, is_in, is_editor, comma in marks[a:b + 1]:  # (one pass for every count)
            places.append(seen if seen < 4 else 4)
            if not punct:
                words += 1
                seen += not lead
            year = year or is_year
            digits += digit
            within = within or is_in
            editor = editor or is_editor
            commas += comma
        summary = (("seg_year", year), ("seg_digits", digits >= 2), ("seg_in", within), ("seg_editor", editor),
                   ("seg_lead", marks[a][1]), ("seg_words", str(min(words // 5, 6))),
                   ("seg_commas", str(min(commas, 4))))
        out.append((summary, places))
    return out


_NEIGHBOUR = ("w", "shape", "upper", "digit", "year", "punct", "dot")  # what a token tells of its neighbours


@functools.lru_cache(maxsize=262144)  # (the same few thousand words stand beside each other all through a corpus)
def _as_neighbour(word: str, dot: bool, offset: int) -> dict:
    """What a token tells the token ``offset`` places from it: some of its own features and its word lists."""
    prefix = f"{offset:+d}:"
    return {prefix + name: value for name, value in told_to_neighbours(word, dot).items()}


def told_to_neighbours(word: str, dot: bool) -> dict:
    """What a token (``word``, with a full stop after it or not) tells its neighbours, before `features` prefixes
    it with their offset (a new dict).

    >>> told_to_neighbours("Recht", False)["shape"]
    'Xxx'
    """
    before_dot, from_script = word_features(word)
    return told_of({**before_dot, "dot": dot, **from_script})


def told_of(own: dict) -> dict:
    """What a token whose own features (`own_features`) are ``own`` tells its neighbours: `told_to_neighbours`.

    >>> told_of(own_features("Hrsg", "."))
    {'w': 'hrsg', 'shape': 'Xxx', 'upper': True, 'digit': False, 'year': False, 'punct': False, 'dot': True, 'list=editor': True}
    """
    told = {name: own[name] for name in _NEIGHBOUR}
    told.update({name: True for name in own if name.startswith("list=")})
    return told


def features(text: str, tokens: list[Token] | None = None) -> list[dict]:
    """One feature dict per token of ``text`` (its own features and its neighbours', prefixed -2, -1, +1, +2).

    >>> f = features("Luhmann, Recht, 1972.")
    >>> f[0]["w"], f[0]["+1:w"], f[4]["year"], f[0]["BOS"]
    ('*', ',', True, True)
    """
    tokens = tokenize(text) if tokens is None else tokens
    own = [_own(tokens, k, text) for k in range(len(tokens))]
    segments = _segment_features(tokens, own)
    out = []
    count = len(tokens)
    for k, (mine, (paren, quoted)) in enumerate(zip(own, nesting(tokens))):
        feats = dict(mine, pos=min(k, 6), rel=int(10 * k / max(count, 1)), paren=paren, quoted=quoted,
                     **segments[k])
        if k == 0:
            feats["BOS"] = True
        if k == count - 1:
            feats["EOS"] = True
        for offset in (-2, -1, 1, 2):
            j = k + offset
            if 0 <= j < count:
                feats.update(_as_neighbour(tokens[j].text, own[j]["dot"], offset))
        out.append(feats)
    return out


def nesting(tokens: list[Token]) -> list[tuple[bool, bool]]:
    """Per token, whether the text before it left it inside brackets and inside quotes.

    >>> [pair for pair in nesting(tokenize('See (“Old Laws”) here'))]
    [(False, False), (False, False), (True, False), (True, True), (True, True), (True, True), (True, False), (False, False)]
    """
    depth, quoted, state, out = 0, False, (False, False), []
    for token in tokens:
        out.append(state)
        word = token.text
        if word in _NESTING_MARKS:  # (only brackets and quotes change where the tokens after them are)
            depth = max(0, depth + (word in OPEN) - (word in CLOSE))
            if word in _QUOTES_OPEN and not quoted:
                quoted = True
            elif word in _QUOTES_CLOSE and quoted:
                quoted = False
            state = (depth > 0, quoted)
    return out


def own_features(word: str, after: str) -> dict:
    """A token's own part of its `features`: what its word and the character printed after it (``after``) tell.

    >>> f = own_features("Luhmann", ",")
    >>> f["shape"], f["dot"], f["space"]
    ('Xxx', False, False)
    """
    return _own([Token(word, 0, len(word))], 0, word + after)
