"""A work cited again by its author and short title alone, with no page: `Kennedy, Rise and Fall of the Great Powers.`

Chicago's and MHRA's short form of a work cited before is the author's surname and a short title, with the page
where one is cited; with none, the note is a surname, a comma and a few capitalised words, which the splitter
cannot tell from a remark (`Smith, however, disagrees.`) by its shape, and had left out. It is a citation where the
document has cited that author's work before under a title whose first words those are (a leading article, its
punctuation and words of one or two letters aside: `Sécurité, territoire et population` for `Sécurité, territoire,
population. Cours au Collège de France`).
"""

from __future__ import annotations

import unicodedata

from ..patterns import compiled

_SHAPE = compiled(r"\s*(?P<author>[^\W\d_][^,;:()\d]{0,40}),\s+(?P<title>[^\W\d_][^;:()]{2,120}?)\s*\.?\s*")
_WORD = compiled(r"[^\W\d_]{3,}")
_ARTICLES = frozenset("the der die das la le les il lo el los las een het".split())


def repeats_work(text: str, references: list[tuple[str, dict]]) -> bool:
    """Whether ``text`` is an author's surname and the first words of a title of theirs among ``references`` (the
    document's (label, reference) so far), and nothing else.

    >>> earlier = [("3:1", {"authors": "P. Kennedy", "title": "The Rise and Fall of the Great Powers: Economic Change"})]
    >>> repeats_work("Kennedy, Rise and Fall of the Great Powers.", earlier)
    True
    >>> repeats_work("Kennedy, however, disagrees.", earlier), repeats_work("Smith, Rise and Fall.", earlier)
    (False, False)
    >>> repeats_work("Kennedy, Rise and Fall.", [("1:1", {"authors": "", "title": "P. Kennedy",
    ...                                                    "raw": "P. Kennedy, The Rise and Fall of the Great Powers"})])
    True
    """
    shape = _SHAPE.fullmatch(text)
    if shape is None or not shape.group("title")[0].isupper():
        return False
    surname = _fold(shape.group("author").split()[-1])
    words = _words(shape.group("title"))
    if len(words) < 2:
        return False
    for _, ref in reversed(references):
        if surname in {_fold(w) for w in str(ref.get("authors") or "").replace(",", " ").split()}:
            full = _words(str(ref.get("title") or ""))
            if full[:len(words)] == words:
                return True
        # (or as printed, where the rules read its author or title amiss: the surname among its first words, the
        # title's words after it in a row)
        printed = [_fold(w) for w in _WORD.findall(str(ref.get("raw") or ""))]
        if surname in printed[:4]:
            after = printed[printed.index(surname) + 1:]
            after = after[1:] if after[:1] and after[0] in _ARTICLES else after
            if after[:len(words)] == words:
                return True
    return False


def _words(title: str) -> list[str]:
    words = [_fold(w) for w in _WORD.findall(title)]
    return words[1:] if words[:1] and words[0] in _ARTICLES else words


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
