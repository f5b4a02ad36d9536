"""Build the stores and the embedder from settings, once per process."""

from __future__ import annotations

from indexing.embeddings import make_embedder
from indexing.stores import Stores, open_stores
from service.settings import Settings


def build_stores(settings: Settings) -> Stores:
    embedder = make_embedder(settings.embedding_backend, settings.embedding_model)
    return open_stores(
        database_url=settings.resolved_database_url,
        data_dir=settings.data_dir,
        embedder=embedder,
        collection=settings.collection,
        chroma_url=settings.chroma_url,
    )
