"""The official documents' symbol patterns, each after a look-ahead of the letters its match opens with
(`official.first_letters`), find what they found without it."""

import random
import re

from histkit.citations import official

_GUARD = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")


def test_the_look_ahead_holds_the_first_letter_of_every_form_of_its_kind():
    for kind in ("series", "dated", "prefix", "numbered", "numbered_long", "resolution", "organ", "records"):
        guard = official.first_letters(kind)
        assert all(re.match(guard, form) for form in official.forms(official._FILE, kind)), kind


def test_a_kind_without_forms_has_no_look_ahead():
    assert official.first_letters("no such kind") == ""


def test_every_pattern_but_the_councils_opens_with_its_look_ahead():
    assert [family for family, pattern in official._patterns() if not _GUARD.match(pattern.pattern)] == ["council"]


def test_the_patterns_find_with_the_look_ahead_what_they_find_without_it():
    rng = random.Random(5)
    parts = ["A/RES/61/217", "UN Doc.", "S/PV.946", "Cmnd 1234", "KOM(2002) 517 endgültig", "UNGA Res 1514 (XV)", ", ",
             "C.112.M.37.1930.VI.B", "A.45.M.20.1925.IX", "OEA/Ser.G CP/doc.", "Doc. 12873", "H.R. Doc. No. 157",
             "résolution 1587 (XV)", "Yearbook of the International Law Commission", "S.C. Res. 1234", "CM/Rec(2011)9",
             "/", ".", "x", "’", " ", "1950", "(1999)", "CCPR/C/38/D/171/1984", "Dok. 9876/04 SOC 210", "FO 371/1234",
             "MS A/123", "Eley, 12"]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    found = 0
    for family, pattern in official._patterns():
        bare = re.compile(_GUARD.sub("", pattern.pattern, count=1), pattern.flags)
        for text in texts:
            quick, slow = pattern.search(text), bare.search(text)
            assert (quick and (quick.span(), quick.groups())) == (slow and (slow.span(), slow.groups())), (family, text)
            found += quick is not None
    assert found > 1000
