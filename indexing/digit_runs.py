"""Recover cells from digit runs such as ``640020470`` (64|0|0|2|0|4|70), using the format's own arithmetic.

Converters that flatten a table onto one line drop the cell boundaries. A run is split into the expected number
of cells (no number has a leading zero; a space is a real boundary), then every split that breaks an identity is
discarded. Where more than one split survives, the cells that differ are reported as unresolved with their
candidates, never guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from indexing.national_format import NON_RESULT_ROWS

Split = tuple[int, ...]
MAX_SPLITS = 20_000


def _is_number(token: str) -> bool:
    return bool(token) and token.isdigit() and (token == "0" or token[0] != "0")


def split_run(run: str, cells: int) -> list[Split]:
    """Every way to read ``run`` (digits, spaces, signs) as ``cells`` integers without leading zeros.

    A space is a cell boundary, and so is a sign: in ``2648-18538`` the minus starts a new (negative) cell."""
    if not run.strip() or re.search(r"[^\d\s+\-−]", run):
        return []
    signed = re.findall(r"[+\-−]?\d+", run)
    segments = [s.lstrip("+-−") for s in signed]
    signs = [-1 if s[0] in "-−" else 1 for s in signed]

    @cache
    def within(segment: str, n: int) -> tuple[Split, ...]:
        if n == 1:
            return ((int(segment),),) if _is_number(segment) else ()
        out: list[Split] = []
        for cut in range(1, len(segment) - n + 2):
            head = segment[:cut]
            if not _is_number(head):
                continue
            for rest in within(segment[cut:], n - 1):
                out.append((int(head), *rest))
        return tuple(out)

    results: list[Split] = []

    def walk(i: int, remaining: int, acc: Split) -> None:
        if len(results) >= MAX_SPLITS:
            return
        if i == len(segments):
            if remaining == 0:
                results.append(acc)
            return
        left_after = len(segments) - i - 1
        for n in range(1, remaining - left_after + 1):
            for part in within(segments[i], n):
                if signs[i] < 0:
                    part = (-part[0], *part[1:])
                walk(i + 1, remaining - n, acc + part)

    walk(0, cells, ())
    return results


def row_total_ok(split: Split) -> bool:
    """T3 rows: the last cell (总计) equals the sum of the six applicant cells."""
    return sum(split[:-1]) == split[-1]


def t4_blocks_ok(split: Split) -> bool:
    """T4: each block of five is four results and their total."""
    return all(sum(split[b : b + 4]) == split[b + 4] for b in (0, 5, 10))


def _add(a: Split, b: Split) -> Split:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _sub(a: Split, b: Split) -> Split:
    return tuple(x - y for x, y in zip(a, b, strict=True))


def solve_t3(
    candidates: dict[str, list[Split]],
    result_rows: Sequence[str],
) -> dict[str, list[Split]] | None:
    """Keep, for every row, the candidate splits that take part in at least one assignment satisfying the
    balance identity and the results-sum identity for every column. ``None`` if no assignment satisfies them
    (the source is inconsistent or a run was misread), so the caller falls back to row-level candidates."""
    balance_rows = NON_RESULT_ROWS  # 新收 + 上年结转 = 办理结果总计 + 结转下年度
    if any(not candidates.get(r) for r in (*balance_rows, *result_rows)):
        return None
    width = len(candidates["results_total"][0])
    zero: Split = (0,) * width

    # Balance: new + carried == results_total + next, for every column.
    balance_combos = [
        combo
        for combo in itertools.product(*(candidates[r] for r in balance_rows))
        if _add(combo[0], combo[1]) == _add(combo[2], combo[3])
    ]
    targets = {combo[2] for combo in balance_combos}
    if not targets:
        return None
    ceiling = tuple(max(t[i] for t in targets) for i in range(width))

    def bounded(s: Split) -> bool:
        return all(x <= c for x, c in zip(s, ceiling, strict=True))

    # Forward and backward sets of partial column sums over the result rows.
    forward: list[set[Split]] = [{zero}]
    for row in result_rows:
        nxt = {_add(s, c) for s in forward[-1] for c in candidates[row]}
        forward.append({s for s in nxt if bounded(s)})
    backward: list[set[Split]] = [set() for _ in range(len(result_rows) + 1)]
    backward[-1] = {zero}
    for i in range(len(result_rows) - 1, -1, -1):
        nxt = {_add(s, c) for s in backward[i + 1] for c in candidates[result_rows[i]]}
        backward[i] = {s for s in nxt if bounded(s)}

    reachable_targets = targets & forward[-1]
    if not reachable_targets:
        return None

    kept: dict[str, list[Split]] = {}
    for i, row in enumerate(result_rows):
        kept[row] = [
            c
            for c in candidates[row]
            if any(_sub(_sub(t, s), c) in backward[i + 1] for t in reachable_targets for s in forward[i])
        ]
    good_combos = [combo for combo in balance_combos if combo[2] in reachable_targets]
    for idx, row in enumerate(balance_rows):
        kept[row] = sorted({combo[idx] for combo in good_combos})
    for row, cands in candidates.items():
        kept.setdefault(row, cands)
    return kept


def column_values(splits: list[Split], index: int) -> list[int]:
    """The distinct values one cell takes across the surviving splits, ascending."""
    return sorted({s[index] for s in splits})
