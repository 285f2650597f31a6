"""An Italian journal's issue after its year (`«Der Neue Merkur», 3, 1919, n. 3`: `n.` for numero) ends the journal:
a reference by the same author (`Id.,`) keeps its title, not the journal's name for it."""

from histkit.citations.references import parse_reference


def test_the_issue_after_the_year_of_a_journal_in_guillemets_is_the_issue():
    ref = parse_reference("E. Kahler, Die menschliche Wirkung, «Der Neue Merkur», 3, 1919, n. 3, pp. 203-210")
    assert (ref["title"], ref["container"], ref["volume"], ref["year"]) == (
        "Die menschliche Wirkung", "Der Neue Merkur", "3", "1919")


def test_the_same_authors_reference_keeps_its_title():
    ref = parse_reference("Id., Die menschliche Wirkung, «Der Neue Merkur», 3, 1919, n. 3, pp. 203-210")
    assert (ref["title"], ref["container"]) == ("Die menschliche Wirkung", "Der Neue Merkur")
