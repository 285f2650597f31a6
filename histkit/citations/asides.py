"""What a reference prints beside its fields, taken off before `parse_reference` reads it (`without_asides`).

Each is its own module's: a publisher's guillemets (`Երևան, «Գիտություն», 1985`, `guillemets`), the original's
year opening a reprint's imprint (`(1836; repr., Tokyo: …, 1977)`, `editions`), the original's imprint before a
reprint's in brackets (`…, Venetiis 1574 (rist. anast. Torino, …, 1963)`, `reprintbracket`), a title's bracketed translation
(`Kikin shiroku [Notes on famine]`, `glosses`) and the words saying a work is a thesis (`…, PhD thesis,
University of London, 1998`, `theses`), the series a book belongs to (`…, LGDJ, coll. « … », t. 23, 1978`, `series`). None of them is a field of the reference gold, and each stands where the
readers expect a field's end. Last, an edited volume cited by its title has its editor written first (`Title, ed.
L. Smith, London, 1999` as `L. Smith (ed.), Title, London, 1999`, `editedfirst`), where the readers look for a name. A lead word no list holds before a book with no author is no part of its title
(`authorless`). First of all, a translation's bracket closing the reference (`…, Bern 1972 (trad. it. di A. Pupi, …,
Milano 1975)`, `translated`: the classifier asks without it too), the bracket declaring the siglum the article will cite the work by (`…, Olomouc 1987 (dále
jen LKH), s. 112`, `journals`), and the years a source edition's volume covers (`sv. 2 (1251–1300), …, Olomouc 1987`,
`volumespan`), and before anything an exhibition catalogue's designation and the catalogue number or lot that ends the
reference (`…, exh. cat. (Bristol: …, 2011), cat. no. 45`, `catalogues`), and the marks of an imprint's missing place,
publisher or year (`…, s.l., s.e., 1908`, `o. O. o. J.`, `imprintgaps`: the classifier asks without them too).
"""

from __future__ import annotations

from .authorless import without_lead
from .catalogues import without_catalogue
from .editedfirst import editor_first
from .editions import without_reprint_original
from .glosses import without_glosses
from .guillemets import publisher_unquoted
from .imprintgaps import without_imprint_gaps
from .reprintbracket import reprint_imprint
from .journals import without_declaration
from .series import without_series
from .theses import without_thesis_clause
from .translated import without_translation
from .volumespan import without_volume_span


def without_asides(text: str) -> str:
    """``text`` without its asides (see the module's docstring).

    >>> without_asides("Sato Jun, Kikin [Famine in Japan], PhD thesis, University of Tokyo, 1990")
    'Sato Jun, Kikin, University of Tokyo, 1990'
    """
    return without_lead(editor_first(reading=True, text=without_thesis_clause(without_glosses(without_reprint_original(without_series(
        reprint_imprint(publisher_unquoted(without_volume_span(without_declaration(without_translation(
            without_catalogue(without_imprint_gaps(text)))))))))))))
