"""Two readings of one actor side by side are one mention: a listed office before the name.

An authority file may list an office alone as a person's alias where it had one holder
(`Katikkiro`, `Governador`); the text then prints it before the name (`Katikkiro Paulo Kisitu`,
`Governador Filomeno Cardoso`), which the automaton reads as the alias and then the name. They
name the person once, as a title that is part of a listed alias does (`Fitaawraarii Boruu Dhugaa`).
"""

from __future__ import annotations

from ..patterns import compiled

#: What may stand between the two readings: white space only, a line break included.
_BETWEEN = compiled(r"[ \t\u00a0]+\n?[ \t]*|\n[ \t]*")


def joined_side_by_side(rows: list[dict], text: str) -> list[dict]:
    """``rows`` (mention rows in text order) with two unambiguous rows of one actor parted by white space only
    made one, from the first's start to the second's end.

    >>> text = "Katikkiro Paulo Kisitu went"
    >>> rows = [{"actor_id": "k", "start": 0, "end": 9, "surface": "Katikkiro", "ambiguous": False,
    ...          "surname_only": False}, {"actor_id": "k", "start": 10, "end": 22, "surface": "Paulo Kisitu",
    ...          "ambiguous": False, "surname_only": False}]
    >>> [r["surface"] for r in joined_side_by_side(rows, text)]
    ['Katikkiro Paulo Kisitu']
    """
    spans: dict[tuple[int, int], int] = {}
    for r in rows:
        spans[(r["start"], r["end"])] = spans.get((r["start"], r["end"]), 0) + 1
    out: list[dict] = []
    for r in rows:
        last = out[-1] if out else None
        if (last is not None and last["actor_id"] == r["actor_id"] and last.get("block_id") == r.get("block_id")
                and not last["ambiguous"] and not r["ambiguous"]
                and spans.get((last["start"], last["end"]), 1) == 1 and spans[(r["start"], r["end"])] == 1
                and last["end"] < r["start"] and _BETWEEN.fullmatch(text, last["end"], r["start"])):
            last.update(end=r["end"], surface=text[last["start"]:r["end"]],
                        surname_only=last["surname_only"] and r["surname_only"])
            continue
        out.append(r)
    return out
