"""`loc. cit.` (the place cited before) repeats the author's work, as op. cit. does."""

from histkit.citations.gost import op_cit


def test_loc_cit_says_the_work_was_cited_before():
    assert op_cit("Vasseur, loc. cit.") is not None
