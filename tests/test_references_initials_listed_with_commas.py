"""Several authors by their initials parted by commas before a title and a year (`J. Jett, B. Capitanu, D. Kudeki,
Title, 2020`), as English-language law journals list them, are one reference's authors."""

from histkit.citations.references import is_literature, parse_reference

NOTE = "J. Jett, B. Capitanu, D. Kudeki, The HathiTrust Research Center Extracted Features Dataset, 2020."


def test_the_reference_is_literature():
    assert is_literature(NOTE)


def test_all_the_persons_are_its_authors():
    ref = parse_reference(NOTE)
    assert (ref["authors"], ref["title"], ref["year"]) == (
        "J. Jett, B. Capitanu, D. Kudeki", "The HathiTrust Research Center Extracted Features Dataset", "2020")


def test_a_surname_then_a_title_after_the_comma_stays_author_and_title():
    ref = parse_reference("Kirchner, Grundriß des Bibliotheksrechts, 2. Aufl. 1993, S. 113 f.")
    assert (ref["authors"], ref["title"]) == ("Kirchner", "Grundriß des Bibliotheksrechts")
