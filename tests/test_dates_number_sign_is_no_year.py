"""A number after a sign for number (`№`, `n°`, `#`) is a plate's, a specimen's or an order's, never a year.

Science's notes number their plates, specimens and experiments (`пластинка № 1234`, `spécimen n° 1234`); a citation
took the number for the year 1234 of the document.
"""

import pytest

from histkit.dates import find_date_groups


@pytest.mark.parametrize("text, years", [
    ("Журнал наблюдений, 1899 г. (пластинка № 1234).", ["1899 г."]),
    ("journal de voyage, 1829 ; le spécimen n° 1234 de l'herbier", ["1829"]),
    ("plate #1345, observed 1901", ["1901"]),
    ("il 1° 1920", ["1920"]),  # (a degree-typed ordinal after a digit is no sign for number)
])
def test_a_number_after_a_sign_for_number_is_no_year(text, years):
    assert [d.surface for d in find_date_groups(text)] == years
