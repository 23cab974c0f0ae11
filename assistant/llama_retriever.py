"""The hybrid searcher behind llama-index's retriever interface, for llama-index query and chat
engines. Kept apart from assistant.retrieval so commands that never build an engine do not
import llama-index (about 1.7 s of start-up)."""

from __future__ import annotations

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle

from assistant.retrieval import HybridSearcher, SearchFilters


class HybridRetriever(BaseRetriever):
    """The searcher behind llama-index's retriever interface (for query/chat engines)."""

    def __init__(self, searcher: HybridSearcher, top_k: int | None = None, filters: SearchFilters | None = None):
        super().__init__()
        self.searcher = searcher
        self.top_k = top_k
        self.filters = filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        passages = self.searcher.search(query_bundle.query_str, self.top_k, self.filters)
        return [passage.to_node() for passage in passages]
