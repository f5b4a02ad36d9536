"""`reportqa eval` and `reportqa synth`: commands that live above the service, added to its command line through
the ``reportqa.commands`` entry points (pyproject.toml), so that the service never imports the evaluation code."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from service.settings import Settings

SubParsers = Any  # argparse's _SubParsersAction, which it does not export


def add_eval(sub: SubParsers) -> None:
    from evals.runner import RESULTS_DIR

    p = sub.add_parser("eval", help="accuracy and speed on the gold question sets, beside a naive-RAG baseline")
    p.add_argument(
        "--set", action="append", help="question set name under evals/sets (repeatable; default: all hand-written)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON summary")
    p.add_argument("--data-dir", help="where the evaluation index lives (default: DATA_DIR/eval)")
    p.add_argument("--no-baseline", action="store_true", help="skip the naive-RAG baseline (saves about a minute)")
    p.add_argument(
        "--synth-dir", type=Path, help="also measure parse accuracy on a synthetic set made by `reportqa synth`"
    )
    p.add_argument("--results-dir", type=Path, default=RESULTS_DIR, help=f"where results go (default: {RESULTS_DIR})")
    p.set_defaults(func=cmd_eval)


def add_synth(sub: SubParsers) -> None:
    p = sub.add_parser("synth", help="write N synthetic reports with gold cells and questions")
    p.add_argument("count", type=int)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--layouts", default="tsv,lines,markdown,runtogether", help="comma-separated: text layouts, html, pdf, scan"
    )
    p.set_defaults(func=cmd_synth)


JSON_FIRST = (
    "figure_accuracy",
    "derived_accuracy",
    "narrative_hit_at_5",
    "abstention_accuracy",
    "followup_accuracy",
    "parse_cell_accuracy",
    "latency_ms",
    "baseline",
)


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from evals.runner import DEFAULT_SETS, run, side_by_side

    data_dir = Path(args.data_dir) if args.data_dir else settings.data_dir / "eval"
    summary, results, written = run(
        list(args.set or DEFAULT_SETS),
        data_dir,
        baseline=not args.no_baseline,
        synth_dir=args.synth_dir,
        quiet=args.json,
        results_dir=args.results_dir,
    )
    if args.json:
        full = asdict(summary)
        print(json.dumps({**{k: full[k] for k in JSON_FIRST}, **full}, ensure_ascii=False))
        return 0
    print(side_by_side(summary))
    print(
        "\nper kind: " + ", ".join(f"{k} {v['accuracy']:.1%} ({v['questions']})" for k, v in summary.per_kind.items())
    )
    print(
        f"narrative hit@1/3/5 {summary.narrative_hit_at_1:.1%} / {summary.narrative_hit_at_3:.1%} / "
        f"{summary.narrative_hit_at_5:.1%}, MRR {summary.narrative_mrr:.3f}; abstention precision "
        f"{summary.abstention_precision:.1%} recall {summary.abstention_recall:.1%}"
    )
    print(f"parse: {summary.parse_cells} gold cells, {summary.parse_cell_accuracy:.2%} exact")
    if summary.synthetic_parse:
        sp = summary.synthetic_parse
        print(f"synthetic parse: {sp['reports']} reports, {sp['cells']} cells, {sp['accuracy']:.2%} exact")
        from evals.parse_score import layout_table

        print("\n".join("  " + line for line in layout_table(sp)))
    misses = [r for r in results if not r.correct]
    print(f"\n{len(misses)} misses:")
    for r in misses:
        print(f"  {r.item_id} [{r.kind}] {r.question}\n      expected {r.expected}\n      got      {r.got}")
    print("\nwritten: " + ", ".join(str(p) for p in written))
    return 0


def cmd_synth(args: argparse.Namespace, settings: Settings) -> int:
    from evals.synth import generate

    paths = generate(args.count, Path(args.out), seed=args.seed, layouts=tuple(args.layouts.split(",")))
    print(f"wrote {len(paths)} synthetic reports with gold cells and questions to {args.out}")
    return 0
