"""The synthetic report generator (evals/synth.py): deterministic, consistent gold, four layouts, valid questions."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from evals import synth
from indexing.national_format import RESULTS_TOP, report_format

FMT = report_format("2021")
N = 8
PAGE_MARKER = re.compile(r"[-—] \d+ [-—]")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("synth")
    return out, synth.generate(N, out, seed=5)


def load_gold(out: Path, slug: str) -> dict:
    return json.loads((out / "gold" / f"{slug}.json").read_text(encoding="utf-8"))


def layout_of(gold: dict) -> str:
    return re.search(r"layout (\w+)", gold["notes"]).group(1)


def flat_text(path: Path) -> str:
    """The report without line breaks, page markers or spaces (wrapped `lines` reports break sentences)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(line for line in lines if not PAGE_MARKER.fullmatch(line.strip())).replace(" ", "")


def all_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_gives_identical_bytes(tmp_path: Path):
    synth.generate(N, tmp_path / "a", seed=11)
    synth.generate(N, tmp_path / "b", seed=11)
    synth.generate(N, tmp_path / "c", seed=12)
    a, b, c = all_files(tmp_path / "a"), all_files(tmp_path / "b"), all_files(tmp_path / "c")
    assert len(a) == 2 * N + 1  # reports, gold files, questions.jsonl
    assert a == b
    assert a != c


def test_a_smaller_run_is_a_prefix_of_a_larger_one(tmp_path: Path):
    small = synth.generate(4, tmp_path / "small", seed=3)
    large = synth.generate(N, tmp_path / "large", seed=3)
    assert [p.name for p in small] == [p.name for p in large[:4]]
    assert all(s.read_bytes() == big.read_bytes() for s, big in zip(small, large, strict=False))


def test_issuer_year_pairs_are_unique_and_in_range(generated):
    out, paths = generated
    pairs = [(g["issuer"], g["year"]) for g in (load_gold(out, p.stem) for p in paths)]
    assert len(set(pairs)) == len(pairs) == N
    assert all(2021 <= year <= 2025 for _, year in pairs)
    assert len({p.stem for p in paths}) == N


def test_gold_lists_every_cell_and_satisfies_every_identity(generated):
    out, paths = generated
    for path in paths:
        gold = load_gold(out, path.stem)
        assert gold["file"] == path.name
        assert gold["format"] == "2021"
        assert path.read_text(encoding="utf-8").count(gold["issuer"]) >= 1
        for table in FMT.tables:
            cells = gold["cells"][table.id]
            assert {(r, c) for r, cols in cells.items() for c in cols} == set(table.cell_keys())
            for identity in table.identities:
                left = [cells[r][c] for r, c in identity.left]
                right = [cells[r][c] for r, c in identity.right]
                assert all(isinstance(v, int) for v in left + right), (path.name, identity.id)
                assert sum(left) == sum(right), (path.name, identity.id)
        for row in gold["cells"]["T2"].values():
            for value in row.values():
                if isinstance(value, dict):  # only run-together T2 rows may be unresolved
                    assert layout_of(gold) == "runtogether"
                    assert value["unresolved"] == sorted(set(value["unresolved"])) and len(value["unresolved"]) > 1
                else:
                    assert isinstance(value, (int, float)) and value >= 0


def test_the_four_layouts_appear_equally(generated):
    out, paths = generated
    layouts = Counter(layout_of(load_gold(out, p.stem)) for p in paths)
    assert layouts == {layout: N // 4 for layout in synth.LAYOUTS}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        layout = layout_of(load_gold(out, path.stem))
        if layout == "runtogether":
            assert "\n" not in text
        elif layout == "tsv":
            assert "\t" in text and re.search(r"^#+ ", text, re.M) and path.suffix == ".txt"
        elif layout == "markdown":
            assert "|---|" in text and path.suffix == ".md"
        else:
            assert PAGE_MARKER.search(text) and "三、\n本\n年\n度" in text and "\t" not in text


def test_title_and_narrative_agree_with_the_table(generated):
    out, paths = generated
    for path in paths:
        gold = load_gold(out, path.stem)
        text = flat_text(path)
        assert f"{gold['issuer']}{gold['year']}年政府信息公开工作年度报告" in text
        assert f"政府信息公开申请{gold['cells']['T3']['new_received']['total']}件" in text
        assert re.search(r"电话：0\d{2,3}-\d{7,8}", text)
        assert "信息处理费" in text
        for heading in ("（一）", "（五）", "五、", "六、"):
            assert heading in text


def run_together_t3_runs(text: str) -> dict[str, str]:
    """Cut a one-line report's T3 into the digit run of each row, using the template labels."""
    table = FMT.table("T3")
    rows = list(table.rows)
    pos = text.index(rows[0].label)
    runs = {}
    for i, row in enumerate(rows):
        start = text.index(row.label, pos) + len(row.label)
        if i + 1 < len(rows):
            nxt = rows[i + 1]
            ends = [text.index(nxt.label, start)]
            ends += [text.find(s, start) for s in ((nxt.group or "\0"), RESULTS_TOP if nxt.key == "granted" else "\0")]
            end = min(e for e in ends if e >= 0)
        else:
            end = text.index("四、", start)
        runs[row.key] = text[start:end].strip()
        assert re.fullmatch(r"[0-9]+( [0-9]+)*", runs[row.key]), (row.key, runs[row.key])
        pos = end
    return runs


def test_run_together_tables_have_exactly_the_gold_reading(generated):
    out, paths = generated
    checked = 0
    for path in paths:
        gold = load_gold(out, path.stem)
        if layout_of(gold) != "runtogether":
            continue
        text = path.read_text(encoding="utf-8")
        solutions = synth.solve_t3(run_together_t3_runs(text))
        assert solutions is not None and len(solutions) == 1
        assert solutions[0] == gold["cells"]["T3"]
        five = text.index("五、", text.index(FMT.table("T3").rows[-1].label))
        t4_run = text[text.rindex("总计", 0, five) + 2 : five].strip()
        assert synth.solve_t4(t4_run) == [gold["cells"]["T4"]["cases"]]
        checked += 1
    assert checked == N // 4


def test_cuts_follow_the_gold_rule():
    assert synth.cuts("000", 3) == [[0, 0, 0]]
    assert sorted(synth.cuts("1012", 3)) == [[1, 0, 12], [10, 1, 2]]  # 1|01|2 has a leading zero
    assert synth.cuts("12 3", 2) == [[12, 3]]  # a space is a hard boundary
    assert synth.solve_t4("10203120001200000") == [
        dict(
            zip([c.key for c in FMT.table("T4").columns], [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0], strict=True)
        )
    ]


def test_questions_reference_existing_reports(generated):
    out, paths = generated
    by_slug = {p.stem: p for p in paths}
    items = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({i["id"] for i in items}) == len(items)
    per_report = Counter(i["report"] for i in items)
    assert set(per_report) == set(by_slug) and all(3 <= k <= 5 for k in per_report.values())
    assert Counter(i["report"] for i in items if i["kind"] == "narrative") == dict.fromkeys(by_slug, 1)
    for item in items:
        assert list(item)[:7] == ["id", "kind", "question", "report", "issuer", "year", "expected"]
        gold = load_gold(out, item["report"])
        assert (item["issuer"], item["year"]) == (gold["issuer"], gold["year"])
        assert str(item["year"]) in item["question"]
        expected = item["expected"]
        if item["kind"] == "cell":
            assert expected["value"] == gold["cells"][expected["table"]][expected["row"]][expected["column"]]
        elif item["kind"] == "derived":
            formula = expected["formula"]
            if "rounded" in formula:
                g, r = map(int, re.search(r"= (\d+) / (\d+) ×", formula).groups())
                assert expected["value"] == round(g / r * 100, 2)
            else:
                assert expected["value"] == sum(int(x) for x in formula.rsplit("=", 1)[1].split("+"))
        else:
            assert item["kind"] == "narrative"
            assert expected["substring"] in by_slug[item["report"]].read_text(encoding="utf-8")


def test_main_writes_the_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert synth.main(["4", "--out", str(tmp_path), "--seed", "2"]) == 0
    assert len(list((tmp_path / "gold").glob("*.json"))) == 4
    assert "wrote 4 reports" in capsys.readouterr().out


def test_published_and_pre_2019_layouts_parse_exactly(tmp_path: Path):
    """Web pages in the government templates, PDFs in national-layout tables (wrapped numbers, merged group rows,
    page breaks, tables without rules) and pre-2019 统计表 (spaced and run together): every cell exact."""
    from evals.parse_score import parse_accuracy

    layouts = ("html", "pdf", "legacy", "legacy-glued")
    synth.generate(12, tmp_path, seed=4, layouts=layouts)
    summary = parse_accuracy(sorted((tmp_path / "gold").glob("*.json")), lambda g: tmp_path / g["file"])
    assert set(summary["layouts"]) == set(layouts)
    for name, figures in summary["layouts"].items():
        assert figures["accuracy"] == 1.0 and figures["wrong"] == 0, (name, summary["misses"])
    pdf_gold = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "gold").glob("*.json")]
    assert any(g.get("print", {}).get("merged_groups") for g in pdf_gold if g["layout"] == "pdf")
    assert {g["format"] for g in pdf_gold if g["layout"].startswith("legacy")} == {"pre_2019"}


def test_unknown_layouts_are_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown layouts"):
        synth.generate(2, tmp_path, layouts=("tsv", "fax"))
