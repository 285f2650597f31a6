"""`ignorecase_fold` writes each character as `re.IGNORECASE` takes it, so an `in` test never rules out a match."""

import _sre
import re

from histkit.ignorecase import ignorecase_fold, may_match

_EVERY = [x for x in range(0x110000) if not 0xD800 <= x < 0xE000]


def test_every_character_folds_as_its_lower_case_in_re():
    # `re` compares characters by `_sre.unicode_tolower`: the fold of each is that of its lower case, one for one
    text = "".join(map(chr, _EVERY))
    lowered = "".join(chr(_sre.unicode_tolower(x)) for x in _EVERY)
    folded = ignorecase_fold(text)
    assert len(folded) == len(text)
    assert folded == ignorecase_fold(lowered)


def test_the_letters_re_counts_as_one_fold_alike():
    from re._casefix import _EXTRA_CASES

    for letter, alike in _EXTRA_CASES.items():
        assert {ignorecase_fold(chr(c)) for c in (letter, *alike)} == {ignorecase_fold(chr(letter))}


def test_a_word_re_finds_is_found_in_the_fold():
    for word, text in [("siècle", "au XIXe SIÈCLE"), ("stoljeć", "XX. STOLJEĆA"), ("istanbul", "İSTANBUL"),
                       ("sept", "ſept"), ("kelvin", "\u212aELVIN"), ("σος", "ΣΟΣ")]:
        assert re.search(re.escape(word), text, re.IGNORECASE)
        assert may_match((ignorecase_fold(word),), text)
    assert not may_match(("siècle",), "the nineteenth century")
