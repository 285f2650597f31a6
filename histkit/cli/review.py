"""`histkit review`: one document's review page, to see what histkit read before trusting its tables."""

from __future__ import annotations

import argparse


def register(commands) -> None:
    """Add `histkit review` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["review", "article.pdf", "--store", "tables/", "--out", "article.html"])
        >>> args.document, args.store, args.out
        ('article.pdf', 'tables/', 'article.html')
    """
    parser = commands.add_parser(
        "review",
        help="write one document's review page: its text as the layout read it, its notes and citations",
        description="Write one self-contained HTML page (no server, nothing loaded from elsewhere) showing what "
                    "histkit read of a document of a store: the problems met, the text block by block in its "
                    "zones (body, headings, running heads, notes) with note markers, actors and dates marked, and "
                    "each note with its citations highlighted and the fields each was read as (kind, archive, "
                    "fond, unit, date, Ibid. target). The store is read as it is, never updated.",
        epilog="Example: histkit review 001_4959ece7505da236 --store tables/ --out review.html\n"
               "Example: histkit review article.pdf --store tables/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("document", metavar="DOC", help="the document: its doc_id, its path or its file name")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (histkit tables CORPUS --out STORE)")
    parser.add_argument("--out", metavar="FILE", help="the .html file to write (default: DOC_ID.review.html here)")
    parser.set_defaults(func=_review)


def _review(args) -> int:
    from ..review import write_review

    path = write_review(args.store, args.document, args.out)
    print(f"wrote {path}; open it in a browser")
    return 0
