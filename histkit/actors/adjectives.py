"""A possessive adjective formed from a person's name (`Titova odluka`) and the same adjective naming a place
(`Titovo Užice`, `Titova ulica`): `adjective_without_its_person`."""

from __future__ import annotations

from ..patterns import compiled


#: Nouns after a possessive adjective that make it the name of a street or square (`Titova ulica`).
PLACE_NOUNS = frozenset({"ulica", "ulice", "ulici", "ulicu", "ulicom", "cesta", "ceste", "cesti", "cestu", "trg", "trga",
                         "trgu", "obala", "obali", "naselje", "naselju", "улица", "улице", "улици", "улицу", "трг",
                         "трга", "тргу"})
#: Words that cannot be the noun a possessive adjective goes with (`Kidričevo and`, `Titovo i`).
FUNCTION_WORDS = frozenset({"i", "a", "u", "na", "je", "se", "su", "da", "ili", "ali", "pa", "te", "od", "do", "za",
                            "iz", "s", "sa", "o", "po", "k", "ka", "v", "in", "and", "of", "the", "to", "und", "et",
                            "и", "а", "у", "на", "је", "се", "су", "да", "или", "али", "па", "те", "од", "до", "за",
                            "из", "с", "са", "о", "по", "к"})
_NEXT_WORD = compiled(r"[ \t]*\n?[ \t]*(\w+)")


def adjective_without_its_person(text: str, end: int, owners) -> bool:
    """Whether a possessive adjective ending at ``end`` is not a mention of its person.

    >>> adjective_without_its_person("u Titovo Užice", 8, [("tito", "possessive_adjective", True)])
    True

    Only for matches every reading of which is a possessive adjective. The
    adjective (`Titova odluka`, `Ђиласовом сећању`) is a mention when the
    word after it is its noun: a lower-case word that is not a street's
    (`PLACE_NOUNS`: `Titova ulica`) nor a function word (`Kidričevo and`, the
    town). A capitalised word after it makes a place name (`Titovo Užice`,
    `Titov Veles`), an abbreviation does not (`Gottwaldova KSČ`); punctuation
    or the end of the text leaves it unread.
    """
    if not all(rule == "possessive_adjective" for _, rule, _ in owners):
        return False
    following = _NEXT_WORD.match(text, end) if text[end:end + 1].isspace() else None
    if following is None:
        return True
    word = following.group(1)
    if len(word) >= 2 and word.isupper():
        return False  # an abbreviation is the noun (`Gottwaldova KSČ`, `Titova KPJ`), no place
    return not word[0].islower() or word.lower() in PLACE_NOUNS or word.lower() in FUNCTION_WORDS
