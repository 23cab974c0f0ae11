"""Ingestion: load (loaders) → clean (clean) → normalize (normalize) → Document (document)."""

from assistant.ingest.document import Document, read_document
from assistant.ingest.loaders import LoadError, is_supported

__all__ = ["Document", "LoadError", "is_supported", "read_document"]
