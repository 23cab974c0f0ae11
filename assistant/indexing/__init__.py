"""Making the index mirror the documents: plan, prepare, write, repair, backfill (see index.py)."""

from assistant.indexing.index import Index
from assistant.indexing.report import IndexReport

__all__ = ["Index", "IndexReport"]
