"""Passages in Chroma, written and queried through LlamaIndex's ChromaVectorStore.

One Chroma client per process and path: two clients with different settings on one path raise, so clients are
cached by location. An embedded client keeps its index in memory and does not see what another process (a CLI
indexer) wrote since it opened: readers reopen it when the table store's generation changes (``reopen``).
Collections are created with ``embedding_function=None`` (Chroma's default would download a model) and telemetry is
off.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import BaseNode, NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.types import (
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

from indexing.embeddings import Embedder
from indexing.passages import Passage

MAX_QUERY_CHARS = 256  # what a question's embedding reads: the model sees 512 tokens, a question needs far fewer
METADATA_KEYS = ("report_id", "issuer", "issuer_short", "year", "kind", "section", "table", "row")


_clients: dict[tuple[str | None, str | None], Any] = {}
_clients_lock = threading.RLock()  # also held around each use of a client, so a reopen never closes one in use


def chroma_client(path: str | None = None, url: str | None = None, fresh: bool = False) -> Any:
    """The process's client for a location; ``fresh`` closes an embedded one and opens it again from disk."""
    key = (path, url)
    with _clients_lock:
        if fresh and path and key in _clients:
            _clients.pop(key).close()
        if key not in _clients:
            _clients[key] = _open_client(path, url)
        return _clients[key]


def _open_client(path: str | None, url: str | None) -> Any:
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
        self,
        embedder: Embedder,
        collection: str,
        path: Path | None = None,
        url: str | None = None,
        *,
        reembed: bool = False,
    ) -> None:
        self.embedder = embedder
        self.location = (str(path) if path else None, url)
        self._name = collection
        self._reembed = reembed
        self._open(fresh=False)

    def reopen(self) -> None:
        """Read what other processes wrote since this client opened (embedded stores only; a server is shared)."""
        if self.location[0]:
            with _clients_lock:
                self._open(fresh=self._client is chroma_client(*self.location))

    def _open(self, fresh: bool) -> None:
        client = chroma_client(*self.location, fresh=fresh)
        self._client = client
        embedder, path, url, collection = self.embedder, *self.location, self._name
        self.collection = client.get_or_create_collection(
            collection, embedding_function=None, metadata=self._metadata()
        )
        metadata = self.collection.metadata or {}
        # Collections written before spaces were recorded carry only the embedder's name.
        built_with = metadata.get("space") or metadata.get("embedder")
        if not self._reembed and built_with not in (embedder.space, embedder.name):
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
        self.collection = self._client.create_collection(self._name, embedding_function=None, metadata=self._metadata())
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    def add(self, passages: list[Passage], vectors: list[list[float]]) -> None:
        """Add (or overwrite, same ids) passages with their vectors."""
        nodes: list[BaseNode] = []
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
            with _clients_lock:
                self._current().add(nodes[start : start + 500])

    def remove_report_except(self, report_id: str, keep: set[str]) -> None:
        """Drop a report's vectors of earlier versions, keeping the ids the table store now lists."""
        with _clients_lock:
            store = self._current()
            existing = self.collection.get(where={"report_id": report_id}, include=[])["ids"]
            stale = [pid for pid in existing if pid not in keep]
            if stale:
                store.delete_nodes(node_ids=stale)

    def delete_report(self, report_id: str) -> None:
        with _clients_lock:
            self._current().delete(ref_doc_id=report_id)

    def _current(self) -> ChromaVectorStore:
        """This store's client, reopened first if another VectorStore of this process reopened the location."""
        if self._client is not chroma_client(*self.location):
            self._open(fresh=False)
        return self.store

    def prune(self, wanted: set[str]) -> int:
        """Remove vectors the table store does not list (left by a run that was killed); returns how many."""
        with _clients_lock:
            store = self._current()
            existing = self.collection.get(include=[])["ids"]
            stale = [pid for pid in existing if pid not in wanted]
            for start in range(0, len(stale), 500):
                store.delete_nodes(node_ids=stale[start : start + 500])
        return len(stale)

    def count(self) -> int:
        with _clients_lock:
            self._current()
            return int(self.collection.count())

    def search(
        self, query: str, top_k: int = 10, report_ids: list[str] | None = None, kind: str | None = None
    ) -> list[tuple[str, float]]:
        """(passage_id, cosine similarity) pairs, best first."""
        filters: list[MetadataFilter | MetadataFilters] = []
        if report_ids:
            filters.append(MetadataFilter(key="report_id", value=report_ids, operator=FilterOperator.IN))
        if kind:
            filters.append(MetadataFilter(key="kind", value=kind))
        request = VectorStoreQuery(
            query_embedding=self.embedder.embed_query(query[:MAX_QUERY_CHARS]),
            similarity_top_k=top_k,
            filters=MetadataFilters(filters=filters) if filters else None,
        )
        try:
            with _clients_lock:
                result = self._current().query(request)
        except Exception:  # noqa: BLE001 - chromadb raises its own kinds; the index may be behind another writer
            self.reopen()
            with _clients_lock:
                result = self._current().query(request)
        ids = result.ids or []
        sims = result.similarities or [0.0] * len(ids)
        return list(zip(ids, sims, strict=False))
