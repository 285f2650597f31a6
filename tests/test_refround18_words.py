"""Reference round 18's words (``histkit/data/citations``): the Ibid., op. cit., lead, role, volume, issue and page
words of Khmer, Kurmanji Kurdish, Pashto and Sinhala, and Turkish `agm`, read on made-up notes."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


@pytest.mark.parametrize("book, ibid", [
    ("សុខ ដារា, ភូមិនិងស្រែ (ភ្នំពេញ៖ បណ្ណាគារថ្មី, ១៩៩៨), ទំ. ១០។", "ដដែល, ទំ. ១២។"),
    ("Azad Botan, Gundê me, Amed: Weşanxane, 2001, r. 10.", "Heman der, r. 12."),
    ("احمد ولي، د کلي ژوند، کابل: دولتي مطبعه، ۱۳۵۰ ل.، مخ ۱۰.", "هماغه ځای، مخ ۱۲."),
    ("ඒ. බී. පෙරේරා, ගමේ ජීවිතය, කොළඹ: ප්‍රකාශකයෝ, 1990, පි. 10.", "එම, පි. 12."),
])
def test_the_listed_ibid_repeats_the_work_before(book, ibid):
    assert _references(book, ibid).ref_of.tolist() == ["", "1:1"]


@pytest.mark.parametrize("book, cited", [
    ("សុខ ដារា, ភូមិនិងស្រែ (ភ្នំពេញ៖ បណ្ណាគារថ្មី, ១៩៩៨), ទំ. ១០។", "សុខ ដារា, ស្នាដៃដែលបានលើកឡើង, ទំ. ១២។"),
    ("Azad Botan, Gundê me, Amed: Weşanxane, 2001, r. 10.", "Botan, berhema navborî, r. 12."),
    ("احمد ولي، د کلي ژوند، کابل: دولتي مطبعه، ۱۳۵۰ ل.، مخ ۱۰.", "ولي، پورتنی اثر، مخ ۱۲."),
    ("ඒ. බී. පෙරේරා, ගමේ ජීවිතය, කොළඹ: ප්‍රකාශකයෝ, 1990, පි. 10.", "පෙරේරා, පෙර සඳහන් කෘතිය, පි. 12."),
])
def test_the_listed_op_cit_repeats_the_authors_work(book, cited):
    found = _references(book, "Some prose between them.", cited)
    assert found.ref_of.tolist()[-1] == "1:1"


@pytest.mark.parametrize("note, author", [
    ("សូមមើល៖ សុខ ដារា, ភូមិនិងស្រែ (ភ្នំពេញ៖ បណ្ណាគារថ្មី, ១៩៩៨), ទំ. ១០។", "សុខ ដារា"),
    ("Bnr. Azad Botan, Gundê me, Amed: Weşanxane, 2001, r. 10.", "Azad Botan"),
    ("බලන්න: ඒ. බී. පෙරේරා, ගමේ ජීවිතය, කොළඹ: ප්‍රකාශකයෝ, 1990, පි. 10.", "ඒ. බී. පෙරේරා"),
])
def test_the_listed_lead_word_is_no_part_of_the_authors(note, author):
    assert _references(note).authors.tolist() == [author]


def test_a_pashto_chapter_after_its_in_word_has_the_book_as_container():
    # (made up: a chapter in a book with two editors, `په:` "in", `سمونوال` "editors")
    found = _references("احمد ولي، ”د کلي ژوند“، په: محمد نور او علي شاه (سمونوال)، د کرنې تاریخ، کابل: دولتي مطبعه، "
                        "۱۳۵۰ ل.، مخ ۱۰–۲۰.")
    assert found[["title", "year"]].values.tolist() == [["د کلي ژوند", "1350"]]
    assert found.container.iloc[0].endswith("د کرنې تاریخ")


def test_a_turkish_agm_repeats_the_authors_article():
    found = _references("Ali Kaya, “Köy hayatı”, Tarih Dergisi, c. 3, sy. 2 (1990), s. 10-20.", "Kaya, agm, s. 12.")
    assert found.ref_of.tolist() == ["", "1:1"]
