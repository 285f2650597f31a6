"""Readings of held-out notes (the 63 PDFs of docs/heldout_pdfs.md) that had lost a field's words."""

from conftest import cite
from histkit.citations.references import looks_like_literature, parse_reference


def test_a_body_named_with_of_before_its_head_word_is_the_whole_author():
    ref = parse_reference("House of Commons Information Office, “The Clerk of the House: Factsheet G16” (2006).")
    assert (ref["authors"], ref["title"], ref["year"]) == (
        "House of Commons Information Office", "The Clerk of the House: Factsheet G16", "2006")


def test_an_edition_that_filled_its_bracket_leaves_no_empty_bracket_in_the_title():
    ref = parse_reference("Paulo Freire, Pedagogy of the Oppressed (30th Anniversary Edition) (New York: Continuum, 2005).")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"]) == (
        "Pedagogy of the Oppressed", "New York", "Continuum", "2005")


def test_a_house_printed_before_its_towns_and_a_colon_is_the_publisher():
    ref = parse_reference("Paulo Freire, Pedagogy of the Oppressed (Continuum: New York, London, 2005).")
    assert (ref["place"], ref["publisher"]) == ("New York, London", "Continuum")


def test_a_town_before_the_colon_stays_the_place():
    ref = parse_reference("G. Eley, Forging Democracy (Oxford: Clarendon, 2002).")
    assert (ref["place"], ref["publisher"]) == ("Oxford", "Clarendon")


def test_american_reports_printed_without_full_stops_are_cases():
    tables = cite("Roe v. Wade, 410 US 113 (1973).", "Smith v Jones, 123 F Supp 2d 45 (SDNY 2000).")
    assert tables.citations["kind"].tolist() == ["case", "case"]
    assert tables.references.empty


def test_a_title_in_one_straight_and_one_typographic_quote_is_read_as_literature():
    assert looks_like_literature("E. Stein, 'Lawyers, Judges, and the Making of a Transnational Constitution’, "
                                 "75 American Journal of International Law (1981) p. 1")


def test_the_cited_page_after_at_and_the_first_page_is_read_without_a_comma():
    ref = parse_reference("A. Egger, ‘EU-Fundamental Rights’, 25 YEL (2006) p. 513 at p. 515")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == ("YEL", "25", "2006", "515")


def test_a_climate_convention_document_by_its_symbol_is_official():
    row = cite("UNFCCC Dec 1/CP.13 (2007) UN Doc FCCC/CP/2007/6/Add.1 3.").citations.iloc[0]
    assert (row["kind"], row["unit"], row["title"]) == ("official", "FCCC/CP/2007/6/Add.1", "UNFCCC Dec 1/CP.13 (2007)")


def _kinds(*texts):
    return cite(*texts).citations["kind"].tolist()


def test_a_gazette_part_set_off_by_a_comma_is_a_gazette():
    assert _kinds("Gesetz zur Neuregelung der Telekommunikationsüberwachung, 21 December 2007, BGBl. I, 3198.") == ["legislation"]


def test_an_act_the_council_made_in_the_official_journal_is_legislation():
    assert _kinds("Council Resolution of 8 June 1998 on renewable sources of energy (OJ 1998 C198, p. 1)") == ["legislation"]


def test_a_statute_named_with_small_words_before_its_section_is_legislation():
    assert _kinds("Nigeria Administration of Criminal Justice Act (2015), Section 266.") == ["legislation"]


def test_a_newspaper_article_in_straight_quotes_is_read_as_one_in_typographic_quotes():
    ref = parse_reference("'The Foreign Office and the Crisis', The Times, 3 October 1938, 14.")
    assert (ref["title"], ref["container"], ref["year"]) == ("The Foreign Office and the Crisis", "The Times", "1938")
