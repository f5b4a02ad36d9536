"""The three stores the indexing job writes and the service reads, opened together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from indexing.embeddings import Embedder
from indexing.passages import EMBEDDED_KINDS
from indexing.stores.bm25_store import BM25Store
from indexing.stores.table_store import ConversationPolicy, TableStore
from indexing.stores.vector_store import VectorStore


@dataclass
class Stores:
    tables: TableStore
    vectors: VectorStore
    bm25: BM25Store
    embedder: Embedder
    data_dir: Path
    embedded_kinds: frozenset[str] = EMBEDDED_KINDS


def open_stores(
    *,
    database_url: str,
    data_dir: Path,
    embedder: Embedder,
    collection: str,
    chroma_url: str | None = None,
    conversations: ConversationPolicy | None = None,
    reembed: bool = False,
    embedded_kinds: frozenset[str] = EMBEDDED_KINDS,
) -> Stores:
    data_dir.mkdir(parents=True, exist_ok=True)
    return Stores(
        tables=TableStore(database_url, conversations),
        vectors=VectorStore(
            embedder, collection, path=None if chroma_url else data_dir / "chroma", url=chroma_url, reembed=reembed
        ),
        bm25=BM25Store(data_dir / "bm25"),
        embedder=embedder,
        data_dir=data_dir,
        embedded_kinds=embedded_kinds,
    )
