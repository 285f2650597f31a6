"""Reference round 19's words (``histkit/data/citations``): the Ibid., op. cit. and lead words of Uyghur, Yoruba,
Kyrgyz, Lao and Gujarati, read on made-up notes."""

import pandas as pd
import pytest

from histkit.citations import extract_citations

_UG = "ئەخمەت مەمەت: «يېزا تارىخى»، قەشقەر: قەشقەر نەشرىياتى، 1985-يىل، 10-بەت."
_YO = "Ọ̀jọ́ Adéṣọlá, Ìtàn Ìlú Ẹ̀kọ́ (Èkó: Press, 2004), o.i. 10."
_KY = "Токтогулов Б. Айыл тарыхы. – Ош: Басма, 2004. – Б. 10."
_LO = "ສົມສັກ ໄຊຍະສານ, ປະຫວັດບ້ານ (ວຽງຈັນ: ໂຮງພິມ, 2004), ໜ້າ 10."
_GU = "મનોજ પરીખ, ગામનો ઇતિહાસ, સુરત: પ્રકાશન, ૨૦૦૪, પૃ. ૧૦."


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


@pytest.mark.parametrize("book, ibid", [
    (_UG, "شۇ يەردە، 12-بەت."), (_YO, "Ibẹ̀ kan náà, o.i. 12."), (_KY, "Ошол эле жерде. – Б. 12."),
    (_LO, "ເລື່ອງດຽວກັນ, ໜ້າ 12."), (_GU, "એજન, પૃ. ૧૨."),
])
def test_the_listed_ibid_repeats_the_work_before(book, ibid):
    assert _references(book, ibid).ref_of.tolist() == ["", "1:1"]


@pytest.mark.parametrize("book, cited", [
    (_UG, "مەمەت، يۇقىرىدا تىلغا ئېلىنغان ئەسەر، 12-بەت."), (_YO, "Adéṣọlá, iṣẹ́ tí a tọ́ka sí, o.i. 12."),
    (_KY, "Токтогулов Б. Көрсөтүлгөн эмгек. – Б. 12."), (_LO, "ສົມສັກ ໄຊຍະສານ, ອ້າງແລ້ວ, ໜ້າ 12."),
    (_GU, "પરીખ, પૂર્વોક્ત, પૃ. ૧૨."),
])
def test_the_listed_op_cit_repeats_the_authors_work(book, cited):
    found = _references(book, "Some prose between them.", cited)
    assert found.ref_of.tolist()[-1] == "1:1"


@pytest.mark.parametrize("note, author", [
    (f"قاراڭ: {_UG}", "ئەخمەت مەمەت"), (f"Wo {_YO}", "Ọ̀jọ́ Adéṣọlá"), (f"ເບິ່ງ: {_LO}", "ສົມສັກ ໄຊຍະສານ"),
    (f"જુઓ: {_GU}", "મનોજ પરીખ"),
])
def test_the_listed_lead_word_is_no_part_of_the_authors(note, author):
    assert _references(note).authors.tolist() == [author]
