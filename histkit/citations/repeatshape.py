"""A repeat read from its shape where its words are not known: `Name, a.g.e., s. 12`, `Name, ό.π., σ. 45`.

The op. cit. words of the languages met so far are data (``reference_words.csv``,
kinds ``op_cit``, ``op_cit_title`` …); a note in another language says the
same with words no list holds. Its shape says it still: after an author's name
stands, instead of a title, an abbreviation — two to four short dotted parts
(`a.g.e.`, `t.a.p.`, `c. d.`, `n. dj.`) or an abbreviated word and a short one
(`нав. дело`, `Цит. съч.`) — and then only the cited pages, if any. Such a
"title" names no work: the reference repeats the author's last one. A volume
may stand between it and the pages (`a.a., bd 2, s. 310`, `lucr. cit., vol. II`).
Where the word has no such dots — one dotted word (`mt.`) or one or two short
words in small letters (`age`, `aynı eser`) — only the comma after it and the
pages (or volume) that end the note tell it from a title.
"""

from __future__ import annotations

import re
import unicodedata

from .words import LOWER as _LOWER, PAGE_MARK_SHAPE, PAGE_RANGE, UPPER, VOLUME_MARK_SHAPE, mark_after
from ..patterns import compiled

# (the parts lower-case: `J. W.` after a name is a person's initials, not a repeat)
# (the last full stop may be gone: the reader strips it from a title, `a.w`)
_REPEAT_WORD = compiled(rf"(?:{_LOWER}[^\W\d_]{{0,2}}\.\s?){{1,3}}{_LOWER}[^\W\d_]{{0,2}}\.?|[^\W\d_]{_LOWER}{{0,4}}\.\s*{_LOWER}{{2,7}}\.?")

# the cited pages after it, by their shape (`words.PAGE_MARK_SHAPE`, `words.PAGE_RANGE`)
# (or with the mark after the number, `80-81. orr.`, `45. o.`: `words.mark_after`)
_PAGES = rf"(?:{mark_after()}|(?:{PAGE_MARK_SHAPE})?{PAGE_RANGE})"

# the volume between the word and the pages: a short word, a number (`bd 2`, `osa 2`, `vol. II`, `C. II`)
_VOLUME = rf"\s*,\s*{VOLUME_MARK_SHAPE}(?:\d+|[IVXLC]+\b)"

# a repeat's word without those dots: one dotted word of two to four letters (`mt.`), or one or two words of two to six
# letters in small letters (`age`, `aynı eser`); read only where a comma, and pages or a volume, follow it
_PLAIN_WORD = rf"{_LOWER}[^\W\d_]{{1,3}}\.|{_LOWER}[^\W\d_]{{1,5}}(?:\s{_LOWER}[^\W\d_]{{1,5}})?"
_PLAIN_REPEAT = compiled(rf"(?:{_PLAIN_WORD})(?:{_VOLUME})?")
_WORD_WITH_VOLUME = compiled(rf"(?:{_REPEAT_WORD.pattern})(?:{_VOLUME})?")

# (one name or two: `Gürsoy, Aksu, a.g.e., s. 70`)
_SHORT_REPEAT = compiled(rf"^(?P<author>[^\W\d_][^,:;()]{{1,60}}?(?:,\s*[{UPPER}][^\W\d_]+)?)(?:\s*[,:]\s*|(?<=[{UPPER}]\.)\s+)"
                           rf"(?P<word>{_REPEAT_WORD.pattern}|(?:{_PLAIN_WORD})(?=\s*,\s*[^\W\d_]{{0,4}}\.?\s*(?:\d|[IVXLC]+\b)))"
                           rf"(?:{_VOLUME})?(?:\s*,?\s*{_PAGES})?\s*\.?\s*$")


_REPEAT_ALONE = compiled(rf"(?:{_REPEAT_WORD.pattern})(?:\s*,?\s*{_PAGES})?\s*\.?\s*$")


def repeat_word(title: str) -> re.Match | None:
    """Whether a reference's whole ``title`` is an abbreviation shaped as a repeat's word (op. cit., loc. cit.), with
    the volume after it, if any.

    >>> [bool(repeat_word(t)) for t in ("a.g.e.", "a.w", "c. d.", "нав. дело", "Цит. съч", "Forging Democracy", "J. W.")]
    [True, True, True, True, True, False, False]
    >>> bool(repeat_word("a.a., bd 2")), bool(repeat_word("Svensk historia, bd 2"))
    (True, False)
    """
    return _WORD_WITH_VOLUME.fullmatch(title.strip(" ,;:"))


def plain_repeat_word(title: str) -> re.Match | None:
    """Whether a reference's whole ``title`` is shaped as a repeat's word without its dots (`mt.`, `age`, `aynı eser`),
    with the volume after it, if any: one dotted word, or one or two short words in small letters, or one word without a vowel (`Sđd`).

    >>> [bool(plain_repeat_word(t)) for t in ("mt., osa 2", "aynı eser", "age, C. II", "Köy ve Kent", "a.g.e.")]
    [True, True, True, False, False]
    >>> bool(plain_repeat_word("Sđd")), bool(plain_repeat_word("Brno"))
    (True, False)
    """
    title = title.strip(" ,;:")
    if _VOWELLESS.fullmatch(title) and _no_vowel(title):
        return _VOWELLESS.fullmatch(title)
    return _PLAIN_REPEAT.fullmatch(title) if title[:1].islower() else None


# `Sđd`, `Tlđd` (Vietnamese "work cited"): a repeat's word run together from its initials, one word of two to five
# Latin letters with no vowel, capitalised or not and without a dot; no word of a title is spelt so
_VOWELLESS = compiled(r"[^\W\d_]{2,5}")


def _no_vowel(word: str) -> bool:
    """Whether ``word`` is of Latin letters (with their accents and strokes) none of which is a vowel.

    >>> _no_vowel("Sđd"), _no_vowel("Tlđd"), _no_vowel("Krak"), _no_vowel("Бгд")
    (True, True, False, False)
    """
    bases = [unicodedata.normalize("NFD", ch)[0].lower() for ch in word]
    return all(("a" <= b <= "z" or b in "đłħ") and b not in "aeiouy" for b in bases)


def short_repeat(piece: str) -> re.Match | None:
    """An author's name, a repeat's word (`repeat_word`, or `plain_repeat_word` before a comma) and the cited pages,
    and nothing else.

    >>> short_repeat("Karabacak, a.g.e., s. 102.").group("word"), short_repeat("Καραμπέτσος, ό.π., σ. 102").group("word")
    ('a.g.e.', 'ό.π.')
    >>> short_repeat("Hallworth, aynı eser, s. 90.").group("word"), short_repeat("Ercan, age, C. II, s. 310").group("word")
    ('aynı eser', 'age')
    >>> short_repeat("Eley, Forging Democracy, 45") is None, short_repeat("Kaya, pp. 12") is None
    (True, True)
    """
    return _SHORT_REPEAT.match(piece.strip())


def repeat_alone(text: str) -> re.Match | None:
    """A repeat's word (`repeat_word`) and the cited pages, and nothing else: what follows the colon in `Name: i. m. 48`.

    >>> bool(repeat_alone("q. z. 48.")), bool(repeat_alone("A szőlő. Budapest, 1990."))
    (True, False)
    """
    return _REPEAT_ALONE.match(text.strip())
