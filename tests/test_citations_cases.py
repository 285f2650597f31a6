"""Court decisions and legislation cited in notes are their own kinds of citation, not literature references."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _tables(*texts: str):
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes)


@pytest.mark.parametrize("text", [
    "BVerfG, Beschluss v. 12.12.2012 - 2 BvR 1750/12, MDR 2013, 294.",
    "BVerfG, Order of 12.12.2012 - 2 BvR 1750/12, MDR 2013, 294.",
    "VfGH 12.3.2004, G 12/03.",
    "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
    "Roe, 410 U.S. at 120.",
    "BVerfGE 7, 198 (205).",
    "Cass. soc., 12 mai 2004, n° 02-12.345.",
    # a European or international court's case by its number, or a court not named so far (courts.csv)
    "Case C-486/04, Commission v Italy, [2006] ECR I-11025.",
    "Joined Cases C-165/09 to C-167/09 Stichting Natuur en Milieu [2011] ECR I-4599.",
    "Rs. C-438/05, Viking Line, Slg. 2007, I-10779.",
    "ICTR, Prosecutor v. Zigiranyirazo, Case No. ICTR-2001-73-T, Appeals Chamber, Decision on Interlocutory Appeal, "
    "30 October 2006, para. 5.",
    "International Court of Justice, Pulp Mills on the River Uruguay (Argentina v. Uruguay), judgment of 20 April 2010.",
    # a chamber or a seat between the court and the date
    "Cass. civ., Sez. Unite, 21 May 2014, n° 11229, Foro ital., 2015, I, 2481.",
    "T.A.R. Puglia, Lecce Sec. I, 5 September 2014, n° 2304, sect. 3.2.",
    "Cons. Stato, Sec. VI, 12 October 2011, n. 5519.",
    # a court in the case's brackets is no archive's code (HL: the House of Lords, not the Hadtörténelmi Levéltár)
    "Donoghue v Stevenson [1932] AC 562 (HL).",
    # an arbitral tribunal's case number after the parties; a Canadian reference; an EU case by its number alone
    "Mr. Eudoro Armando Olguín v. Paraguay, ICSID Case No. ARB/98/5, Award, 26 July 2001.",
    "Reference re Alberta Statutes, [1938] S.C.R. 100.",
    "C-59/19, Wikingerhof.",
    "[1958] O.R. 499 (C.A.).",  # a report by its year, volume and page, the parties named in the text
])
def test_a_court_decision_is_a_case_citation_and_no_reference(text):
    tables = _tables(text)
    assert tables.citations.kind.tolist() == ["case"]
    assert tables.references.empty


@pytest.mark.parametrize("text", [
    "Thüringer Bibliotheksgesetz (ThürBibG) vom 16. Juli 2008, GVBl. 2008, S. 242.",
    "Judiciary Act of 1789, ch. 20, 1 Stat. 73.",
    "Directive 2019/1158/EU.",
    "U.S. CONST. art. I, § 8, cl. 3.",
    "Loi n° 2004-228 du 15 mars 2004.",
    "Zakon o arhivskom gradivu, Narodne novine 105/97.",
    "Companies Act 2006.",  # a British statute by its name and year, nothing between
    "Human Rights Act 1998, s 4.",
    "Journal of Laws of 2018, item 2073.",  # the Polish gazette named in English
])
def test_a_statute_or_directive_is_a_legislation_citation_and_no_reference(text):
    tables = _tables(text)
    assert tables.citations.kind.tolist() == ["legislation"]
    assert tables.references.empty


def test_a_reference_after_a_decision_in_the_same_note_is_still_found():
    tables = _tables("BVerfG, Beschluss v. 12.12.2012 - 2 BvR 1750/12; Mosler, Menschenbild und soziales Ideal, "
                     "in GedS Rebhahn (2019), 349 ff.")
    assert tables.citations.kind.tolist() == ["case", "literature"]
    assert tables.references.authors.tolist() == ["Mosler"]


def test_a_commentary_whose_title_names_a_law_is_neither_case_nor_legislation():
    tables = _tables("Dreier/Schulze, Urheberrechtsgesetz, 6. Aufl. 2018, § 27 UrhG Rn. 15.")
    assert not set(tables.citations.kind) & {"case", "legislation"}


def test_an_archival_citation_stays_archival_whatever_court_it_names():
    tables = _tables("TNA, FO 371/107832, Judgment of the Supreme Court, 12 March 1953.")
    assert tables.citations.kind.tolist() == ["archival"]


def test_a_reference_in_the_sentence_after_a_directive_is_still_found():
    tables = _tables("RL 2002/14/EG. Vgl Mosler, Die Zukunft der Arbeitnehmerbeteiligung in Europa, EuZA 2015, 192.")
    assert tables.citations.kind.tolist() == ["legislation", "literature"]
    assert tables.references.authors.tolist() == ["Mosler"]


@pytest.mark.parametrize("text", ["Kuczborski v Queensland [2014] HCA 67.", "Smith v Attorney-General [2019] NZSC 12.",
                                  "R. v. Leigh James O’Hare, [2006] EWCA Crim 471."])
def test_a_neutral_citation_of_a_court_no_list_holds_is_read_by_its_shape(text):
    tables = _tables(text)
    assert tables.citations.kind.tolist() == ["case"] and tables.references.empty
