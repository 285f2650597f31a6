"""A reading of the model over several court decisions printed one after the other (`EuGH 2.12.1997, C-188/95;
EuGH 18.9.2003, C-125/01`) gives way to the decisions the rules read there, as one over a single decision does."""

from histkit.literature.choose import yields


def test_a_reading_over_two_court_decisions_yields_to_them():
    text = "EuGH 2.12.1997, C-188/95; EuGH 18.9.2003, C-125/01"
    decisions = [(0, 24, "case"), (26, len(text), "case")]
    assert yields(0, len(text), decisions)
