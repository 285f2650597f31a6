"""The `histkit` command: thin wrappers over the public functions."""

from .commands import build_parser, main

__all__ = ["build_parser", "main"]
