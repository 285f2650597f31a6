"""An archive named in a sentence, its holding in brackets right after the name: ``… una visita conservada en el
Archivo Diocesano de Toledo (Visitas, caja 45, exp. 3, años 1740-1742), donde …``.

Writers who name the archive in their prose (``kept in the``, ``guardada no``, ``lưu tại``) give the rest of the
citation in brackets after the name instead of repeating it there. The name follows a word for "in" (of
``held_in_words.csv``), perhaps an article of three letters or fewer, opens with a capital and holds a word for an
archive (``archive_words.csv``); the brackets open with a fond or a unit (`another.opens_with_holding`) and hold a
number. Read so, the name and the brackets are one citation: the name, then the bracket's parts.
"""

from __future__ import annotations

import functools
import re

from .another import opens_with_holding
from ..dates import find_dates
from .beforecolon import reads_as_prose
from .legal import legal_kind
from .notetext import split_commas
from .words import CAPITAL, alternation, archive_word
from ..patterns import compiled


# a page, as a book's, not a leaf of a file: `S. 45`, `pp. 3–5`, `p. 12`
_PAGES = compiled(r"(?:pp?|S|s|str|с|стр)\.\s*\d")


@functools.cache
def _name_at_end() -> re.Pattern:
    # `… en el Archivo Diocesano de Toledo`, `… guardada no Arquivo Histórico do Rio Grande do Sul`: the word for "in",
    # an article perhaps, and the name up to the end (no comma, bracket or full stop ending a sentence inside it)
    return compiled(rf"(?:^|\s)(?:{alternation('held_in_words.csv')})\s+(?:[^\W\d_]{{1,3}}\s+)?"
                      rf"(?P<name>[{CAPITAL}][^,;:()\[\].]{{2,100}}?)\s*$", re.IGNORECASE)


def archive_before_bracket(head: str) -> int | None:
    """Where the archive's name that ``head`` (a sentence up to a bracket) ends with begins, or None.

    >>> head = "Así lo recuerda una visita conservada en el Archivo Diocesano de Toledo "
    >>> head[archive_before_bracket(head):]
    'Archivo Diocesano de Toledo '
    >>> archive_before_bracket("as the minister wrote in his Memoirs "), archive_before_bracket("Archivo X ")
    (None, None)
    """
    m = _name_at_end().search(head)
    if m is None or len(m.group("name").split()) > 12 or not archive_word().search(m.group("name")):
        return None
    return m.start("name")


def holding_in_brackets(inner: str) -> bool:
    """Whether a bracket's text is an archive's holding: it opens with a fond or a unit and holds a number.

    >>> holding_in_brackets("Fundo Polícia, códice 1.045, novembro de 1848"), holding_in_brackets("see below, 1848")
    (True, False)
    """
    parts = split_commas(inner)
    if any(_PAGES.match(part) for part in parts):  # (`(Band 2, S. 45)`: a book's volume and page)
        return False
    return any(map(str.isdigit, inner)) and len(parts) > 1 and (
        opens_with_holding(inner) or opens_with_holding(", ".join(parts[1:])))


def named_then_bracket(text: str) -> tuple[int, int] | None:
    """Where the archive's name starts and ends in a citation shaped ``Name (holding)`` (the name may follow the
    words of a sentence that names it: ``expediente guardado en el Archivo X (…)``), or None.

    >>> named_then_bracket("Archivo Diocesano de Toledo (Visitas, caja 45, exp. 3, 1740)")
    (0, 27)
    >>> named_then_bracket("un legajo guardado en el Archivo X (Pleitos, caja 12, 1790)")
    (25, 34)
    """
    opened = text.find("(")
    if opened <= 0 or not text.rstrip(" .").endswith(")") or not archive_word().search(text[:opened]):
        return None
    if not holding_in_brackets(text[opened + 1:text.rstrip(" .").rfind(")")]):
        return None
    start = 0 if text[:1].isupper() else archive_before_bracket(text[:opened])
    return None if start is None else (start, len(text[:opened].rstrip()))


def unbracketed(text: str, name_end: int) -> str:
    """``text`` with the bracket after the archive's name read as a comma: ``Name, holding``.

    >>> unbracketed("Archivo X (Visitas, caja 45).", 9)
    'Archivo X, Visitas, caja 45'
    """
    inner = text[name_end:].strip().rstrip(".").strip()
    return text[:name_end] + ", " + inner[1:-1].strip()


def prose_before(head: str) -> bool:
    """Whether what comes before a bracket is a sentence: prose (`reads_as_prose`), a sentence naming the archive
    (`… guardado en el Archivo X`) or six words or more, no comma, most in small letters (`… reported the same
    figures to New York`).

    >>> prose_before("The officers reported the same losses to New York "), prose_before("Smith, The New York Times ")
    (True, False)
    """
    words = head.split()
    small = 2 * sum(w.strip(",").isalpha() and w.islower() for w in words) > len(words)
    return reads_as_prose(head) or archive_before_bracket(head) is not None or (
        len(words) >= 6 and "," not in head and small) or (len(words) >= 10 and small and _undated_sentence(head))


def _undated_sentence(head: str) -> bool:
    """A long sentence, commas and all, that dates no document: no day nor month in it (`О голоде 1932–1933 гг. …,
    хранящейся в Душанбе`); a document described at length before its archive is dated (`Letter of …, 3 May 1900`)."""
    return all(d.precision == "year" for d in find_dates(head))


def case_after_prose(head: str, inner: str) -> bool:
    """Whether brackets after a sentence's word cite a court's decision (`… the scope of the rule (Court of Justice,
    order of 19 July 2019, INA, case C-200/19). …`): a citation of its own. Not a parenthetical after a citation, as
    a US brief strings them (`…, 660 F.2d 686 (5th Cir. 1981) (quoting Perez, 658 F.2d at 663)`): the word before the
    brackets is one of small letters.

    >>> case_after_prose("excluded from the rule ", "Court of Justice, order of 19 July 2019, INA, case C-200/19")
    True
    >>> case_after_prose("660 F.2d 686 (5th Cir. 1981) ", "quoting Perez, 658 F.2d at 663")
    False
    """
    last = (head.split() or [""])[-1]
    return last.isalpha() and last.islower() and legal_kind(inner.strip()) == "case"
