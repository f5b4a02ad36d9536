"""Which reader finds a report in a government web page best: reportqa's structural reader, or a maintained
main-content library (trafilatura, readability-lxml) in front of the same table handling.

    python -m evals.html_readers [--json]

Pages: every template of ``evals.page_templates`` around every tab-separated report of the shared corpus (and the
seed). A page counts as read when it is accepted as a report, with the right issuer and year; its cells are
compared with the cells parsed from the source text. A wrong number is a cell holding a number other than the
source's.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from evals.page_templates import TEMPLATES, render_page
from evals.scoring import cell_gold_value
from indexing.parser import parse_text
from indexing.readers import html_to_text

REPO_ROOT = Path(__file__).resolve().parents[1]


def structural(page: str) -> str:
    return html_to_text(page)


def with_trafilatura(page: str) -> str:
    import trafilatura

    main = trafilatura.extract(page, include_tables=True, output_format="html", favor_recall=True) or ""
    return html_to_text(main)


def with_readability(page: str) -> str:
    from readability import Document

    return html_to_text(Document(page).summary(html_partial=True))


READERS: dict[str, Callable[[str], str]] = {
    "structural": structural,
    "trafilatura": with_trafilatura,
    "readability-lxml": with_readability,
}


@dataclass
class ReaderScore:
    reader: str
    pages: int = 0
    read: int = 0  # accepted, right issuer and year
    cells: int = 0
    exact: int = 0
    wrong_numbers: int = 0
    seconds: float = 0.0

    @property
    def cell_accuracy(self) -> float:
        return self.exact / self.cells if self.cells else 0.0


def source_reports(corpus: Path) -> list[Path]:
    """Reports whose text carries tab-separated tables, so that they render as HTML tables."""
    candidates = [REPO_ROOT / "corpus" / "hongkou-district_2021.txt", *sorted(corpus.glob("*.txt"))]
    seen, out = set(), []
    for path in candidates:
        if path.name in seen or not path.exists():
            continue
        seen.add(path.name)
        if "\t" in path.read_text(encoding="utf-8"):
            out.append(path)
    return out


def compare(corpus: Path) -> list[ReaderScore]:
    scores = {name: ReaderScore(name) for name in READERS}
    for source in source_reports(corpus):
        text = source.read_text(encoding="utf-8")
        expected_report = parse_text(text, str(source))
        expected = {(c.table, c.row, c.column): cell_gold_value(c) for c in expected_report.cells}
        for template in TEMPLATES:
            page = render_page(template, text, expected_report.title)
            for name, reader in READERS.items():
                score = scores[name]
                score.pages += 1
                score.cells += len(expected)
                started = time.perf_counter()
                try:
                    report = parse_text(reader(page), f"{source.stem}-{template}.html")
                except Exception:
                    score.seconds += time.perf_counter() - started
                    continue
                score.seconds += time.perf_counter() - started
                if (report.issuer, report.year) != (expected_report.issuer, expected_report.year):
                    continue
                score.read += 1
                got = {(c.table, c.row, c.column): cell_gold_value(c) for c in report.cells}
                for key, value in expected.items():
                    if got.get(key) == value:
                        score.exact += 1
                    elif isinstance(got.get(key), int | float) and got.get(key) != value:
                        score.wrong_numbers += 1
    return list(scores.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    scores = compare(args.corpus)
    if args.json:
        print(
            json.dumps([asdict(s) | {"cell_accuracy": s.cell_accuracy} for s in scores], ensure_ascii=False, indent=2)
        )
        return 0
    print(f"{'reader':<18}{'pages':>6}{'read':>6}{'cells exact':>14}{'wrong':>7}{'s/page':>8}")
    for s in scores:
        print(
            f"{s.reader:<18}{s.pages:>6}{s.read:>6}{s.cell_accuracy:>13.1%}{s.wrong_numbers:>7}"
            f"{s.seconds / max(s.pages, 1):>8.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
