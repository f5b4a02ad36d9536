"""Passages in Chroma, written and queried through LlamaIndex's ChromaVectorStore.

One Chroma client per process and path: two clients with different settings on one path raise, so clients are
cached by location. Collections are created with ``embedding_function=None`` (Chroma's default would download a
model) and telemetry is off.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.types import (
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

from indexing.embeddings import Embedder
from indexing.passages import Passage

METADATA_KEYS = ("report_id", "issuer", "issuer_short", "year", "kind", "section", "table", "row")


@cache
def chroma_client(path: str | None = None, url: str | None = None) -> Any:
    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        from urllib.parse import urlparse

        parsed = urlparse(url)
        return chromadb.HttpClient(host=parsed.hostname or "127.0.0.1", port=parsed.port or 8000, settings=settings)
    assert path is not None
    Path(path).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=path, settings=settings)


class EmbeddingSpaceMismatch(RuntimeError):
    """The collection's vectors come from another embedding model than the one configured."""


class VectorStore:
    """``reembed=True`` opens a collection built with another model, for ``reset`` and re-embedding only."""

    def __init__(
        self, embedder: Embedder, collection: str, path: Path | None = None, url: str | None = None,
        *, reembed: bool = False,
    ) -> None:
        self.embedder = embedder
        self._client = chroma_client(str(path) if path else None, url)
        self._name = collection
        self.collection = self._client.get_or_create_collection(
            collection, embedding_function=None, metadata=self._metadata()
        )
        metadata = self.collection.metadata or {}
        # Collections written before spaces were recorded carry only the embedder's name.
        built_with = metadata.get("space") or metadata.get("embedder")
        if not reembed and built_with not in (embedder.space, embedder.name):
            raise EmbeddingSpaceMismatch(
                f"the vector store under {path or url} (collection {collection}) was built with "
                f"{metadata.get('embedder')}, whose vectors cannot be compared with {embedder.name}'s; run "
                "`reportqa index --reembed` to re-embed every stored passage with the configured model, or set "
                "REPORTQA_EMBEDDING_BACKEND / REPORTQA_EMBEDDING_MODEL back to the model that built it"
            )
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    def _metadata(self) -> dict:
        return {"hnsw:space": "cosine", "embedder": self.embedder.name, "space": self.embedder.space}

    def reset(self) -> None:
        """Drop every vector and record the configured model as the collection's builder."""
        self._client.delete_collection(self._name)
        self.collection = self._client.create_collection(
            self._name, embedding_function=None, metadata=self._metadata()
        )
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    def add(self, passages: list[Passage], vectors: list[list[float]]) -> None:
        """Add (or overwrite, same ids) passages with their vectors."""
        nodes = []
        for passage, vector in zip(passages, vectors, strict=True):
            metadata = {
                "report_id": passage.report_id,
                "issuer": passage.issuer,
                "issuer_short": passage.issuer_short,
                "year": passage.year,
                "kind": passage.kind,
                "section": passage.section,
                "table": passage.table or "",
                "row": passage.row or "",
            }
            node = TextNode(
                id_=passage.passage_id,
                text=passage.text,
                metadata=metadata,
                embedding=vector,
                excluded_embed_metadata_keys=list(METADATA_KEYS),
                excluded_llm_metadata_keys=list(METADATA_KEYS),
            )
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=passage.report_id)
            nodes.append(node)
        for start in range(0, len(nodes), 500):
            self.store.add(nodes[start : start + 500])

    def remove_report_except(self, report_id: str, keep: set[str]) -> None:
        """Drop a report's vectors of earlier versions, keeping the ids the table store now lists."""
        existing = self.collection.get(where={"report_id": report_id}, include=[])["ids"]
        stale = [pid for pid in existing if pid not in keep]
        if stale:
            self.store.delete_nodes(node_ids=stale)

    def delete_report(self, report_id: str) -> None:
        self.store.delete(ref_doc_id=report_id)

    def prune(self, wanted: set[str]) -> int:
        """Remove vectors the table store does not list (left by a run that was killed); returns how many."""
        existing = self.collection.get(include=[])["ids"]
        stale = [pid for pid in existing if pid not in wanted]
        for start in range(0, len(stale), 500):
            self.store.delete_nodes(node_ids=stale[start : start + 500])
        return len(stale)

    def count(self) -> int:
        return int(self.collection.count())

    def search(
        self, query: str, top_k: int = 10, report_ids: list[str] | None = None, kind: str | None = None
    ) -> list[tuple[str, float]]:
        """(passage_id, cosine similarity) pairs, best first."""
        filters: list[MetadataFilter] = []
        if report_ids:
            filters.append(MetadataFilter(key="report_id", value=report_ids, operator=FilterOperator.IN))
        if kind:
            filters.append(MetadataFilter(key="kind", value=kind))
        result = self.store.query(
            VectorStoreQuery(
                query_embedding=self.embedder.embed_query(query),
                similarity_top_k=top_k,
                filters=MetadataFilters(filters=filters) if filters else None,
            )
        )
        ids = result.ids or []
        sims = result.similarities or [0.0] * len(ids)
        return list(zip(ids, sims, strict=False))
