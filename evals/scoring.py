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

from dataclasses import dataclass

from indexing.models import Cell

TOLERANCE = 1e-6
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
    if "decimals" in expected:
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
        needle = expected["substring"]
        rank = next((i for i, p in enumerate(answer.get("passages") or [], 1) if needle in p["text"]), None)
        correct = status == "answered" and needle in answer.get("answer", "")
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
    correct = status == "answered" and same_number(got_value, expected["value"], value_tolerance(expected))
    if correct and report_id and first.get("report_id") != report_id:
        correct = False
    if correct and issuer and not report_id and first.get("issuer") != issuer:
        correct = False
    if correct and year and first.get("year") != year:
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


def cell_gold_value(cell: Cell) -> object:
    """A parsed cell in the form of tests/gold/*.json: a number, null (blank), a mark, or {"unresolved": [...]}."""
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
