"""A Hungarian case ending after a day is not part of the date's surface (dates round 2)."""

from histkit import Document, analyse_layout, dates_table


def test_a_hungarian_case_ending_is_left_out_of_the_surface():
    text = "A forradalom 1956. október 23-án kezdődött, és 1956. november 4-ig tartott.\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="h")))
    assert table[["surface", "date_start"]].values.tolist() == [["1956. október 23", "1956-10-23"],
                                                                 ["1956. november 4", "1956-11-04"]]
