"""Every command of the CLI explains itself: help with an example, a version, a clean error."""

import argparse
from pathlib import Path

import pytest

from histkit.cli import build_parser, main


def _commands(parser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield prefix + (name,), sub
                yield from _commands(sub, prefix + (name,))


@pytest.mark.parametrize("path, parser", [((), build_parser()), *_commands(build_parser())],
                         ids=lambda v: " ".join(("histkit", *v)) if isinstance(v, tuple) else "")
def test_every_command_and_group_has_a_description_and_an_example(path, parser):
    assert parser.description, path
    assert "Example: histkit " in parser.format_help(), path


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: histkit" in capsys.readouterr().out


def test_a_histkit_error_becomes_one_line_and_exit_code_2(tmp_path, capsys):
    assert main(["tables", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file or folder" in err
    assert "Traceback" not in err


def test_ocr_without_ocrmypdf_or_tesseract_says_how_to_install_them(tmp_path, capsys, monkeypatch):
    from histkit.read import ocr

    monkeypatch.setattr(ocr, "_ocrmypdf", lambda: None)
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    assert main(["tables", str(tmp_path), "--out", str(tmp_path / "out"), "--ocr"]) == 2
    err = capsys.readouterr().err
    assert "ocrmypdf, which is not installed" in err and 'pip install "histkit[ocr]"' in err and "tesseract-ocr" in err
    assert not (tmp_path / "out").exists()


def test_ocr_gives_tesseract_the_languages_the_user_names(monkeypatch):
    import subprocess

    from histkit.read import ocr

    asked = []
    monkeypatch.setattr(ocr, "ocr_missing", lambda: None)
    monkeypatch.setattr(ocr, "_ocrmypdf", lambda: ["ocrmypdf"])
    monkeypatch.setattr(subprocess, "run", lambda argv, **_: asked.append(argv) or subprocess.CompletedProcess(argv, 1, "", "no"))
    for languages in ("deu+lat", None):
        try:
            ocr.with_text_layer(Path("scan.pdf"), b"%PDF-", languages)
        except Exception as err:  # (the stand-in ocrmypdf fails: the message names what was asked)
            assert ("deu+lat" in str(err)) == bool(languages)
    assert asked[0][-4:-2] == ["-l", "deu+lat"] and "-l" not in asked[1]


def test_the_ocr_option_takes_languages_or_none():
    parse = build_parser().parse_args
    assert parse(["tables", "x", "--out", "o", "--ocr", "ita+lat"]).ocr == "ita+lat"
    assert parse(["tables", "x", "--out", "o", "--ocr"]).ocr is True
    assert parse(["tables", "x", "--out", "o"]).ocr is False
