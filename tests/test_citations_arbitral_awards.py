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
