"""Polish case endings of Latin-script name words, which the Serbian grammar does not make."""

from __future__ import annotations

from ...text import is_cyrillic

#: Polish locative/dative softening of a stem's last consonant(s) before -e (`Bierut` → `Bierucie`).
_POLISH_SOFT = (("st", "ście"), ("sł", "śle"), ("ch", "sze"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("t", "cie"),
                ("d", "dzie"), ("ł", "le"), ("b", "bie"), ("p", "pie"), ("m", "mie"), ("n", "nie"), ("w", "wie"),
                ("f", "fie"), ("s", "sie"), ("z", "zie"))
#: Polish stems whose locative takes -u instead (hard velars and the soft/hardened consonants).
_POLISH_U_LOCATIVE = ("k", "g", "ch", "cz", "sz", "rz", "ż", "c", "dz", "j", "l", "ń", "ć", "ś", "ź")


def polish_forms(word: str, gender: str = "m") -> dict[str, str]:
    """Polish case forms of a Latin-script name word that the Serbian grammar does not make.

    >>> polish_forms("Gomułka")["instrumental"], polish_forms("Gomułka")["lokativ"]
    ('Gomułką', 'Gomułce')
    >>> polish_forms("Bierut")["lokativ"], polish_forms("Cyrankiewicz")["dativ"]
    ('Bierucie', 'Cyrankiewiczowi')
    >>> polish_forms("Ścibor-Łętowski")["genitiv"], polish_forms("Ścibor-Łętowski")["genitiv both"]
    ('Ścibor-Łętowskiego', 'Ścibora-Łętowskiego')
    >>> polish_forms("Korfanty")["genitiv"], polish_forms("Korfanty")["dativ"]
    ('Korfantego', 'Korfantemu')

    Nouns on -a (men's too: `Gomułka`, `Gomułki`, `Gomułce`, `Gomułkę`,
    `Gomułką`), men's names on a consonant (`-owi`, `-em`, the softened
    locative), adjectival names on -ski/-cki (`Rokossowskiego`,
    `-skiemu`, `-skim`) and men's on -y (`Korfantego`). Only forms that differ from the word.
    """
    low = word.lower()
    if len(word) < 3 or is_cyrillic(word[0]) or not word[-1].isalpha():
        return {}
    left, _, right = word.partition("-")
    if right and "-" not in right:
        # a double family name declines both its parts (`Ścibora-Łętowskiego`), or, written so too, its last alone
        both = polish_forms(left, gender)
        forms = polish_forms(right, gender)
        return {**{case: f"{left}-{f}" for case, f in forms.items()},
                **{f"{case} both": f"{both[case]}-{f}" for case, f in forms.items() if case in both}}
    out: dict[str, str] = {}
    if low.endswith(("ski", "cki", "dzki")):
        stem = word[:-1]
        out = {"genitiv": stem + "iego", "dativ": stem + "iemu", "instrumental": stem + "im", "lokativ": stem + "im"}
    elif low.endswith("y") and len(low) > 3 and low[-2] not in "aeiouyąęó" and gender != "f":
        # a man's adjectival name on -y declines as the adjective (`Korfanty`, `Korfantego`, `Korfantemu`)
        stem = word[:-1]
        out = {"genitiv": stem + "ego", "dativ": stem + "emu", "instrumental": stem + "ym", "lokativ": stem + "ym"}
    elif low.endswith(("ska", "cka", "dzka")) and gender == "f":
        stem = word[:-1]
        out = {"genitiv": stem + "iej", "akuzativ": stem + "ą", "instrumental": stem + "ą"}
    elif low.endswith("a"):
        stem, slow = word[:-1], low[:-1]
        gen = stem + ("i" if slow.endswith(("k", "g", "l", "j")) or slow[-1:] in "ćńśź" else "y")
        loc = next((stem[:len(stem) - len(c)] + e for c, e in _POLISH_SOFT if slow.endswith(c)), stem + "y")
        out = {"genitiv": gen, "dativ": loc, "akuzativ": stem + "ę", "instrumental": stem + "ą", "lokativ": loc}
    elif low[-1] not in "aeiouyąęó" and gender != "f":
        out = {"genitiv": word + "a", "dativ": word + "owi", "akuzativ": word + "a",
               "instrumental": word + ("iem" if low.endswith(("k", "g")) else "em")}
        if low.endswith(_POLISH_U_LOCATIVE):
            out["lokativ"] = word + "u"
        else:
            soft = next(((c, e) for c, e in _POLISH_SOFT if low.endswith(c)), None)
            if soft:
                out["lokativ"] = word[:len(word) - len(soft[0])] + soft[1]
    return {case: f for case, f in out.items() if f != word}
