"""The archives of science, medicine, universities, academies and learned societies are archives a historian cites.

`archives.csv` lists them (a historian adds rows): each is read by its name wherever a note names it, its place
dropped, and written as the authority's code; an abbreviation the article defines for one (`hereafter WC`) is that
archive, as the authority's name is more use to a reader of the table than the article's initials.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _rows(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i + 1) for i in range(len(texts))], "text": list(texts)})
    return extract_citations(notes).citations.fillna("")


@pytest.mark.parametrize("text, archive", [
    ("Royal Society, MS/378, Huxley to Foster, 3 May 1881.", "Royal Society"),
    ("Niels Bohr Archive, Bohr Scientific Correspondence, microfilm 4, section 1, Kramers to Bohr, 2 June 1921.",
     "Niels Bohr Archive"),
    ("Universitätsarchiv Heidelberg, PA 4321, Personalakte, 1911–1920.", "Universitätsarchiv Heidelberg"),
    ("Archives de l'Institut Pasteur, fonds Calmette, CAL.3, Calmette à Roux, 2 mars 1906.",
     "Archives de l'Institut Pasteur"),
    ("Lunds universitetsarkiv, Medicinska fakulteten, A 1:7, protokoll 4.5.1903.", "Lunds universitetsarkiv"),
])
def test_the_archive_is_read_by_its_name(text, archive):
    row = _rows(text).iloc[0]
    assert (row["kind"], row["archive"]) == ("archival", archive)


@pytest.mark.parametrize("first, again, archive", [
    ("Wellcome Collection, London (hereafter WC), SA/BMA/C.45, minutes, 3 June 1921.", "WC, SA/BMA/C.46, n.d.",
     "Wellcome Collection"),
    ("Archiv der Berlin-Brandenburgischen Akademie der Wissenschaften (im Folgenden: BBAW), PAW (1812–1945), II-V, "
     "Bd. 12, Bl. 3, 1902.", "BBAW, PAW (1812–1945), II-V, Bd. 13, 1903.",
     "Archiv der Berlin-Brandenburgischen Akademie der Wissenschaften"),
    ("Vetenskapsakademiens arkiv, Stockholm (härefter KVA), Nobelkommitténs för kemi arkiv, E 1, vol. 2, 1910.",
     "KVA, Nobelkommitténs för kemi arkiv, E 1, vol. 4, 1911.", "Kungl. Vetenskapsakademiens arkiv"),
])
def test_an_abbreviation_the_note_defines_is_the_listed_archive(first, again, archive):
    rows = _rows(first, again)
    assert list(rows.archive) == [archive, archive]
