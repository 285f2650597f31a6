"""An arbitral award or a decision whose parties print a company's form after a comma or a country in brackets
(`S. D. Myers, Inc. v. Canada, First Partial Award, 13 November 2000`, `Maffezini (Argentina) v. Kingdom of Spain,
ICSID Case No. ARB/97/7, Award, …`) is a case, not literature."""

import pytest

from conftest import cite


@pytest.mark.parametrize("text", [
    "Maffezini (Argentina) v. Kingdom of Spain, ICSID Case No. ARB/97/7, Award, 13 November 2000.",
    "PSEG Global, Inc. and Konya Ilgin Elektrik Üretim ve Ticaret Limited Şirketi v. Turkey, ICSID Case No. ARB/02/5, "
    "Award, 19 January 2007.",
    "S. D. Myers, Inc. v. Canada, First Partial Award, 13 November 2000.",
])
def test_an_award_between_parties_with_a_company_form_or_a_country_is_a_case(text):
    tables = cite(text)
    assert tables.citations.kind.tolist() == ["case"] and tables.references.empty


def test_a_book_whose_title_names_two_parties_stays_literature():
    assert cite("Smith, Jones v. the Crown: A History, London 1990.").citations.kind.tolist() == ["literature"]


def test_a_bluebook_signal_with_its_e_g_set_off_by_commas_is_a_lead_in():
    cited = cite("HERNANDO DE SOTO, THE MYSTERY OF CAPITAL 45 (2000).", "See, e.g., DE SOTO, supra note 1").citations
    assert cited.raw.tolist()[1] == "DE SOTO, supra note 1" and cited.kind.tolist()[1] == "literature"
