"""Court decisions as international-law journals cite them: a report's year in brackets with a comma before the
page, a judgment "of" its day, a treaty body's views; each a case, not a literature reference."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _kinds(text: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.kind.tolist()


@pytest.mark.parametrize("text", [
    "Sea-Land Services, Inc. v. Iran, 6 Iran-U.S. C.T.R. (1984), 149 (hereafter referred to as Sea-Land Services).",
    "Phelps Dodge Corp. v. Iran, 10 Iran-U.S. C.T.R. (1986), 130",
    "Sedco, Inc. v. National Iranian Oil Company, 9 Iran-U.S.C.T.R. (1985), 248.",
])
def test_a_report_with_its_year_in_brackets_and_a_comma_before_the_page_is_a_case(text):
    assert _kinds(text) == ["case"]


def test_the_parties_then_a_judgment_of_its_day_is_a_case():
    assert _kinds("Kozacioğlu v. Turkey, judgment of 19 February 2009, para. 70") == ["case"]


def test_a_treaty_bodys_views_on_a_communication_are_a_case():
    assert _kinds("UNHRC, Mbenge v. Zaire, Comm. No. 16/1977, Views, 25 March 1983, paras. 1.2-2.2") == ["case"]


def test_a_book_about_a_case_stays_literature():
    assert _kinds("A. Smith, Sedco v. Iran and the Law of Expropriation (Cambridge, 1990), 12.") == ["literature"]


def test_an_ibid_of_a_case_cites_its_paragraph_not_a_title():
    notes = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "3"],
                          "text": ["Case C-486/04, Commission v Italy, [2006] ECR I-11025, para. 12.", "Ibid., para. 2.2.",
                                   "Ibid., para. 14.1."]})
    found = extract_citations(notes).citations
    assert found[["kind", "title", "pages", "ibid_of"]].fillna("").values.tolist()[1:] == [
        ["ibid", "", "para. 2.2", "1:1"], ["ibid", "", "para. 14.1", "1:1"]]
