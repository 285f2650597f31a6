"""`histkit export` on unusual input: letters of every script, an empty store, stores of other histkit versions."""

import json
import re

import bibtexparser
import pytest

from histkit.cli import main
from histkit.errors import HistkitError
from histkit.export import export_store
from histkit.store import update_store
from histkit.version import __version__

ARTICLE = ("Tito met Spaak in Belgrade.1 Later Đilas wrote.2\n\n"
           "1 Đorđe Stanković, Große Straße und Ćuprija, (Beograd: Prosveta, 1990); "
           "Милован Ђилас, Савремене теме, (Београд: Борба, 1950).\n"
           "2 AJ, 507, IX, 9/I-12, Zabeleška o razgovoru sa Đurićem, 12. 5. 1954.\n")
#: In every format (the Sources list gives first names as initials: "Stanković, Đ.").
LETTERS = ["Stanković", "Große Straße und Ćuprija", "Ђилас", "Савремене теме", "Đurićem"]


def _store(folder, text):
    (folder / "corpus").mkdir()
    (folder / "corpus" / "a.txt").write_text(text, encoding="utf-8")
    update_store(folder / "corpus", folder / "store", jobs=1)
    return folder / "store"


@pytest.fixture
def store(tmp_path):
    return _store(tmp_path, ARTICLE)


def test_croatian_serbian_cyrillic_and_german_letters_survive_every_format(store, tmp_path):
    outputs = {}
    for name, fmt in (("a.json", "csl-json"), ("a.bib", "bibtex"), ("a.md", "sources"), ("a.html", "sources")):
        export_store(store, fmt, tmp_path / name)
        outputs[name] = (tmp_path / name).read_text(encoding="utf-8")
    csl = json.dumps(json.loads(outputs["a.json"]), ensure_ascii=False)
    bib = " ".join(f.value for e in bibtexparser.parse_string(outputs["a.bib"]).entries for f in e.fields)
    for text in (csl, bib, outputs["a.md"], outputs["a.html"]):
        assert all(letters in text for letters in LETTERS)


def test_an_empty_store_gives_a_valid_empty_file_of_each_format_and_says_so(tmp_path, capsys):
    store = _store(tmp_path, "Tito met Spaak in Belgrade in 1954.\n")
    for name, fmt in (("a.json", "csl-json"), ("a.bib", "bibtex"), ("a.md", "sources"), ("a.html", "sources")):
        assert main(["export", str(store), "--format", fmt, "--out", str(tmp_path / name)]) == 0
        assert "has no literature references or archival citations" in capsys.readouterr().err
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == []
    assert (tmp_path / "a.bib").read_text(encoding="utf-8") == ""
    assert "No archival documents or literature" in (tmp_path / "a.md").read_text(encoding="utf-8")


def _rewrite_version(store, version):
    manifest = store / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(re.sub(r'"histkit_version": "[^"]*"', f'"histkit_version": "{version}"', text),
                        encoding="utf-8")


def test_a_store_of_a_newer_histkit_is_refused_with_a_clear_message(store, tmp_path, capsys):
    _rewrite_version(store, "99.0.0")
    assert main(["export", str(store), "--format", "csl-json", "--out", str(tmp_path / "a.json")]) == 2
    assert "written by histkit 99.0.0" in capsys.readouterr().err and not (tmp_path / "a.json").exists()


def test_a_store_of_an_older_histkit_is_exported_with_a_message_saying_so(store, tmp_path):
    _rewrite_version(store, "0.0.1")
    done = export_store(store, "bibtex", tmp_path / "a.bib")
    assert done.archival == 1 and any(f"histkit 0.0.1, this is histkit {__version__}" in m for m in done.messages)


def test_a_store_whose_tables_lack_a_column_the_export_needs_names_it(store, tmp_path):
    import pyarrow.parquet as pq

    from histkit.store.manifest import file_entry

    part = store / "references.parquet" / "part-000000.parquet"  # the store's one part of the table
    pq.write_table(pq.read_table(part).drop_columns(["publisher"]), part)
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    manifest["tables"]["references"]["files"]["references.parquet/part-000000.parquet"] = file_entry(part)
    (store / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(HistkitError, match="no column publisher; rebuild the store"):
        export_store(store, "csl-json", tmp_path / "a.json")


def test_a_folder_that_is_no_store_and_an_out_that_is_a_folder_are_refused(tmp_path, capsys):
    assert main(["export", str(tmp_path), "--format", "bibtex", "--out", str(tmp_path / "a.bib")]) == 2
    assert "is not a histkit store" in capsys.readouterr().err
    assert main(["export", str(tmp_path), "--format", "bibtex", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_the_command_says_what_it_wrote(store, tmp_path, capsys):
    assert main(["export", str(store), "--format", "csl-json", "--out", str(tmp_path / "a.json")]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path / 'a.json'}: 2 literature references, 1 archival documents\n"
