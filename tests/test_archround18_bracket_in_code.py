"""A code whose last letter stands in brackets for a bracket of the name (`Республика Саха (Якутия)`, `НА РС(Я)`):
the bracket is the name's, and the code, brackets and all, cites the archive later (round 18, yak)."""

import pandas as pd

from histkit.citations import extract_citations


def test_the_code_with_its_bracketed_initial_names_the_archive_with_its_bracket():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": [1, 2], "text": [
        "Центральный государственный архив Республики Северная Осетия (Алания) (далее – ЦГА РСО(А)). Ф. 11. Оп. 1. "
        "Д. 45. Л. 3.",
        "ЦГА РСО(А). Ф. 12. Оп. 2. Д. 7. Л. 1."]})
    rows = extract_citations(notes).citations
    archival = rows[rows.kind == "archival"]
    assert list(archival.archive_name) == ["Центральный государственный архив Республики Северная Осетия (Алания)"] * 2
