"""The words of round 10's languages that have no shape to read them by, in ``histkit/data/citations``: lead words
(Estonian `Vrd`, Latvian `Sal.:`, Albanian `Krahaso`), the same author (`Po ajo`), op. cit. (`vep. cit.`)."""

from histkit.citations import parse_reference
from histkit.citations.references import looks_like_literature


def test_an_estonian_lead_word_is_no_part_of_the_authors():
    ref = parse_reference("Vrd Peeter Tamm. Küla koolid. Tartu: Ilmamaa, 1999, lk 5.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Peeter Tamm", "Küla koolid", "1999")


def test_a_latvian_lead_word_with_its_colon_is_no_part_of_the_authors():
    ref = parse_reference("Sal.: K. Ozols. Dzirnavas. Rīga: Liesma, 1977, 12. lpp.")
    assert (ref["authors"], ref["title"]) == ("K. Ozols", "Dzirnavas")


def test_an_albanian_op_cit_makes_a_short_reference():
    assert looks_like_literature("Krahaso Dhima, vep. cit., f. 12.")


def test_a_thesis_cited_before_is_an_op_cit():
    from histkit.citations.gost import op_cit
    assert op_cit("MARTIN, thèse citée, p. 12.") is not None
