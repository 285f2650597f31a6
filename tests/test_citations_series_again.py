"""A series code cited again in a later note without its archive's name (`FO 371/107833, …` after `TNA, FO 371/107832,
…`; NARA's `RG 59`) is an archival citation of the archive that last cited a series with those letters; a code no
earlier citation used stays unread."""

from conftest import cite


def _archival(*texts: str) -> list[list[str]]:
    rows = cite(*texts).citations
    return rows[["note_no", "kind", "archive", "fond", "unit"]].values.tolist()


def test_a_series_cited_again_in_a_later_note_is_of_the_archive_named_before():
    assert _archival("TNA, FO 371/107832, Minute by Eden, 12 March 1953.", "FO 371/107833, Minute by Dixon, 13 March 1953.",
                     "FO 800/123.") == [["1", "archival", "TNA", "FO 371", "107832"],
                                        ["2", "archival", "TNA", "FO 371", "107833"],
                                        ["3", "archival", "TNA", "FO 800", "123"]]


def test_a_record_group_cited_again_is_of_the_archive_named_before():
    rows = _archival("National Archives and Records Administration (NARA), RG 59, Central Decimal File, box 3126.",
                     "RG 59, Central Decimal File, box 3127.")
    assert [row[:4] for row in rows] == [["1", "archival", "NARA", "RG 59"], ["2", "archival", "NARA", "RG 59"]]


def test_a_series_whose_letters_no_earlier_citation_used_is_not_given_an_archive():
    rows = _archival("TNA, FO 371/107832, Minute by Eden, 12 March 1953.", "CAB 128/26, conclusions, 17 February 1953.")
    assert rows[1][1:3] == ["unparsed", ""]
