"""load_corpus: every encoding we promise, and a clear error for every bad input."""

import pytest

from histkit import CorpusError, load_corpus, read_document

CROATIAN = "Đilas je u Zagrebu razgovarao s Čolakovićem o šećeru i žitu.\nKraj.\n"
SERBIAN_CYRILLIC = "Ђилас и Милетић: Љубљана, Њујорк, Џон, Ћуприја — крај.\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (CROATIAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + CROATIAN.encode("utf-8"), "utf-8-sig"),
        (CROATIAN.encode("utf-16"), "utf-16"),
        (CROATIAN.encode("utf-16-le"), "utf-16-le"),
        (CROATIAN.encode("cp1250"), "cp1250"),
    ],
)
def test_latin_text_is_decoded_and_its_encoding_recorded(tmp_path, data, encoding):
    doc = read_document(write(tmp_path, "a.txt", data))
    assert doc.text == CROATIAN
    assert doc.encoding == encoding


def test_serbian_cyrillic_in_windows_1251_is_told_from_windows_1250(tmp_path):
    doc = read_document(write(tmp_path, "c.txt", SERBIAN_CYRILLIC.encode("cp1251")))
    assert doc.text == SERBIAN_CYRILLIC
    assert doc.encoding == "cp1251"


def test_windows_line_endings_are_normalised_and_no_character_is_dropped(tmp_path):
    doc = read_document(write(tmp_path, "w.txt", "one\r\ntwo\rthree\n\n  four ".encode("utf-8")))
    assert doc.text == "one\ntwo\nthree\n\n  four "


def test_doc_id_is_the_file_stem_and_sha256_is_of_the_bytes(tmp_path):
    import hashlib

    data = "x\n".encode()
    doc = read_document(write(tmp_path, "my_article.txt", data))
    assert doc.doc_id == "my_article"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_missing_path_is_an_error_naming_it(tmp_path):
    corpus = load_corpus(tmp_path / "nowhere.txt")
    assert len(corpus) == 0
    assert "nowhere.txt: no such file or folder" in str(corpus.errors[0])


@pytest.mark.parametrize("data, words", [(b"", "is empty"), (b"  \n\n\t", "only white space")])
def test_empty_file_is_an_error_naming_it(tmp_path, data, words):
    corpus = load_corpus(write(tmp_path, "empty.txt", data))
    assert words in str(corpus.errors[0]) and "empty.txt" in str(corpus.errors[0])


@pytest.mark.parametrize(
    "data, words",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "damaged or truncated PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive with no Word (.docx) or OpenDocument (.odt) text inside"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07\xff\xfe\x00", "looks binary"),
    ],
)
def test_binary_file_says_what_it_looks_like_and_what_to_do(tmp_path, data, words):
    corpus = load_corpus(write(tmp_path, "scan.txt", data))
    assert words in str(corpus.errors[0])
    assert "scan.txt" in str(corpus.errors[0])


def test_undecodable_bytes_are_an_error_that_suggests_converting(tmp_path):
    # 0x98 is undefined in Windows-1250 and Windows-1251, and invalid UTF-8.
    corpus = load_corpus(write(tmp_path, "bad.txt", b"Tekst \x98\x81 kraj\n"))
    message = str(corpus.errors[0])
    assert "bad.txt" in message and "is not UTF-8" in message and "iconv" in message


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "a.txt", b"first\n")
    write(tmp_path, "b.txt", b"")
    write(tmp_path, "c.txt", b"third\n")
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["a", "c"]
    assert len(corpus.errors) == 1 and "b.txt" in str(corpus.errors[0])


def test_strict_raises_on_the_first_bad_file(tmp_path):
    write(tmp_path, "a.txt", b"")
    with pytest.raises(CorpusError, match="a.txt: is empty"):
        load_corpus(tmp_path, strict=True)


def test_folder_with_no_text_files_is_an_error(tmp_path):
    write(tmp_path, "picture.png", b"\x89PNG")
    corpus = load_corpus(tmp_path)
    assert "holds no files histkit reads" in str(corpus.errors[0])


def test_a_list_of_files_and_folders_is_read_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.txt", b"b\n")
    one = write(tmp_path, "a.txt", b"a\n")
    corpus = load_corpus([one, tmp_path / "sub"])
    assert [d.doc_id for d in corpus] == ["a", "b"]


def test_two_files_with_the_same_stem_are_an_error_not_an_overwrite(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    corpus = load_corpus([write(tmp_path / "x", "art.txt", b"1\n"), write(tmp_path / "y", "art.md", b"2\n")])
    assert len(corpus) == 1 and "a second document with the id 'art'" in str(corpus.errors[0])


def test_corpus_csv_gives_each_document_its_metadata(tmp_path):
    write(tmp_path, "a.txt", b"text\n")
    write(tmp_path, "corpus.csv", "doc_id,title,author,year\na,Ein Titel,Anna Müller,1999\n".encode())
    doc = load_corpus(tmp_path)["a"]
    assert doc.meta == {"title": "Ein Titel", "author": "Anna Müller", "year": "1999"}


def test_bundled_corpus_loads_both_seed_articles_unchanged():
    from pathlib import Path

    corpus = load_corpus(Path(__file__).parent.parent / "data" / "corpus")
    assert len(corpus) == 2 and corpus.errors == []
    for doc in corpus:
        assert doc.text.encode("utf-8") == Path(doc.path).read_bytes()


def test_control_bytes_that_happen_to_be_valid_utf8_are_still_binary(tmp_path):
    corpus = load_corpus(write(tmp_path, "blob.txt", b"\x00\x01binary data\x02\x03"))
    assert len(corpus) == 0 and "looks binary" in str(corpus.errors[0])


def test_a_form_feed_between_pages_is_text_not_binary(tmp_path):
    doc = read_document(write(tmp_path, "pages.txt", b"page one\n\x0cpage two\n"))
    assert doc.text == "page one\n\x0cpage two\n"
