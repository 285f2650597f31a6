"""Words of the data files for languages historians publish in (ARCHGEN7): each read where a citation uses it.

The notes are written for the tests, in the forms the languages' archival citations take.
"""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.words import forms
from histkit.dates import says_undated


def _rows(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes).citations.fillna("")


def test_undated_in_arabic_mongolian_uzbek_hebrew_and_chinese():
    for text in ("ملف 4، دون تاريخ", "данс 2, огноогүй", "12-varaq, sanasiz", "תיק 3, ללא תאריך", "卷12，无日期"):
        assert says_undated(text), text


def test_arabic_and_kazakh_ibid_words_repeat_the_citation_before():
    rows = _rows("Archivio di Stato di Zara, Prefettura, busta 12, 3.5.1921.", "المصدر نفسه، ص 4.", "Сонда, 12 б.")
    assert list(rows.kind) == ["archival", "ibid", "ibid"]
    assert list(rows.ibid_of) == ["", "1:1", "2:1"]


def test_italian_busta_is_the_unit_of_an_archival_citation():
    assert _rows("Archivio di Stato di Zara, Prefettura, busta 12, 3.5.1921.").unit.tolist() == ["busta 12"]


def test_a_malay_archive_defined_with_selepas_ini_is_known_by_its_code():
    rows = _rows("Arkib Negara Malaysia, Kuala Lumpur (selepas ini ANM), fail 1957/0012345, 3.5.1957.",
                 "ANM, fail 1957/0012346, 4.5.1957.")
    assert list(zip(rows.archive, rows.archive_name)) == [("ANM", "Arkib Negara Malaysia")] * 2


def test_the_rows_carry_their_language():
    assert "бұдан әрі" in forms("hereafter.csv", language="kk")
    assert "мұрағат" in forms("archive_words.csv", language="kk")
    assert "хадгаламжийн нэгж" in forms("unit_words.csv", language="mn")
