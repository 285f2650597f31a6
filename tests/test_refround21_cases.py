"""A court decision between parties (`X v. Y`) is a case whatever its reporter, a state's abbreviated by its shape
(`70 Ga. 129`): no literature reference (reference round 21's Bluebook article)."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.legal import legal_kind


def test_a_decision_between_parties_in_a_states_reporter_is_a_case():
    assert legal_kind("Jeter v. Mayo, 70 Ga. 129, 131 (1883)") == "case"


def test_an_articles_title_that_names_a_case_is_no_case():
    assert legal_kind("Jane Roe, Brown v. Board of Education: A Retrospective, 12 HARV. L. REV. 345 (1999)") == ""


def test_two_decisions_in_one_note_are_two_cases_and_no_reference():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Brown v. Hightower, 61 Ga. 318 (1878); see also Jeter v. Mayo, 70 Ga. 129, 131 (1883)."]})
    tables = extract_citations(notes)
    assert tables.citations.kind.tolist() == ["case", "case"] and tables.references.empty
