"""Scoring one answer against one gold item. Used by the evaluation runner and the tests.

Every scored answer gets an outcome:
- ``correct``: the expected figure (value, report), passage or status;
- ``wrong``: a figure stated that is not the gold one, an ``answered`` status where the reports hold no answer, or an
  answer about another report — the outcome users must never see;
- ``error``: the server failed (HTTP 5xx);
- ``abstained``: ``not_found`` / ``ambiguous``, or a figure the answer declares unreadable (value null) — honest,
  but a miss on an answerable question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexing.models import Cell
from indexing.national_format import strip_numbering

TOLERANCE = 1e-6
SPACES = re.compile(r"\s+")
ABSTAIN_STATUSES = ("not_found", "ambiguous")


@dataclass
class Score:
    item_id: str
    kind: str
    question: str
    correct: bool
    expected: object
    got: object
    hit_rank: int | None = None  # narrative: rank of the first passage containing the substring
    outcome: str = ""  # correct / wrong / abstained


def same_number(a: object, b: object, tolerance: float = TOLERANCE) -> bool:
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return abs(float(a) - float(b)) <= tolerance  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def value_tolerance(expected: dict) -> float:
    """Exact for counts; a percentage or amount asked with a rounding matches at that rounding."""
    if expected.get("decimals") is not None:
        return 0.5 * 10 ** -int(expected["decimals"]) + TOLERANCE
    if expected.get("unit") == "%":
        return 0.006  # two decimals, as rates are shown
    return TOLERANCE


def _outcome(correct: bool, answer: dict) -> str:
    if correct:
        return "correct"
    status = answer.get("status")
    if status == "error":
        return "error"
    if status in ABSTAIN_STATUSES:
        return "abstained"
    figures = answer.get("figures") or []
    if figures and figures[0].get("value") is None:
        return "abstained"  # "this cell is unclear in the print": no figure stated
    return "wrong"


def score_answer(
    item_id: str,
    kind: str,
    question: str,
    expected: dict,
    answer: dict,
    issuer: str | None = None,
    year: int | None = None,
    report_id: str | None = None,
) -> Score:
    figures = answer.get("figures") or []
    first = figures[0] if figures else {}
    status = answer.get("status")
    if "status" in expected:
        correct = status == expected["status"]
        if correct:
            outcome = "correct"
        elif status == "error":
            outcome = "error"
        elif expected["status"] == "not_found" and status == "answered":
            outcome = "wrong"  # an answer where the reports hold none
        elif expected["status"] == "ambiguous" and status == "answered" and first.get("value") is not None:
            outcome = "wrong"  # a guess at one body or year among several
        else:
            outcome = "abstained"
        return Score(item_id, kind, question, correct, expected["status"], status, outcome=outcome)
    if "substring" in expected:
        # Spaces inside Chinese text are the conversion's (飞虹路 518 号 / 飞虹路518 号): compared without them
        needle = SPACES.sub("", expected["substring"])
        rank = next(
            (i for i, p in enumerate(answer.get("passages") or [], 1) if needle in SPACES.sub("", p["text"])), None
        )
        correct = status == "answered" and needle in SPACES.sub("", answer.get("answer", ""))
        outcome = (
            "correct"
            if correct
            else ("abstained" if status in ABSTAIN_STATUSES else "error" if status == "error" else "wrong")
        )
        return Score(
            item_id, kind, question, correct, needle, answer.get("answer", "")[:160], hit_rank=rank, outcome=outcome
        )
    if "ranking" in expected:
        got = [f["issuer"] for f in figures]
        correct = got[: len(expected["ranking"])] == expected["ranking"] and same_number(
            first.get("value"), expected.get("value")
        )
        return Score(item_id, kind, question, correct, expected["ranking"], got, outcome=_outcome(correct, answer))
    got_value = first.get("value")
    if isinstance(expected.get("value"), str) and "count" in expected:
        # a ranking whose answer is a label (哪一种理由最多 → 8.属于行政查询事项, with its count): right when the
        # figure given first has that count and the answer names that label before listing the others
        named_first = answer.get("answer", "").split("各项")[0]
        label = strip_numbering(expected["value"].split("—")[-1])
        by_count = same_number(got_value, expected["count"]) and label in named_first
        by_year = label.isdigit() and same_number(got_value, int(label))  # 哪一年最多 → the year itself
        correct = status == "answered" and (by_count or by_year)
        got = {"status": status, "value": got_value, "named": named_first[-80:]}
        return Score(item_id, kind, question, correct, expected, got, outcome=_outcome(correct, answer))
    correct = status == "answered" and same_number(got_value, expected["value"], value_tolerance(expected))
    # A figure derived from several reports (a change between two years, a sum or a pick over years) has no one
    # report: the item's report is right when it is one the answer drew on (writers name the first year, the year
    # after 比, or the subject year — each is one of the two).
    drawn_on = {f.get("report_id") for f in figures} if first.get("derived") else {first.get("report_id")}
    if correct and report_id and report_id not in drawn_on:
        correct = False
    if correct and issuer and not report_id and first.get("issuer") != issuer:
        correct = False
    drawn_years = {f.get("year") for f in figures} if first.get("derived") else {first.get("year")}
    if correct and year and year not in drawn_years:
        correct = False
    if correct and "percent" in expected:
        percent = next((f["value"] for f in figures[1:] if f.get("unit") == "%"), None)
        correct = same_number(percent, expected["percent"], 0.006)
    got = {
        "status": status,
        "value": got_value,
        "issuer": first.get("issuer"),
        "year": first.get("year"),
        "cell": f"{first.get('table')}.{first.get('row')}.{first.get('column')}" if first else None,
    }
    return Score(item_id, kind, question, correct, expected, got, outcome=_outcome(correct, answer))


def is_cross_report(expected: dict) -> bool:
    """Series, comparisons, consistency checks and questions naming no body (evals/sets/cross*)."""
    return isinstance(expected.get("values"), dict) or "pairs" in expected or "accept" in expected


def score_cross_report(
    item_id: str, kind: str, question: str, expected: dict, answer: dict, report_ids: dict[str, str]
) -> Score:
    """A series is right only when every year's figure is; a comparison when every body's figure is (and the order,
    where one is asked); a consistency check when each pair's verdict is; a question naming no body when the answer
    asks which body or quotes several bodies, one of them answering it."""
    status = answer.get("status")
    figures = answer.get("figures") or []
    if status == "error":
        return Score(item_id, kind, question, False, expected, status, outcome="error")
    if "accept" in expected:
        passages = answer.get("passages") or []
        text = answer.get("answer", "") + "".join(p["text"] for p in passages)
        bodies = {p["issuer"] for p in passages}
        quoted = any(s in text for s in expected.get("substrings", []))
        correct = (status == "ambiguous" and "ambiguous" in expected["accept"]) or (
            "grouped" in expected["accept"] and status == "answered" and len(bodies) >= 2 and quoted
        )
        outcome = "correct" if correct else ("abstained" if status in ABSTAIN_STATUSES else "wrong")
        return Score(item_id, kind, question, correct, expected["accept"], status, outcome=outcome)
    if status in ABSTAIN_STATUSES:
        return Score(item_id, kind, question, False, expected, status, outcome="abstained")
    if "pairs" in expected:
        return _score_pairs(item_id, kind, question, expected, answer)
    tolerance = value_tolerance(expected)
    by_report: dict[str, list[dict]] = {}
    for f in figures:
        if not str(f.get("row") or "").startswith(("years:", "bodies:")):
            by_report.setdefault(f.get("report_id", ""), []).append(f)
    wanted = {
        (stem, v["value"] if isinstance(v, dict) else v)
        for key, v in expected["values"].items()
        for stem in [v["report"] if isinstance(v, dict) else key]
    }
    right = wrong = 0
    for stem, value in wanted:
        stated = [f for f in by_report.get(report_ids.get(stem, stem), []) if f.get("value") is not None]
        if any(same_number(f["value"], value, tolerance) for f in stated):
            right += 1
        elif stated:
            wrong += 1
    correct = right == len(wanted)
    pick = expected.get("pick")
    if correct and pick:
        head = figures[0] if figures else {}
        pick_tolerance = value_tolerance(pick) if pick.get("decimals") is not None else tolerance
        correct = str(head.get("row") or "").startswith("years:") and (
            same_number(head.get("value"), pick.get("value"), pick_tolerance)
            or (pick.get("kind") in ("max", "min") and same_number(head.get("value"), pick.get("year")))
        )
    difference = expected.get("difference")
    if correct and isinstance(difference, dict):  # 差多少: the gap between the two bodies, either way round
        head = figures[0] if figures else {}
        # (one body's two years: the answer's head is the derived change between them)
        gap_figure = str(head.get("row")) == "bodies:difference" or bool(head.get("derived"))
        correct = gap_figure and same_number(abs(head.get("value") or 0), abs(difference["value"]), tolerance)
    ranking = expected.get("ranking")
    if correct and ranking and expected.get("top") and not expected.get("tie"):
        order = [f.get("report_id") for f in figures if not str(f.get("row") or "").startswith("bodies:")]
        correct = [r for r in order if r in {report_ids.get(s, s) for s in ranking}] == [
            report_ids.get(s, s) for s in ranking
        ]
    outcome = "correct" if correct else ("wrong" if wrong or right == len(wanted) else "abstained")
    got = {"right": right, "wrong": wrong, "of": len(wanted)}
    return Score(item_id, kind, question, correct, expected, got, outcome=outcome)


def _score_pairs(item_id: str, kind: str, question: str, expected: dict, answer: dict) -> Score:
    """Each expected pair of consecutive years must appear in the answer's table with the same verdict."""
    rows = ((answer.get("table") or {}).get("rows")) or []
    verdicts = {"一致": True, "不一致": False}
    right = wrong = 0
    for pair in expected["pairs"]:
        years = f"{pair['from'].rsplit('_', 1)[1]}→{pair['to'].rsplit('_', 1)[1]}"
        mine = [r for r in rows if r and r[0] == years]
        # A 历年累计 chain may be written either way round (last year's 累计 + this year's 本年度 against this year's
        # 累计, or last year's 累计 against this year's 累计 − 本年度): the gap between the two sides is the same.
        gap = pair["out"] - pair["in"] if pair.get("out") is not None and pair.get("in") is not None else None
        if gap is not None and pair.get("added_this_year") is not None:
            gap += pair["added_this_year"]  # a set that writes last year's 累计 as "out" and this year's 本年度 apart
        matching = [
            r
            for r in mine
            if (same_number(_number(r[2]), pair.get("out")) and same_number(_number(r[3]), pair.get("in")))
            or (
                any(w in str(pair.get("column")) for w in ("cumulative", "历年累计"))
                and gap is not None
                and _number(r[2]) is not None
                and _number(r[3]) is not None
                and same_number(_number(r[2]) - _number(r[3]), gap)  # type: ignore[operator]
            )
        ]
        if pair.get("column") in ("total", None) or not matching:
            matching = matching or [r for r in mine if r[1] == "总计"]
        if any(verdicts.get(r[4]) is pair["agree"] for r in matching):
            right += 1
        elif matching:
            wrong += 1
    correct = right == len(expected["pairs"])
    outcome = "correct" if correct else ("wrong" if wrong else "abstained")
    return Score(item_id, kind, question, correct, expected, {"right": right, "wrong": wrong}, outcome=outcome)


def _number(text: str) -> float | None:
    try:
        return float(str(text).replace(",", ""))
    except ValueError:
        return None


def cell_gold_value(cell: Cell) -> object:
    """A parsed cell in the form of evals/gold/*.json: a number, null (blank), a mark, or {"unresolved": [...]}."""
    if cell.kind == "unresolved":
        return {"unresolved": sorted(cell.candidates)}
    if cell.kind in ("blank", "merged"):
        return None
    if cell.kind in ("slash", "dash", "none"):
        return cell.raw
    return cell.value


def compare_cell(expected: object, got: object) -> str:
    """One parsed cell against its gold value: ``exact``; ``unclear`` (left unresolved — "unclear in the print",
    honest); ``missing`` (no such cell); or ``wrong`` — a figure, a blank or a mark stated that is not the printed
    one (a number outside the gold's candidates when the print itself is ambiguous)."""
    if got == expected or (
        isinstance(got, (int, float))
        and isinstance(expected, (int, float))
        and not isinstance(got, bool)
        and abs(got - expected) < 1e-9
    ):
        return "exact"
    if got == "MISSING":
        return "missing"
    if isinstance(got, dict) and "unresolved" in got:
        return "unclear"
    if isinstance(expected, dict) and "unresolved" in expected and isinstance(got, (int, float)):
        return "unclear" if any(same_number(got, c) for c in expected["unresolved"]) else "wrong"
    return "wrong"
