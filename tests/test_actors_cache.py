"""The actor matcher's variant table kept in a cache folder: read back for the same authority, made again otherwise."""

import hashlib
import json

import pytest
from conftest import authority

from histkit import Document, cache
from histkit.actors import build_matcher, find_mentions, load_actors, mentions
from histkit.layout import Block, Layout

HEADER = "actor_id,name,kind,aliases,birth,death,wikidata,note\n"
RANKOVIC = authority(("rankovic", "Aleksandar Ranković", "person", ""), ("sks", "Savez komunista Srbije", "party", "SKS"))


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path, monkeypatch):
    """Every test here keeps its cache under tmp_path, never in the real home folder."""
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path / "default-cache"))
    monkeypatch.delenv("HISTKIT_NO_CACHE", raising=False)


@pytest.fixture
def builds(monkeypatch):
    """How many times the variant table was made (not read back from the cache)."""
    made = []
    real = mentions.variant_table

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(mentions, "variant_table", counting)
    return made


def entry_files(folder):
    return sorted((folder / "actor-matcher").glob("*.json"))


def mentions_of(text, matcher):
    doc = Document.from_text(text, doc_id="d")
    rows = find_mentions(Layout(doc, [Block("b1", "body", 0, len(text), text, text)], []), matcher)
    return rows.to_dict("records")


def test_a_second_build_with_the_same_authority_reads_the_variants_from_the_cache(tmp_path, builds):
    first = build_matcher(RANKOVIC, cache=tmp_path)
    second = build_matcher(RANKOVIC.copy(), cache=tmp_path)
    assert len(builds) == 1 and len(entry_files(tmp_path)) == 1
    assert second.entries == first.entries and second.persons == first.persons


def test_the_cached_matcher_finds_the_same_mentions_as_one_made_without_a_cache(tmp_path):
    text = "Rankovića je SKS-u predao Aleksandar Ranković; RANKOVIĆ i Savez komunista Srbije.\n"
    build_matcher(RANKOVIC, cache=tmp_path)
    cached = build_matcher(RANKOVIC, cache=tmp_path)
    found = mentions_of(text, cached)
    assert found == mentions_of(text, build_matcher(RANKOVIC, cache=False))
    assert [r["surface"] for r in found] == ["Rankovića", "SKS-u", "Aleksandar Ranković", "RANKOVIĆ",
                                             "Savez komunista Srbije"]


def test_a_changed_authority_file_makes_the_variants_again(tmp_path, builds):
    path = tmp_path / "actors.csv"
    path.write_text(HEADER + "pauker,Ana Pauker,person,,,,,\n", encoding="utf-8")
    build_matcher(path, cache=tmp_path)
    build_matcher(path, cache=tmp_path)
    path.write_text(HEADER + "pauker,Ana Pauker,person,Ana Rabinsohn,,,,\n", encoding="utf-8")
    changed = build_matcher(path, cache=tmp_path)
    assert len(builds) == 2 and len(entry_files(tmp_path)) == 2
    assert "Ana Rabinsohn" in {surface for surface, _ in changed.entries}


def test_possessive_adjectives_on_and_off_are_cached_apart(tmp_path, builds):
    build_matcher(RANKOVIC, possessive_adjectives=True, cache=tmp_path)
    without = build_matcher(RANKOVIC, possessive_adjectives=False, cache=tmp_path)
    assert len(builds) == 2 and "Rankovićev" not in {surface for surface, _ in without.entries}


def test_another_histkit_code_makes_the_variants_again(tmp_path, builds, monkeypatch):
    build_matcher(RANKOVIC, cache=tmp_path)
    monkeypatch.setattr(cache, "source_hash", lambda: "0" * 64)
    build_matcher(RANKOVIC, cache=tmp_path)
    assert len(builds) == 2


def _half(data: bytes) -> bytes:
    return data[:len(data) // 2]


def _same_digest_wrong_table(data: bytes) -> bytes:
    header = json.loads(data.split(b"\n", 1)[0])
    body = json.dumps({"surfaces": ["X"], "owners": [[[1, 2, 3]]], "index": [0]}).encode()
    header["sha256"] = hashlib.sha256(body).hexdigest()
    return json.dumps(header).encode() + b"\n" + body


@pytest.mark.parametrize("damage", [
    lambda data: b"", _half, lambda data: b"\x00\xff garbage", lambda data: data.replace(b'"name"', b'"nome"'),
    _same_digest_wrong_table,
], ids=["empty", "cut in half", "not JSON", "body changed under its digest", "a table of the wrong types"])
def test_a_damaged_cache_entry_is_made_again_and_written_over(tmp_path, builds, damage):
    right = build_matcher(RANKOVIC, cache=tmp_path)
    [entry] = entry_files(tmp_path)
    entry.write_bytes(damage(entry.read_bytes()))
    again = build_matcher(RANKOVIC, cache=tmp_path)
    build_matcher(RANKOVIC, cache=tmp_path)
    assert len(builds) == 2 and again.entries == right.entries


def test_a_cache_folder_that_cannot_be_written_still_gives_the_matcher(tmp_path, builds):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    matcher = build_matcher(RANKOVIC, cache=blocked)
    assert len(builds) == 1 and matcher.entries == build_matcher(RANKOVIC, cache=False).entries


def test_an_entry_is_moved_into_place_whole_and_no_temporary_file_is_left(tmp_path):
    build_matcher(RANKOVIC, cache=tmp_path)
    files = sorted(p.name for p in (tmp_path / "actor-matcher").iterdir())
    assert len(files) == 1 and files[0].endswith(".json") and not files[0].startswith(".")


def test_without_a_cache_the_variants_are_made_every_time(builds, monkeypatch):
    build_matcher(RANKOVIC, cache=False)
    build_matcher(RANKOVIC, cache=False)
    monkeypatch.setenv("HISTKIT_NO_CACHE", "1")
    build_matcher(RANKOVIC)
    build_matcher(RANKOVIC)
    assert len(builds) == 4


def test_the_default_cache_is_histkit_cache_then_xdg_cache_home_then_the_home_folder(tmp_path, monkeypatch):
    assert cache.cache_folder() == tmp_path / "default-cache"
    monkeypatch.delenv("HISTKIT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_folder() == tmp_path / "xdg" / "histkit"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_folder() == tmp_path / "home" / ".cache" / "histkit"
    monkeypatch.setenv("HISTKIT_NO_CACHE", "1")
    assert cache.cache_folder() is None


def test_the_default_cache_is_used_when_no_folder_is_given(tmp_path, builds):
    build_matcher(RANKOVIC)
    build_matcher(RANKOVIC)
    assert len(builds) == 1 and len(entry_files(tmp_path / "default-cache")) == 1


def test_only_the_most_recently_used_entries_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    for k in range(4):
        cache.remembered("squares", f"k{k}", list, tmp_path)
    assert sorted(p.stem for p in (tmp_path / "squares").glob("*.json")) == ["k2", "k3"]


def test_the_shipped_authority_is_cached_like_any_other(tmp_path, builds):
    actors = load_actors()
    first = build_matcher(actors, cache=tmp_path)
    assert build_matcher(actors, cache=tmp_path).entries == first.entries and len(builds) == 1
