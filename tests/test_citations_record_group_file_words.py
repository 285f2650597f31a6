"""A record group's code before a slash whose file has words in it (`RG 59/Decimal File 45-49/6747`): the record
group is the fond, the rest its file, as `RG 226/A1-210/35` already was."""

from histkit.citations.archives import default_matcher
from histkit.citations.extract import split_note, classify, parse_citation
from histkit.citations.extract import History


def _row(note):
    piece = split_note(note, "1", default_matcher())[0]
    row = {}
    parse_citation(row, classify(piece, "1", default_matcher(), History()), piece, default_matcher())
    return row


def test_a_record_group_and_a_file_with_words_in_it():
    row = _row("NARA, RG 59/Decimal File 45-49/6747, Organization of the Abwehr in Spain, 12 Feb. 1946.")
    assert (row["archive"], row["fond"], row["unit"]) == ("NARA", "RG 59", "Decimal File 45-49/6747")
    assert row["title"] == "Organization of the Abwehr in Spain"
