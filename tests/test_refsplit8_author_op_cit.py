"""An author's name, a colon and `op. cit.` (Spanish style) is one citation of the author's work, not commentary and
an Ibid. of the citation before."""

from histkit.citations import split_citations


def test_name_colon_op_cit_is_one_citation():
    pieces = [(s.role, s.raw) for s in split_citations("HARTLEY: op. cit., p. 130; MORALES CARRIÓN, E.: op. cit., p. 112.")]
    assert pieces == [("citation", "HARTLEY: op. cit., p. 130"), ("citation", "MORALES CARRIÓN, E.: op. cit., p. 112.")]


def test_a_description_before_a_colon_and_ibid_stays_apart():
    pieces = [(s.role, s.raw) for s in split_citations("Minute of the meeting: ibid., 4.")]
    assert pieces == [("commentary", "Minute of the meeting:"), ("citation", "ibid., 4.")]
