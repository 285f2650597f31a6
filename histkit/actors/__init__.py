"""Actors: an authority file of people and organisations, and their mentions in a layout."""

from . import variants
from .authority import COLUMNS, KINDS, actors_table, load_actors
from .discovery import discover
from .draft import DRAFT_COLUMNS, draft_actors, draft_authority
from .mentions import MENTION_COLUMNS, ActorMatcher, build_matcher, find_mentions
from .notice import authority_notice

__all__ = [
    "COLUMNS",
    "DRAFT_COLUMNS",
    "KINDS",
    "MENTION_COLUMNS",
    "ActorMatcher",
    "actors_table",
    "authority_notice",
    "build_matcher",
    "discover",
    "draft_actors",
    "draft_authority",
    "find_mentions",
    "load_actors",
    "variants",
]
