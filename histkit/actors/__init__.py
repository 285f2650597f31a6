"""Actors: an authority file of people and organisations, and their mentions in a layout."""

from . import variants
from .mentions import (COLUMNS, KINDS, MENTION_COLUMNS, ActorMatcher, actors_table, build_matcher, discover, find_mentions,
                       load_actors)

__all__ = [
    "COLUMNS",
    "KINDS",
    "MENTION_COLUMNS",
    "ActorMatcher",
    "actors_table",
    "build_matcher",
    "discover",
    "find_mentions",
    "load_actors",
    "variants",
]
