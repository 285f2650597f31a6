"""An archive's short name an article defines, then a fond's code after it (held-out, stop 63)."""

from histkit import Document, build_tables


def test_a_fonds_code_after_an_archives_defined_short_name_stays_the_fond():
    # `(henceforth BA-MA)` after a known archive's branch, then `BA-MA, RM 7/2483`: `RM 7` is the fond, `2483` the unit
    # (round 36's `ASMAI, pos. 7/2` moves a link's word, `pos.`, into the unit; a code in capitals is no link)
    text = ("Body.1 More.2\n\n1 Pohl, ‘Etappe’, pp. 470–80. See also Bundesarchiv Militärarchiv, Freiburg (henceforth "
            "BA-MA), RM 7/1100, Bürkner to OKM, 31 Dec. 1938.\n2 BA-MA, RM 7/2483, OKW to OKM, 11 Mar. 1941.\n")
    rows = build_tables([Document.from_text(text, doc_id="d")])["citations"]
    rows = rows[rows.kind == "archival"]
    assert rows[["fond", "unit"]].values.tolist() == [["RM 7", "1100"], ["RM 7", "2483"]]
