"""Page marks (σ., σσ., ss.) and words for "here" before the pinpoint (aldaar, aici, εδώ, här) are data."""

from histkit.citations.references import looks_like_literature, parse_reference
from histkit.citations.tails import trailing_pages


def test_a_short_reference_may_mark_its_pages_in_greek_or_turkish():
    assert looks_like_literature("Παπάς, Οι έμποροι, σ. 14")
    assert looks_like_literature("Yılmaz, Köy ve Kent, ss. 14-20")


def test_the_pages_at_the_end_may_be_marked_in_greek():
    text = "Α. Παπάς, Οι έμποροι, Αθήνα, 1990, σσ. 105-130"
    assert trailing_pages(text)[1] == "σσ. 105-130"


def test_a_word_for_here_before_the_pinpoint_leaves_the_journal_readable():
    for here in ("aldaar", "aici", "εδώ", "här"):
        ref = parse_reference(f"J. de Vries, 'Het veen', Tijdschrift voor Geschiedenis 98 (1985) 212-230, {here} 220.")
        assert (ref["container"], ref["volume"], ref["year"]) == ("Tijdschrift voor Geschiedenis", "98", "1985"), here
