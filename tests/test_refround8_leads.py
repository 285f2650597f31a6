"""Lead words and "and following" marks of Slovak, Greek, Turkish and Swedish notes (data): written for the test."""

from histkit.citations import split_citations
from histkit.citations.references import looks_like_literature


def _roles(note: str) -> list[tuple[str, str]]:
    return [(s.role, s.raw) for s in split_citations(note)]


def test_a_lead_word_of_another_language_is_cut_before_the_reference():
    for lead in ("Porov.", "Bližšie", "Πρβλ.", "Krş.", "Jfr"):
        note = f"{lead} Ahmet Kaya, Köy ve Kent, Ankara: Dost, 1999, s. 5."
        role, raw = _roles(note)[0]
        assert (role, raw.strip()) == ("lead-in", lead), lead


def test_a_short_reference_may_end_with_the_and_following_mark_of_its_language():
    for pages in ("s. 140 a n.", "s. 140 vd."):
        assert looks_like_literature(f"Kaya, Köy ve Kent, {pages}"), pages
