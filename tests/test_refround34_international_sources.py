"""The primary sources of international and EU law among the literature of reference round 34: a resolution, the ILC's
records, a Commission document, a treaty, an arbitral award, a court's decision in a Romance language, an Advocate
General's opinion and the Official Journal by its series make no reference; a Hague lecture's volume with the year's
part and a book's edition before its year in the European journals' bracket are read as literature."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.laws import is_legislation
from histkit.citations.legal import legal_kind
from histkit.citations.official import official_kind
from histkit.citations.printed import source_kind
from histkit.citations.references import is_literature


def test_a_security_council_resolution_after_the_organs_initials_is_an_official_document():
    assert official_kind("S.C. Res. 1432, ¶ 4 (May 3, 1998).") == "official"


def test_a_resolution_by_its_number_and_its_year_in_brackets_is_an_official_document():
    assert official_kind("SC Res. 1388 (2001), 9 March 2001, para. 2.") == "official"


def test_the_international_law_commissions_yearbook_cited_by_its_title_is_an_official_document():
    assert official_kind("ILC, Yearbook of the International Law Commission 1972, vol. II, p. 88.") == "official"


def test_a_commission_document_with_a_two_digit_year_is_an_official_document():
    assert official_kind("Mitteilung der Kommission, KOM(92) 117 endg.") == "official"


def test_a_treaty_with_its_series_and_volume_after_its_name_is_legislation():
    assert is_legislation("Convention relative au régime des pêcheries du 4 mai 1962, art. 3, RTNU, vol. 812, p. 44.")


def test_an_award_named_by_the_parties_in_brackets_before_its_report_is_a_case():
    assert legal_kind("Fisheries of the Lower Danube (Rom. v. Bulg.), 14 R.I.A.A. 201, ¶ 40 (1965).") == "case"


def test_a_book_whose_title_names_parties_in_brackets_is_no_case():
    assert legal_kind("Anne Dorrit, The Lower Danube Fisheries (Rom. v. Bulg.) Revisited (2004), at 12") == ""


def test_a_court_then_parties_joined_by_c_is_a_case():
    assert legal_kind("TEDH, Asunto Morales Vega c. Italia, sentencia de 2 de marzo de 1990, § 41.") == "case"


def test_an_advocate_generals_opinion_in_a_numbered_case_is_a_case():
    assert legal_kind("Schlussanträge des GA Hollweg, Rs. C-212/90, Slg. 1992, I-510, Nr. 12.") == "case"


def test_the_official_journal_by_its_series_and_number_is_legislation():
    assert source_kind("Sur le règlement adopté, v. JOCE L 98 du 3 mars 1981, p. 4.") == "legislation"


def test_a_hague_lecture_with_the_part_of_the_years_volumes_is_read_as_a_journal_article():
    ref = parse_reference("Anna Weibel, Die Auslegung der Verträge, Recueil des cours 201 (1986-IV), 9 (40).")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == ("Recueil des cours", "201", "1986", "9")


def test_a_books_edition_before_its_year_in_the_bracket_is_literature_with_that_year():
    text = "P. Lanner, The Law of International Institutions (3rd edn, 2009), at 112"
    ref = parse_reference(text)
    assert is_literature(text) and (ref["title"], ref["year"]) == ("The Law of International Institutions", "2009")


def test_supra_note_repeats_the_work_of_its_author_in_a_note_of_two_works():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "See P. Lanner, The Law of International Institutions (3rd edn, 2009), at 112; "
        "R. Osei, 'Listing and Delisting', 21 EJIL (2010) 301, at 310.",
        "Lanner, supra note 1, at 120."]})
    citations = extract_citations(notes).citations
    assert citations[citations.note_no == "2"].ref_of.tolist() == ["1:1"]


def test_a_full_name_before_a_commentary_cited_by_its_margin_number_is_the_commentators():
    ref = parse_reference("Lena Brauer, in: Otto Feldt (Hrsg.), Statut des Gerichtshofs. Kommentar, 2001, Art. 38 Rn. 4.")
    assert (ref["authors"], ref["title"], ref["editors"]) == ("Lena Brauer", "", "Otto Feldt")


def test_a_chapters_title_of_two_capitalised_words_stays_its_title():
    ref = parse_reference("Deutsche Geschichte, in: Otto Feldt (Hrsg.), Handbuch, 2001, S. 12.")
    assert (ref["authors"], ref["title"]) == ("", "Deutsche Geschichte")


def test_a_restatement_cited_by_its_section_is_literature_published_by_the_institute():
    text = "Restatement (Second) of Conflict of Laws § 6 cmt. c (Am. L. Inst. 1971)."
    ref = parse_reference(text)
    assert is_literature(text) and (ref["title"], ref["publisher"], ref["year"]) == (
        "Restatement (Second) of Conflict of Laws", "Am. L. Inst.", "1971")


def test_a_state_code_cited_by_its_section_and_publisher_stays_no_literature():
    assert not is_literature("Cal. Civ. Code § 1714 (West 2020).")


def test_a_commentarys_year_and_the_provision_cited_leave_its_title():
    ref = parse_reference("Lena Brauer, in: Otto Feldt (Hrsg.), Statut des Gerichtshofs. Kommentar, 2001, Art. 38 Rn. 4.")
    assert (ref["container"], ref["year"], ref["pages"]) == ("Statut des Gerichtshofs. Kommentar", "2001", "Art. 38 Rn. 4")
