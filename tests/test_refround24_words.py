"""Reference round 24's words: Turkish `bk.` (see) and `haz.` (prepared by) after a title, and `pp` without a full
stop, as Irish Historical Studies prints it.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_turkish_bk_is_a_lead_word():
    ref = _references("Esnaf hakkında bk. Kemal Yıldız, Konya Esnafı, İstanbul 2001, s. 12.")
    assert ref[["authors", "title"]].values.tolist() == [["Kemal Yıldız", "Konya Esnafı"]]


def test_turkish_haz_after_a_title_names_its_editor_not_the_title():
    ref = _references("Kitab-ı Seyahat, haz. Orhan Kaya, Ankara: Türk Tarih Kurumu, 2011, s. 30.")
    assert ref.title.tolist() == ["Kitab-ı Seyahat"]


def test_pp_without_a_full_stop_after_ibid_repeats_the_work():
    refs = _references("Una Kerrigan, The famine in Sligo (Dublin, 1990), pp 3–9.", "Ibid., pp 12–14.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_quoted_in_is_a_lead_in_not_the_authors_name():
    refs = _references("Una Kerrigan, The famine in Sligo (Dublin, 1990), pp 3–9.",
                       "Quoted in Kerrigan, Famine in Sligo, p. 40.")
    assert refs.authors.tolist()[1] == "Kerrigan"
