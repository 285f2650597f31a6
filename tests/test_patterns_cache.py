"""`patterns.compiled`: a pattern's program kept in the user cache's bank, read back by the next process as the same
pattern."""

import base64
import hashlib
import json
import re
from array import array

import pytest

from histkit import patterns

_SOURCE = r"(?P<day>[0-3]?\d)\.\s*(?P<month>jula|juna|maja)\s+(?P<year>1\d{3})"


@pytest.fixture(autouse=True)
def fresh_process(tmp_path, monkeypatch):
    """Each test a process of its own: no bank read yet, nothing made yet, the cache in ``tmp_path``."""
    monkeypatch.setenv("HISTKIT_CACHE", str(tmp_path))
    monkeypatch.setattr(patterns, "_BANKS", {})
    monkeypatch.setattr(patterns, "_MADE", {})


def _exit_and_start_again():
    """What the end of a process and the start of the next do to the module's state."""
    patterns.write_made()
    patterns._BANKS.clear()


def _banks(folder):
    return sorted((folder / "patterns").glob("*.json"))


def _programs(folder):
    (bank,) = _banks(folder)
    return json.loads(bank.read_bytes().split(b"\n", 1)[1])


def _never_made(monkeypatch):
    def refuse(source, flags):
        raise AssertionError(f"made again: {source}")

    monkeypatch.setattr(patterns, "_program", refuse)


def test_a_pattern_read_back_by_the_next_process_matches_as_re_compiles_it(tmp_path, monkeypatch):
    patterns.compiled(_SOURCE, re.IGNORECASE)  # made, written at exit
    _exit_and_start_again()
    _never_made(monkeypatch)
    again = patterns.compiled(_SOURCE, re.IGNORECASE)  # read back
    expected = re.compile(_SOURCE, re.IGNORECASE)
    assert (again.pattern, again.flags, again.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
    text = "od 30. JULA 1952 do 2. juna 1953"
    assert [m.groupdict() for m in again.finditer(text)] == [m.groupdict() for m in expected.finditer(text)]


def test_the_programs_of_a_process_are_kept_in_one_bank(tmp_path):
    for source in ("jula", "juna", "maja"):
        patterns.compiled(source)
    _exit_and_start_again()
    assert len(_banks(tmp_path)) == 1 and len(_programs(tmp_path)) == 3


def test_nothing_is_written_before_the_process_ends(tmp_path):
    patterns.compiled("jula")
    assert _banks(tmp_path) == []


def test_what_another_process_wrote_meanwhile_is_kept(tmp_path):
    patterns.compiled("jula")  # this process: read an empty bank, made jula
    other = patterns._MADE.pop(tmp_path)  # another process, which made juna, writes first
    patterns._MADE[tmp_path] = {patterns._key("juna", 0): patterns._program("juna", 0)}
    patterns.write_made()
    patterns._MADE[tmp_path] = other
    _exit_and_start_again()
    assert sorted(_programs(tmp_path)) == sorted([patterns._key("jula", 0), patterns._key("juna", 0)])


def test_a_program_the_engine_refuses_is_made_again_and_written_over(tmp_path, monkeypatch):
    patterns.compiled(r"a+b", 0)
    _exit_and_start_again()
    (bank,) = _banks(tmp_path)
    header, body = bank.read_bytes().split(b"\n", 1)
    programs = json.loads(body)
    key = patterns._key(r"a+b", 0)
    refused = base64.b64encode(array("I", [0]).tobytes()).decode("ascii")
    programs[key][1] = refused  # a program the engine refuses; its digest fixed so that only the engine can tell
    changed = json.dumps(programs, separators=(",", ":")).encode()
    fixed = json.loads(header)
    fixed["sha256"] = hashlib.sha256(changed).hexdigest()
    bank.write_bytes(json.dumps(fixed).encode() + b"\n" + changed)
    assert patterns.compiled(r"a+b", 0).fullmatch("aab")  # refused, so compiled again
    _exit_and_start_again()
    assert _programs(tmp_path)[key][1] != refused


def test_other_flags_are_another_program(tmp_path):
    assert patterns.compiled("jula", re.IGNORECASE).match("JULA")
    assert patterns.compiled("jula", 0).match("JULA") is None
    _exit_and_start_again()
    assert len(_programs(tmp_path)) == 2


def test_another_histkit_makes_and_keeps_its_own_bank(tmp_path, monkeypatch):
    patterns.compiled("jula")
    _exit_and_start_again()
    monkeypatch.setattr(patterns, "source_hash", lambda: "another histkit's code")
    patterns.compiled("jula")  # not in this histkit's bank: made again
    _exit_and_start_again()
    assert len(_banks(tmp_path)) == 2


def test_without_a_cache_folder_the_pattern_is_compiled_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTKIT_NO_CACHE", "1")
    assert patterns.compiled("jula", re.IGNORECASE).match("Jula")
    _exit_and_start_again()
    assert not (tmp_path / "patterns").exists()


def test_where_re_s_private_halves_differ_the_pattern_is_compiled_as_usual(tmp_path, monkeypatch):
    monkeypatch.delattr(patterns._compiler, "_code")  # as in a Python whose `re` is built otherwise
    assert patterns.compiled("jula", re.IGNORECASE).match("Jula")


def test_the_date_list_patterns_are_kept_in_the_cache(tmp_path, monkeypatch):
    from histkit.dates import pattern

    for kept in (pattern.list_item_pattern, pattern.day_month_pattern):
        kept.cache_clear()
        made = kept()
        expected = re.compile(made.pattern, re.IGNORECASE)
        assert (made.pattern, made.flags, made.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
        kept.cache_clear()
    _exit_and_start_again()
    keys = _programs(tmp_path)
    assert all(patterns._key(kept().pattern, re.IGNORECASE) in keys
               for kept in (pattern.list_item_pattern, pattern.day_month_pattern))
