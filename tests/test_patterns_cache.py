"""`patterns.compiled`: a dear pattern's program kept in the user cache, read back as the same pattern."""

import hashlib
import json
import re

from histkit import patterns

_SOURCE = r"(?P<day>[0-3]?\d)\.\s*(?P<month>jula|juna|maja)\s+(?P<year>1\d{3})"


def _entries(folder):
    return sorted((folder / "patterns").glob("*.json"))


def test_a_pattern_read_back_from_the_cache_matches_as_re_compiles_it(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    patterns.compiled(_SOURCE, re.IGNORECASE)  # made and written
    again = patterns.compiled(_SOURCE, re.IGNORECASE)  # read back
    expected = re.compile(_SOURCE, re.IGNORECASE)
    assert len(_entries(tmp_path)) == 1
    assert (again.pattern, again.flags, again.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
    text = "od 30. JULA 1952 do 2. juna 1953"
    assert [m.groupdict() for m in again.finditer(text)] == [m.groupdict() for m in expected.finditer(text)]


def test_the_program_read_back_is_the_one_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    patterns.compiled(r"a+b", 0)
    entry = _entries(tmp_path)[0]
    header, body = entry.read_bytes().split(b"\n", 1)
    program = json.loads(body)
    program[1] = [0]  # a program the engine refuses; its digest fixed so that only the engine can tell
    changed = json.dumps(program, separators=(",", ":")).encode()
    fixed = json.loads(header)
    fixed["sha256"] = hashlib.sha256(changed).hexdigest()
    entry.write_bytes(json.dumps(fixed).encode() + b"\n" + changed)
    assert patterns.compiled(r"a+b", 0).fullmatch("aab")  # refused, so compiled again
    assert json.loads(entry.read_bytes().split(b"\n", 1)[1]) != program  # and written over


def test_other_flags_are_another_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    assert patterns.compiled("jula", re.IGNORECASE).match("JULA")
    assert patterns.compiled("jula", 0).match("JULA") is None
    assert len(_entries(tmp_path)) == 2


def test_without_a_cache_folder_the_pattern_is_compiled_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    monkeypatch.setenv("HISTKIT_NO_CACHE", "1")
    assert patterns.compiled("jula", re.IGNORECASE).match("Jula")
    assert not (tmp_path / "patterns").exists()


def test_where_re_s_private_halves_differ_the_pattern_is_compiled_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    monkeypatch.delattr(patterns._compiler, "_code")  # as in a Python whose `re` is built otherwise
    assert patterns.compiled("jula", re.IGNORECASE).match("Jula")


def test_the_date_list_patterns_are_kept_in_the_cache(tmp_path, monkeypatch):
    from histkit.dates import pattern

    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    for kept in (pattern.list_item_pattern, pattern.day_month_pattern):
        kept.cache_clear()
        made = kept()
        expected = re.compile(made.pattern, re.IGNORECASE)
        assert (made.pattern, made.flags, made.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
        kept.cache_clear()
    assert len(_entries(tmp_path)) == 2
