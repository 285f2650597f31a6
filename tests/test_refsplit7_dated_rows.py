"""A reading of the model naming no work whose year is printed only in a day's date (`Mittermaier, 03/05/1833`: a
letter) is not a reference."""

import pandas as pd

from histkit.literature.usable import usable


def test_a_letter_cited_by_its_writer_and_date_is_not_used():
    found = pd.DataFrame({"confidence": [0.9, 0.9], "authors": ["Mittermaier", "Mittermaier"],
                          "title": ["", "Lehre vom Strafverfahren"], "container": ["", ""], "year": ["1833", "1833"],
                          "place": ["", ""], "raw": ["Mittermaier, 03/05/1833", "Mittermaier, Lehre vom Strafverfahren, 1833"]})
    assert usable(found).tolist() == [False, True]
