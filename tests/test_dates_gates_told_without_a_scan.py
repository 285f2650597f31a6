"""Gates that tell a text holds nothing a reader needs without a scan of `re` at every character: they hold where the
scan they replaced found something."""

from histkit.dates import find_dates
from histkit.dates.calendars import _months, _year_first_letters
from histkit.dates.search import _OTHER_DIGIT, _has_other_digit, ascii_digits, names_a_year


def test_an_ascii_text_holds_no_other_scripts_digit():
    for text in ("in 1954", "no digit", "", "12/3/1956 (p. 4)"):
        assert not _has_other_digit(text) and _OTHER_DIGIT.search(text) is None
        assert ascii_digits(text) == text


def test_other_scripts_digits_are_read_in_a_text_beyond_ascii():
    assert _has_other_digit("২৬ মার্চ ১৯৭১") and ascii_digits("২৬ মার্চ ১৯৭১") == "26 মার্চ 1971"
    assert names_a_year("६ अप्रैल १९३०") and not _has_other_digit("le 9 thermidor – 1794")
    assert [d.surface for d in find_dates("৭ মার্চ ১৯৭১")] == ["৭ মার্চ ১৯৭১"]


def test_the_year_first_months_class_finds_each_such_months_first_letter():
    for name, kinds in _months().items():
        if any(calendar == "bikram_sambat" for calendar, _ in kinds):
            assert _year_first_letters().search(f"x {name} y") is not None
            assert _year_first_letters().search(f"x {name.upper()} y") is not None
    assert _year_first_letters().search("irade, 15 Recep 1329") is None


def test_the_bare_months_found_without_the_same_year_branch_are_those_found_with_it():
    import random

    from histkit.dates.baremonths import _candidates, _leads, _matches, _pattern
    rng = random.Random(13)
    words = [f for f in _leads()] + ["Mai", "октябрём", "September", "x", "Jahres", "года", "same", "year", "of the same"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "-", ", ", "\n", " 1950 "]) for _ in range(rng.randint(1, 6)))
        for cased in (text, text.upper()):
            assert [m.span() for m in _candidates(cased)] == [m.span() for m in _matches(_pattern(), cased)], cased
