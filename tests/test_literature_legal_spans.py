"""The model's reading of a stretch of a note the rules read as a court decision or a law is not taken by the merge."""

from histkit.literature.choose import rules_only, yields


def test_a_model_reading_within_a_case_or_a_law_gives_way_to_the_rules():
    assert rules_only(["case", "legislation", "archival", "literature"]) == [True, True, True, False]
    decision = [(10, 40, "case")]
    assert yields(10, 40, decision) and yields(20, 40, decision)


def test_a_reference_the_model_reads_on_into_a_decision_or_out_of_a_law_stays():
    assert not yields(0, 40, [(10, 40, "case")])
    assert not yields(12, 90, [(10, 40, "legislation")])
