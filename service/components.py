"""Build the stores and the embedder from settings, once per process."""

from __future__ import annotations

from datetime import timedelta

from indexing.embeddings import Embedder, make_embedder
from indexing.readers import ReadLimits
from indexing.stores import Stores, open_stores
from indexing.stores.table_store import ConversationPolicy
from service.settings import Settings


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(
        settings.embedding_backend,
        settings.embedding_model,
        data_dir=settings.data_dir,
        device=settings.embedding_device,
        runtime=settings.embedding_runtime,
        threads=settings.embedding_threads,
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
        conversations=conversation_policy(settings),
        reembed=reembed,
    )


def conversation_policy(settings: Settings) -> ConversationPolicy:
    return ConversationPolicy(
        ttl=timedelta(seconds=settings.conversation_ttl),
        first_turn_ttl=timedelta(seconds=settings.conversation_first_turn_ttl),
        max_rows=settings.max_conversations,
    )


def read_limits(settings: Settings) -> ReadLimits:
    return ReadLimits(
        max_bytes=settings.max_upload_bytes,
        max_unzipped_bytes=settings.max_docx_unzipped_bytes,
        max_pdf_pages=settings.max_pdf_pages,
        max_chars=settings.max_text_chars,
        max_line_chars=settings.max_line_chars,
    )
