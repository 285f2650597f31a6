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


#: A Russian adjective's nominative ending → its genitive, dative, accusative, instrumental and prepositional endings
#: (inanimate: the accusative of a masculine or neuter is the nominative).
_ADJECTIVE_CASES = {
    "ое": ("ого", "ому", "ое", "ым", "ом"), "ее": ("его", "ему", "ее", "им", "ем"),
    "ая": ("ой", "ой", "ую", "ой", "ой"), "яя": ("ей", "ей", "юю", "ей", "ей"),
    "ый": ("ого", "ому", "ый", "ым", "ом"), "ой": ("ого", "ому", "ой", "ым", "ом"),
    "ий": ("ого", "ому", "ий", "им", "ом"), "ые": ("ых", "ым", "ые", "ыми", "ых"), "ие": ("их", "им", "ие", "ими", "их"),
}
#: A common noun's nominative ending → its five case endings, as `decline_russian` reports them ("" : any consonant).
_NOUN_CASES = {
    "ие": ("ия", "ию", "ие", "ием", "ии"), "ия": ("ии", "ии", "ию", "ией", "ии"), "о": ("а", "у", "о", "ом", "е"),
    "а": ("ы", "е", "у", "ой", "е"), "я": ("и", "е", "ю", "ей", "е"), "": ("а", "у", "", "ом", "е"),
}


def decline_russian_phrase(name: str) -> list[str]:
    """The case forms of a Russian organisation's name: its adjectives and head noun declined, the words after the
    head (a genitive complement) as they are.

    >>> decline_russian_phrase("Казанское общество женского образования")[0]
    'Казанского общества женского образования'
    >>> decline_russian_phrase("Российская рабочая партия")[0], decline_russian_phrase("Казанское общество")[2]
    ('Российской рабочей партии', 'Казанским обществом')

    The head is the first word that is not an adjective (or the last word); a
    name whose head is no common noun of these endings (`Совет`, `Союз` are) is
    left alone.
    """
    words = name.split()
    k = next((i for i, w in enumerate(words) if not w.lower().endswith(tuple(_ADJECTIVE_CASES))), len(words) - 1)
    if k == 0 and len(words) == 1 or not all(is_cyrillic(w[-1]) for w in words[:k + 1]):
        return []
    head = words[k]
    noun = next((e for e in sorted(_NOUN_CASES, key=len, reverse=True)
                 if head.lower().endswith(e) and (e or head[-1].lower() not in "аеёиоуыэюяйь")), None)
    if noun is None:
        return []
    forms = []
    for case in range(5):
        declined = [_spelled(w[:-2], _ADJECTIVE_CASES[w[-2:].lower()][case], w[-2:].lower() == "ой")
                    for w in words[:k]]
        declined.append(_spelled(head[:len(head) - len(noun)], _NOUN_CASES[noun][case]))
        phrase = " ".join(declined + words[k + 1:])
        if phrase != name and phrase not in forms:
            forms.append(phrase)
    return forms


def _spelled(stem: str, ending: str, stressed: bool = False) -> str:
    """``stem + ending`` by Russian spelling: no `ы` after г, к, х or a hushing letter (`Казанским`), and an unstressed
    `о` after a hushing letter or ц written `е` (`рабочей`; the stressed ending of an adjective on -ой keeps it)."""
    last = stem[-1:].lower()
    if ending.startswith("ы") and last in "гкхжшчщ":
        ending = "и" + ending[1:]
    if ending.startswith("о") and last in "жшчщц" and not stressed:
        ending = "е" + ending[1:]
    return stem + ending
