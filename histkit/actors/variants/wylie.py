"""Tibetan names as Latin-script literature transliterates them by the Wylie system: `བློ་བཟང་ཚུལ་ཁྲིམས` →
`blo bzang tshul khrims`.

The letters are the rows of ``histkit/data/actors/tibetan_wylie.csv``: each
consonant (``letter``), its subjoined form (``subjoined``), each vowel sign
(``vowel``) with its Latin spelling, and the five letters that may stand
before a syllable's root as a silent prefix (``prefix``: `ག ད བ མ འ`). A
syllable without a vowel sign reads the inherent `a` after its root: the
stack with letters joined below it, else its only letter, else the letter
after a prefix of a syllable of three letters (`བཟང` → `bzang`), else its
first letter (`དང` → `dang`). The a-chen `ཨ` writes a vowel alone (`ཨ་ནི` → `a ni`).
Syllables part by the tsheg become words parted by spaces.
"""

from __future__ import annotations

from functools import lru_cache

from ...data import data_rows

_TSHEG = "\u0f0b"


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    """kind → Tibetan character → Latin spelling."""
    out: dict[str, dict[str, str]] = {}
    for row in data_rows("actors", "tibetan_wylie.csv"):
        out.setdefault(row["kind"].strip(), {})[row["tibetan"].strip()] = (row["latin"] or "").strip()
    return out


def _syllable(syllable: str) -> str:
    """One syllable in Wylie, or ``''`` when a character has no row."""
    table = _table()
    letters, subjoined, vowels = table["letter"], table["subjoined"], table["vowel"]
    stacks: list[list[str]] = []  # each a letter and the letters joined below it
    vowel = ""
    for ch in syllable:
        if ch in letters:
            stacks.append([ch])
        elif ch in subjoined and stacks:
            stacks[-1].append(ch)
        elif ch in vowels and stacks:
            vowel = vowels[ch]
        else:
            return ""
    if not stacks:
        return ""
    spelled = ["".join(letters.get(c) or subjoined.get(c, "") for c in s) for s in stacks]
    if vowel:
        # the vowel sign stands on the root: after the last stack that came before it
        before = len(_stacks_before_vowel(syllable))
        return "".join(spelled[:before]) + vowel + "".join(spelled[before:])
    stacked = [i for i, s in enumerate(stacks) if len(s) > 1]
    if stacked:
        root = stacked[0]
    elif len(stacks) == 3 and stacks[0][0] in table.get("prefix", {}):
        root = 1
    else:
        root = 0
    return "".join(spelled[:root + 1]) + "a" + "".join(spelled[root + 1:])


def _stacks_before_vowel(syllable: str) -> list[str]:
    """The letters (stack heads) written before the syllable's vowel sign."""
    letters, vowels = _table()["letter"], _table()["vowel"]
    heads = []
    for ch in syllable:
        if ch in vowels:
            break
        if ch in letters:
            heads.append(ch)
    return heads


def wylie(text: str) -> list[str]:
    """A Tibetan name in Wylie, in lower case and with a capital first letter; ``[]`` if it is not all Tibetan.

    >>> wylie("བློ་བཟང་ཚུལ་ཁྲིམས"), wylie("ཨ་ནི་ཆོས་སྒྲོན")[0], wylie("ཀུན་དགའ་རྒྱ་མཚོ")[0]
    (['blo bzang tshul khrims', 'Blo bzang tshul khrims'], 'a ni chos sgron', "kun dga' rgya mtsho")
    """
    words = []
    for part in text.split():
        syllables = [s for s in part.split(_TSHEG) if s]
        spelled = [_syllable(s) for s in syllables]
        if not spelled or not all(spelled):
            return []
        words += spelled
    if not words:
        return []
    lower = " ".join(words)
    return list(dict.fromkeys([lower, lower[:1].upper() + lower[1:]]))
