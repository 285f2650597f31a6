"""Russian case endings of name words in Cyrillic, by a suffix grammar."""

from __future__ import annotations

from ...text import is_cyrillic


def decline_russian(word: str, gender: str = "m", family: bool = False) -> dict[str, str]:
    """Russian case forms of one name word (genitive, dative, accusative, instrumental, prepositional).

    >>> f = decline_russian("Хрущёв", "m", family=True); f["genitiv"], f["instrumental"]
    ('Хрущёва', 'Хрущёвым')
    >>> decline_russian("Берия")["akuzativ"], decline_russian("Тито")
    ('Берию', {})
    >>> decline_russian("Горская", "f", family=True)["genitiv"]
    'Горской'

    The prepositional is reported as ``lokativ``. Surnames on -ов/-ев/-ин take
    -ым (`Сталиным`), given names on a consonant -ом (`Константином`);
    adjectival surnames (-ский, -ой, -ый) decline as adjectives; words on
    -о, -е, -и, -у, -ю stay as they are (`Тито`), as do women's names on a
    consonant.
    """
    if len(word) < 2 or not is_cyrillic(word[-1]):
        return {}
    low = word.lower()
    keys = ("genitiv", "dativ", "akuzativ", "instrumental", "lokativ")

    def make(stem: str, *endings: str) -> dict[str, str]:
        return dict(zip(keys, (stem + e for e in endings)))

    hushing = "жшчщц"
    velar_or_hushing = "гкхжшчщ"
    # a woman's adjectival surname ends in -я too: decline it as the adjective it is before any noun on -я
    if gender == "f" and low.endswith(("ская", "цкая")):
        return make(word[:-2], "ой", "ой", "ую", "ой", "ой")
    if low.endswith("ия"):
        return make(word[:-1], "и", "и", "ю", "ей", "и")
    if low.endswith("я"):
        return make(word[:-1], "и", "е", "ю", "ей", "е")
    if low.endswith("а"):
        if gender == "f" and family and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return make(word[:-1], "ой", "ой", "у", "ой", "ой")
        gen = "и" if low[-2:-1] in velar_or_hushing else "ы"
        return make(word[:-1], gen, "е", "у", "ой", "е")
    if gender == "f":
        return {}  # a woman's name on a consonant or -ь (`Тэтчер`) does not change
    if low.endswith(("ский", "цкий")):
        return make(word[:-2], "ого", "ому", "ого", "им", "ом")
    if family and low.endswith(("ый", "ой")):
        return make(word[:-2], "ого", "ому", "ого", "ым", "ом")
    if low.endswith("ий"):
        return make(word[:-1], "я", "ю", "я", "ем", "и")
    if low.endswith(("й", "ь")):
        return make(word[:-1], "я", "ю", "я", "ем", "е")
    if low[-1] in "оеиуюэыё":
        return {}
    if family and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return make(word, "а", "у", "а", "ым", "е")
    return make(word, "а", "у", "а", "ем" if low[-1] in hushing else "ом", "е")
