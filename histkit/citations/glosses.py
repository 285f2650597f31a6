"""A title's translation in square brackets after it, as notes on Japanese, Chinese or Russian works print it.

`Kinsei no kikin [Famine in early modern Japan] (Tokyo: …, 1990)`, `"Kinsei Tōhoku" [Early modern Tōhoku],
Shigaku zasshi 94:3 (1985)`: the citing author's gloss of a romanized title is no part of the title, and it
stands where the readers expect the title's end, so `without_glosses` takes it out. A gloss is a phrase in
the citing language: at least two words, no digits, no colon, between square brackets just
after a word or a closing quote and before a comma, a bracket, a full stop or the end. Brackets that hold a
number (`[1. arg. 1988]`, `[1836]`), one word (`[sic]`, `[Moscow]`) or a lead (`[w:]`) are left alone, and so
are the brackets of an author–date reference (`Ward, L. (2015). Title [PowerPoint slides].`): APA's describe the work.
"""

from __future__ import annotations

from ..patterns import compiled

# (its year, or its day: `(2021, February 10).`, as APA dates a post, a video or a paper given)
_AUTHOR_DATE_YEAR = compiled(r"\((?:1[5-9]|20)\d\d[a-z]?(?:,\s[^()]{1,20})?\)\.\s")
_GLOSS = compiled(r"(?<=[^\W_]|[\"”’»'.])\s+\[(?:[^\W\d_][^\W\d_'’-]*)(?:\s+[^\s\[\]\d:]+){1,40}\](?=\s*[,(.;]|\s*$)")


def without_glosses(text: str) -> str:
    """``text`` without the bracketed translations of its titles.

    >>> without_glosses("Sato Jun, Kikin no rekishi [A history of famine] (Tokyo: Iwanami, 1990), p. 3")
    'Sato Jun, Kikin no rekishi (Tokyo: Iwanami, 1990), p. 3'
    >>> without_glosses('Sato Jun, "Kome to han" [Rice and domain], Nihon rekishi 512 (1991)')
    'Sato Jun, "Kome to han", Nihon rekishi 512 (1991)'
    >>> without_glosses("Goñi, Historia (Bilbo: Elkar, 2005 [1. arg. 1988])"), without_glosses("Smith, Title [sic], 4")
    ('Goñi, Historia (Bilbo: Elkar, 2005 [1. arg. 1988])', 'Smith, Title [sic], 4')
    >>> without_glosses("Ward, L. (2015). Practical lessons [PowerPoint slides]. SlideShare.")
    'Ward, L. (2015). Practical lessons [PowerPoint slides]. SlideShare.'
    >>> without_glosses("Roe, B. [Roe TV]. (2019, May 2). Our village [Video]. YouTube.")
    'Roe, B. [Roe TV]. (2019, May 2). Our village [Video]. YouTube.'
    """
    if "[" not in text or _AUTHOR_DATE_YEAR.search(text):
        return text
    return _GLOSS.sub("", text)
