"""Two readings of one actor side by side are one mention: a listed office before the name.

An authority file may list an office alone as a person's alias where it had one holder
(`Katikkiro`, `Governador`); the text then prints it before the name (`Katikkiro Paulo Kisitu`,
`Governador Filomeno Cardoso`), which the automaton reads as the alias and then the name. They
name the person once, as a title that is part of a listed alias does (`Fitaawraarii Boruu Dhugaa`).
"""

from __future__ import annotations

from ..patterns import compiled

#: What may stand between the two readings: white space only, a line break of a wrapped line included (a new
#: paragraph's indented line is no longer the same phrase).
_BETWEEN = compiled(r"[ \t\u00a0]+\n?|\n")


def joined_side_by_side(rows: list[dict], text: str, persons: frozenset) -> list[dict]:
    """``rows`` (mention rows in text order) with a person's listed alias of one word and, parted from it by white
    space only, the person's name (not the family name alone) made one, from the first's start to the second's end.
    An alias of several words is an epithet set beside the name (Telugu `ఆంధ్ర కేసరి టంగుటూరి ప్రకాశం`), two
    mentions.

    >>> text = "Katikkiro Paulo Kisitu went"
    >>> rows = [{"actor_id": "k", "start": 0, "end": 9, "surface": "Katikkiro", "ambiguous": False, "rule": "alias",
    ...          "surname_only": False}, {"actor_id": "k", "start": 10, "end": 22, "surface": "Paulo Kisitu",
    ...          "ambiguous": False, "rule": "name", "surname_only": False}]
    >>> [r["surface"] for r in joined_side_by_side(rows, text, frozenset("k"))]
    ['Katikkiro Paulo Kisitu']
    """
    spans: dict[tuple[int, int], int] = {}
    for r in rows:
        spans[(r["start"], r["end"])] = spans.get((r["start"], r["end"]), 0) + 1
    out: list[dict] = []
    for r in rows:
        last = out[-1] if out else None
        if (last is not None and last["actor_id"] == r["actor_id"] and last["actor_id"] in persons
                and last.get("block_id") == r.get("block_id") and last["rule"] == "alias"
                and " " not in last["surface"] and not r["surname_only"] and not last["ambiguous"] and not r["ambiguous"]
                and spans.get((last["start"], last["end"]), 1) == 1 and spans[(r["start"], r["end"])] == 1
                and last["end"] < r["start"] and _BETWEEN.fullmatch(text, last["end"], r["start"])):
            last.update(end=r["end"], surface=text[last["start"]:r["end"]], rule=r["rule"])
            continue
        out.append(r)
    return out
