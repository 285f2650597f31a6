"""A note as the model reads it: every token's features as crfsuite attribute names (`items`, `encode`).

crfsuite reads a token as a list of attribute names, each of weight 1. `encode`
names a feature dict of `features` the way crfsuite names a dict's entries
(a flag by its name, any other value as ``name:value``, a false flag left out);
`items` gives the same names in the same order for every token of a note (crfsuite
adds the weights up in that order), without building the dicts: a corpus repeats
its words, so what a token owes to its own word (and the character after it) and
what it tells its neighbours is named once per process, and only what depends on
its place in the note (position, brackets, quotes, its segment) is named per token.
The names are UTF-8 bytes, as crfsuite keeps them: a `str` name is encoded again
on every note it is passed in (a tenth of the tagger's `set`).
Training reads `features` itself; a test holds the two to the same names.
"""

from __future__ import annotations

import functools

from .tokens import Token, nesting, next_character, own_of, told_of, word_features
from .tokens import segment_marks, summaries_of_marks, tokenize

def encode(feats: dict) -> list[str]:
    """A token's feature dict as crfsuite's attribute names (as crfsuite names the entries of a dict it is given).

    >>> encode({"w": "in", "upper": False, "year": True, "pos": 3})
    ['w:in', 'year', 'pos:3']
    """
    return [name if value is True else f"{name}:{value}" for name, value in feats.items() if value is not False]


def _named(feats: dict) -> tuple[bytes, ...]:
    """`encode`'s names in UTF-8, as `items` gives them (asked only by the kept answers below: once per kind of word)."""
    return tuple(name.encode() for name in encode(feats))


def items(text: str, tokens: list[Token] | None = None) -> list[tuple[bytes, ...]]:
    """The attribute names of every token of ``text``: `encode` of each of its `features`, in UTF-8.

    >>> items("Luhmann, Recht.")[0][:4]
    (b'w:*', b'shape:Xxx', b'len:7', b'upper')
    """
    tokens = tokenize(text) if tokens is None else tokens
    count = len(tokens)
    if not count:
        return []
    parts = [_word_part(token.text, text[token.end:token.end + 1]) for token in tokens]
    # what token k is told by token k + offset (-2, -1, +1, +2), each shifted so that its k-th entry is token k's
    far_left, left, right, far_right = zip(*[part[2] for part in parts])
    told = [((), ()) + far_left[:-2], ((),) + left[:-1], right[1:] + ((),), far_right[2:] + ((), ())]
    segments = []
    for summary, places in summaries_of_marks(tokens, [part[0] for part in parts]):
        segments += map(_segment_names(summary).__getitem__, places)
    nested = [_NESTING[pair] for pair in nesting(tokens)]
    return [(*names, *place, *nest, *segment, *end, *far_left, *left, *right, *far_right)
            for (_, names, _), place, nest, segment, end, far_left, left, right, far_right in zip(
                parts, _places(count), nested, segments, _ends(count), *told)]


@functools.lru_cache(maxsize=131072)  # (a word and the character after it: a corpus holds a few tens of thousands)
def _word_part(word: str, after: str) -> tuple[tuple, tuple[bytes, ...], tuple[tuple[bytes, ...], ...]]:
    """What a token counts for in its segment (`segment_marks` of its own features, `features`' own part read as a
    one-token note), the names of its own features, and the names of what it tells the tokens two and one places
    before it and one and two places after it."""
    before_dot, from_script = word_features(word)
    return _part(tuple(before_dot.items()), tuple(from_script.items()), *next_character(after))


@functools.lru_cache(maxsize=65536)  # (words of one shape, length and lists share it: most words are `w:*`)
def _part(before_dot: tuple, from_script: tuple, dot: bool, space: bool
          ) -> tuple[tuple, tuple[bytes, ...], tuple[tuple[bytes, ...], ...]]:
    # `_word_part` of the features a word and the character after it give (`own_features`), named once for all
    # the words that give them
    own = own_of(dict(before_dot), dict(from_script), dot, space)
    # what it tells its neighbours: the four differ only in their prefix (`-2:`, `-1:`, `+1:`, `+2:`)
    told = tuple(zip(*[_prefixed(name) for name in _named(told_of(own))]))
    return segment_marks(own), _named(own), told


@functools.lru_cache(maxsize=65536)  # (the words on no list are all `w:*`: few names)
def _prefixed(name: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    return b"-2:" + name, b"-1:" + name, b"+1:" + name, b"+2:" + name


@functools.lru_cache(maxsize=1024)  # (notes of the same length recur)
def _places(count: int) -> tuple[tuple[bytes, ...], ...]:
    """Where each token of a note of ``count`` tokens is in it: the first names `features` puts after its own."""
    return tuple(_place(min(k, 6), int(10 * k / count)) for k in range(count))


@functools.lru_cache(maxsize=128)  # (7 positions, 10 tenths)
def _place(pos: int, rel: int) -> tuple[bytes, ...]:
    return _named({"pos": pos, "rel": rel})


#: Whether a token is inside brackets and inside quotes, named (they follow its place).
_NESTING = {(paren, quoted): _named({"paren": paren, "quoted": quoted})
            for paren in (False, True) for quoted in (False, True)}


@functools.lru_cache(maxsize=1024)
def _ends(count: int) -> tuple[tuple[bytes, ...], ...]:
    """The note's ends, named after each token's segment: `BOS` on the first token, `EOS` on the last."""
    return tuple(_end(k == 0, k == count - 1) for k in range(count))


@functools.lru_cache(maxsize=4)
def _end(first: bool, last: bool) -> tuple[bytes, ...]:
    return _named({"BOS": first, "EOS": last})


@functools.lru_cache(maxsize=4096)  # (a segment's summary takes few values)
def _segment_names(summary: tuple) -> tuple[tuple[bytes, ...], ...]:
    """A segment's names for each place in it (``seg_pos`` 0 to 4)."""
    return tuple(_named(dict(summary, seg_pos=str(place))) for place in range(5))
