"""Hybrid passage retrieval: jieba BM25 and dense vectors, fused, filtered by report."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from indexing.national_format import QUERY_SYNONYMS
from indexing.stores import Stores
from indexing.stores.records import PassageRecord

RRF_K = 60
log = logging.getLogger(__name__)


def expand_query(query: str) -> str:
    """Add the report's own words for the citizen's words (费用 → 收费) so BM25 can match them."""
    extra = [report_word for word, report_word in QUERY_SYNONYMS.items() if word in query and report_word not in query]
    return (
        query + " " + " ".join(extra) if extra else query
    )  # the usual constant: ranks matter, raw scores of the two retrievers are not comparable


@dataclass
class Hit:
    passage: PassageRecord
    score: float


class Retriever:
    def __init__(self, stores: Stores) -> None:
        self.stores = stores
        self._passages: dict[str, PassageRecord] = {}
        self._by_report: dict[str, list[PassageRecord]] = {}  # a report's passages, in the store's order
        self._vectors_only_embedded = False  # the vector store holds the embedded kinds' passages and nothing else
        self._generation: tuple | None = None

    def refresh(self, generation: tuple) -> None:
        """Reload passage texts when the table store changed (new or re-indexed reports), and reopen the vector
        store: an embedded one does not see vectors another process (`reportqa index`) added since it opened."""
        if generation != self._generation:
            passages = {p["passage_id"]: p for p in self.stores.tables.passages()}
            by_report: dict[str, list[PassageRecord]] = {}
            for p in passages.values():
                by_report.setdefault(p["report_id"], []).append(p)
            self._passages, self._by_report = passages, by_report
            if self._generation is not None:
                try:
                    self.stores.vectors.reopen()
                except Exception as exc:  # noqa: BLE001 - answers fall back to BM25 until it opens
                    log.warning("the vector store could not be reopened (%s); answering from BM25 for now", exc)
            embedded = sum(p["kind"] in self.stores.embedded_kinds for p in passages.values())
            try:  # a store indexed before table rows lost their vectors still holds some: those keep the filter
                self._vectors_only_embedded = self.stores.vectors.count() == embedded
            except Exception:  # noqa: BLE001 - unreadable now: filter as asked
                self._vectors_only_embedded = False
            self._generation = generation

    def passage_ids(self) -> list[str]:
        return list(self._passages)

    def texts_by_report(self) -> dict[str, str]:
        return {report_id: "".join(p["text"] for p in passages) for report_id, passages in self._by_report.items()}

    def passages_of(self, report_id: str, kind: str | None = None) -> list[PassageRecord]:
        return [p for p in self._by_report.get(report_id, ()) if kind is None or p["kind"] == kind]

    def passage(self, passage_id: str) -> PassageRecord | None:
        return self._passages.get(passage_id)

    def lexical(self, query: str, report_ids: set[str] | None, top_k: int = 5, kind: str | None = None) -> list[Hit]:
        hits = []
        for pid, score in self.bm25(query, top_k * 4, report_ids):
            p = self._passages.get(pid)
            if p and (kind is None or p["kind"] == kind):
                hits.append(Hit(p, score))
        return hits[:top_k]

    def bm25(self, query: str, top_k: int, report_ids: set[str] | None) -> list[tuple[str, float]]:
        try:
            return self.stores.bm25.search(query, top_k=top_k, report_ids=report_ids)
        except Exception as exc:  # noqa: BLE001 - a half-swapped or unreadable index: no lexical hits this time
            log.warning("BM25 search failed (%s: %s); answering without lexical hits", type(exc).__name__, exc)
            return []

    def dense(self, query: str, top_k: int, report_ids: set[str] | None, kind: str | None) -> list[tuple[str, float]]:
        """Vector hits, or none when the vector store fails: the answer then rests on BM25 (and exact figures),
        which is worse ranking, never a failed question."""
        if kind is not None and self._vectors_only_embedded and self.stores.embedded_kinds == {kind}:
            # only that kind has vectors: a second condition would filter nothing, and it triples Chroma's cost of
            # a query restricted to one report
            kind = None
        try:
            return self.stores.vectors.search(
                query, top_k=top_k, report_ids=sorted(report_ids) if report_ids else None, kind=kind
            )
        except Exception as exc:  # noqa: BLE001 - chromadb, HTTP and embedding errors alike
            log.warning("vector search failed (%s: %s); answering from BM25 alone", type(exc).__name__, exc)
            return []

    def hybrid(self, query: str, report_ids: set[str] | None, top_k: int = 5, kind: str | None = None) -> list[Hit]:
        depth = max(20, top_k * 4)
        lexical = self.bm25(expand_query(query), depth, report_ids)
        dense = self.dense(query, depth, report_ids, kind)
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
