"""Hybrid passage retrieval: jieba BM25 and dense vectors, fused, filtered by report."""

from __future__ import annotations

from dataclasses import dataclass

from indexing.national_format import QUERY_SYNONYMS
from indexing.stores import Stores

RRF_K = 60


def expand_query(query: str) -> str:
    """Add the report's own words for the citizen's words (费用 → 收费) so BM25 can match them."""
    extra = [report_word for word, report_word in QUERY_SYNONYMS.items() if word in query and report_word not in query]
    return query + " " + " ".join(extra) if extra else query  # the usual constant: ranks matter, raw scores of the two retrievers are not comparable


@dataclass
class Hit:
    passage: dict
    score: float


class Retriever:
    def __init__(self, stores: Stores) -> None:
        self.stores = stores
        self._passages: dict[str, dict] = {}
        self._generation: tuple | None = None

    def refresh(self, generation: tuple) -> None:
        """Reload passage texts when the table store changed (new or re-indexed reports)."""
        if generation != self._generation:
            self._passages = {p["passage_id"]: p for p in self.stores.tables.passages()}
            self._generation = generation

    def passage_ids(self) -> list[str]:
        return list(self._passages)

    def passages_of(self, report_id: str, kind: str | None = None) -> list[dict]:
        return [p for p in self._passages.values() if p["report_id"] == report_id and (kind is None or p["kind"] == kind)]

    def passage(self, passage_id: str) -> dict | None:
        return self._passages.get(passage_id)

    def lexical(self, query: str, report_ids: set[str] | None, top_k: int = 5, kind: str | None = None) -> list[Hit]:
        hits = []
        for pid, score in self.stores.bm25.search(query, top_k=top_k * 4, report_ids=report_ids):
            p = self._passages.get(pid)
            if p and (kind is None or p["kind"] == kind):
                hits.append(Hit(p, score))
        return hits[:top_k]

    def hybrid(self, query: str, report_ids: set[str] | None, top_k: int = 5, kind: str | None = None) -> list[Hit]:
        depth = max(20, top_k * 4)
        lexical = self.stores.bm25.search(expand_query(query), top_k=depth, report_ids=report_ids)
        dense = self.stores.vectors.search(query, top_k=depth, report_ids=sorted(report_ids) if report_ids else None, kind=kind)
        fused: dict[str, float] = {}
        for ranking in (lexical, dense):
            rank = 0
            for pid, _ in ranking:
                p = self._passages.get(pid)
                if p is None or (kind and p["kind"] != kind):
                    continue
                rank += 1
                fused[pid] = fused.get(pid, 0.0) + 1.0 / (RRF_K + rank)
        if not fused:
            return []
        # Rank fusion alone lets two weak agreeing lists outvote one decisive lexical match (a question about
        # 联系电话 has one passage that contains it); half of the score is the BM25 score relative to its best.
        top_rrf = max(fused.values())
        bm25 = {pid: score for pid, score in lexical if pid in fused}
        top_bm25 = max(bm25.values(), default=0.0) or 1.0
        combined = {pid: 0.5 * score / top_rrf + 0.5 * bm25.get(pid, 0.0) / top_bm25 for pid, score in fused.items()}
        best = sorted(combined.items(), key=lambda kv: -kv[1])[:top_k]
        return [Hit(self._passages[pid], round(score, 4)) for pid, score in best]
