"""Whether a rule over a block of small type at the page foot can be the rule over a note run over from the page before.

Some presses set the end of a note run over from the page before at the head
of the foot under a rule across the column, then the page's own notes under
the usual short rule (`page._run_over_block`). A table or a figure set at the
page foot just above the notes (LaTeX's bottom floats) has rules too, and its
caption or source line in small type under the last of them: that rule is
the table's own, as wide as the table and centred on it, not drawn from the
column's left edge where the notes' rules start. A run-over note's rule
starts there, as the footnote rule under it does (or where the foot's lines
start).
"""

from __future__ import annotations

from .lines import Line


def rules_over(rules: list[tuple[float, float, float]], first: Line, lines: list[Line]) -> list[tuple[float, float, float]]:
    """The rules just above ``first`` (within 2.5 of its sizes, sharing some width, nothing on their own baseline)."""
    return [(x0, x1, y) for x0, x1, y in rules
            if first.top - 2.5 * first.size < y < first.top and x1 > first.x0 and x0 < first.x1
            and not any(y - 4 < ln.base <= y + 1 and ln.x0 < x1 and ln.x1 > x0 for ln in lines)]


def column_rule(rules: list[tuple[float, float, float]], upper: list[Line], foot: list[Line], lines: list[Line]) -> bool:
    """Whether the rule over ``upper`` (small lines over the foot's notes ``foot``) starts where the notes' rule or the
    foot's lines start, as a rule over a run-over note does (a table's last rule, centred over it, does not).

    >>> def line(text, x0, base): return Line([], x0, base - 7, x0 + 200, base, base, 7, False, [("t", text)])
    >>> foot, source = [line("1 RHCL, inv. nr. 5521.", 57, 487)], [line("Source: RHCL, inv. nr. 5521.", 76, 445)]
    >>> column_rule([(135, 284, 436), (42, 177, 478)], source, foot, source + foot)
    False
    >>> column_rule([(42, 377, 436), (42, 177, 478)], source, foot, source + foot)
    True
    """
    size = max(ln.size for ln in upper)
    starts = [min(ln.x0 for ln in foot)] + [x0 for x0, _, _ in rules_over(rules, foot[0], lines)]
    return any(abs(x0 - x) <= 1.5 * size for x0, _, _ in rules_over(rules, upper[0], lines) for x in starts)
