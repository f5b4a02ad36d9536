"""A jieba-tokenised BM25 index over all passages (bm25s), saved beside the vector store.

LlamaIndex's BM25Retriever does not tokenise Chinese, so the lexical side is built here. The index is rebuilt
from the table store's passages after each indexing run: it is small and fast to build, and a rebuild can never
drift from what the table store holds.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import bm25s
import jieba
import numpy as np

jieba.setLogLevel(logging.WARNING)
TOKEN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")
STOPWORDS = frozenset("的 了 和 与 及 是 在 对 等 为 中 年 共 其 有 多少 哪些 什么 怎么 如何 吗 呢 件 个".split())


def report_of(passage_id: str) -> str:
    """Passage ids start with their report's id: ``<report_id>:<text hash>:<ordinal>``."""
    return passage_id.split(":", 1)[0]


def tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    for piece in TOKEN.findall(text):
        if piece.isascii():
            tokens.append(piece.lower())
            continue
        tokens.extend(t for t in jieba.cut_for_search(piece) if t.strip() and t not in STOPWORDS)
    return tokens


class BM25Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._retriever: bm25s.BM25 | None = None
        self._ids: list[str] = []
        self._rows_of: dict[str, np.ndarray] = {}  # report id → its passages' rows in the index
        self._loaded_marker: float | None = None

    def rebuild(self, passages: Sequence[Mapping[str, Any]]) -> None:
        ids = [p["passage_id"] for p in passages]
        corpus = [tokenize(f"{p['section']} {p['text']}") for p in passages]
        tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if ids:
            retriever = bm25s.BM25()
            retriever.index(corpus, show_progress=False)
            retriever.save(str(tmp))
        (tmp / "ids.json").write_text(json.dumps(ids, ensure_ascii=False), encoding="utf-8")
        # Swap in the new index whole so a reader never loads half of one.
        old = self.path.with_name(f"{self.path.name}.old-{os.getpid()}-{threading.get_ident()}")
        try:
            if self.path.exists():
                self.path.rename(old)
            tmp.rename(self.path)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # another worker swapped in the same index at the same moment
        shutil.rmtree(old, ignore_errors=True)
        self._retriever = None

    def _load(self) -> None:
        marker = (self.path / "ids.json").stat().st_mtime if (self.path / "ids.json").exists() else None
        if self._retriever is not None and marker == self._loaded_marker:
            return
        self._ids = json.loads((self.path / "ids.json").read_text(encoding="utf-8")) if marker else []
        self._retriever = bm25s.BM25.load(str(self.path)) if self._ids else None
        rows: dict[str, list[int]] = {}
        for row, pid in enumerate(self._ids):
            rows.setdefault(report_of(pid), []).append(row)
        self._rows_of = {report_id: np.asarray(r, dtype=np.int64) for report_id, r in rows.items()}
        self._loaded_marker = marker

    def search(self, query: str, top_k: int = 10, report_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """(passage_id, BM25 score) pairs, best first; with ``report_ids``, only passages of those reports are ranked.

        Statistics (IDF, average length) stay corpus-wide, so a passage scores the same whichever reports are asked
        for; only the ranking is restricted, which keeps a question about one report as cheap at 500 reports as at 5.
        """
        self._load()
        if self._retriever is None:
            return []
        if report_ids is not None:
            # sorted: the candidates' order breaks ties between equal scores, and must not follow string hashing
            rows = [self._rows_of[r] for r in sorted(report_ids) if r in self._rows_of]
            if not rows:
                return []
            candidates = np.concatenate(rows)
        else:
            candidates = None
        known = [t for t in tokenize(query) if t in self._retriever.vocab_dict]
        if not known:
            return []
        scores = self._retriever.get_scores(known)
        if candidates is not None:
            scores = scores[candidates]
        k = min(top_k, len(scores))
        best = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        best = best[np.argsort(-scores[best], kind="stable")]
        rows_out = candidates[best] if candidates is not None else best
        return [(self._ids[int(row)], float(scores[i])) for row, i in zip(rows_out, best, strict=True) if scores[i] > 0]

    def ids(self) -> set[str]:
        self._load()
        return set(self._ids)

    def size(self) -> int:
        self._load()
        return len(self._ids)
