"""Catalan units: a parchment (`perg. 412`) and a file (`capsa 12, expedient 4`) are units (`unit_words.csv`), so a
chapter archive's parchments are cited as an archive's, and an Ibid. naming the file has it as its unit (round 20)."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    return list(zip(rows.kind, rows.archive_name, rows.fond, rows.unit))


def test_a_parchment_of_a_chapter_archive_is_its_unit():
    assert [(kind, name, unit) for kind, name, _, unit in _rows("Arxiu Capitular d'Urgell, Pergamins, perg. 412.")] \
        == [("archival", "Arxiu Capitular d'Urgell", "perg. 412")]


def test_a_file_in_a_box_and_an_ibid_naming_the_next_file():
    rows = _rows("Arxiu Nacional d'Andorra, Tribunal de Corts, Processos criminals, capsa 12, expedient 4, 3 d'abril "
                 "de 1802.", "Ibídem, expedient 5.")
    assert [unit for *_, unit in rows] == ["capsa 12, expedient 4", "expedient 5"]
