"""Citations: the notes of a corpus to archival citations and literature references."""

from .archives import Archive, ArchiveMatcher, load_archives
from .extract import CITATION_COLUMNS, CitationTables, extract_citations
from .references import REFERENCE_COLUMNS, parse_reference
from .splitter import Segment, split_citations

__all__ = [
    "Archive",
    "ArchiveMatcher",
    "CITATION_COLUMNS",
    "CitationTables",
    "REFERENCE_COLUMNS",
    "Segment",
    "extract_citations",
    "load_archives",
    "parse_reference",
    "split_citations",
]
