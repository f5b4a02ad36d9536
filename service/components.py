"""Build the stores and the embedder from settings, once per process."""

from __future__ import annotations

from indexing.embeddings import Embedder, make_embedder
from indexing.stores import Stores, open_stores
from service.settings import Settings


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(
        settings.embedding_backend,
        settings.embedding_model,
        data_dir=settings.data_dir,
        device=settings.embedding_device,
        runtime=settings.embedding_runtime,
    )


def build_stores(settings: Settings, *, reembed: bool = False) -> Stores:
    """``reembed``: open a vector store built with another embedding space, to rebuild it (`index --reembed`)."""
    embedder = build_embedder(settings)
    return open_stores(
        database_url=settings.resolved_database_url,
        data_dir=settings.data_dir,
        embedder=embedder,
        collection=settings.collection,
        chroma_url=settings.chroma_url,
        reembed=reembed,
    )
