"""Run-together digits are split with the template's arithmetic; ambiguity is kept, never guessed."""

from __future__ import annotations

from indexing import digit_runs


def test_split_run_respects_leading_zeros_and_spaces():
    assert digit_runs.split_run("000", 3) == [(0, 0, 0)]
    assert (64, 0, 0, 2, 0, 4, 70) in [s for s in digit_runs.split_run("640020470", 7) if digit_runs.row_total_ok(s)]
    # a space is a real boundary: "230 000023" cannot read 230 as one number with the 0 after it
    valid = [s for s in digit_runs.split_run("230 000023", 7) if digit_runs.row_total_ok(s)]
    assert valid == [(23, 0, 0, 0, 0, 0, 23)]


def test_sign_starts_a_new_cell():
    assert digit_runs.split_run("35-15", 2) == [(35, -15)]


def test_row_total_leaves_real_ambiguity():
    # 27|0|0|2|0|1|30 and 2|7|0|0|20|1|30 … several splits satisfy the row total alone
    splits = [s for s in digit_runs.split_run("270020130", 7) if digit_runs.row_total_ok(s)]
    assert len(splits) > 1


def test_column_identities_resolve_rows():
    zero = (0,) * 7
    rows = ["a", "b"]
    candidates = {
        "new_received": [(5, 0, 0, 0, 0, 0, 5)],
        "carried_over_from_last_year": [zero],
        "results_total": [(5, 0, 0, 0, 0, 0, 5)],
        "carried_to_next_year": [zero],
        # row a could be 1|0… or 0|1… ; only 1|0… lets the natural-person column add up
        "a": [(1, 0, 0, 0, 0, 0, 1), (0, 1, 0, 0, 0, 0, 1)],
        "b": [(4, 0, 0, 0, 0, 0, 4)],
    }
    solved = digit_runs.solve_t3(candidates, rows)
    assert solved is not None
    assert solved["a"] == [(1, 0, 0, 0, 0, 0, 1)]


def test_unresolvable_rows_keep_all_candidates():
    zero = (0,) * 7
    candidates = {
        "new_received": [(2, 0, 0, 0, 0, 0, 2)],
        "carried_over_from_last_year": [zero],
        "results_total": [(2, 0, 0, 0, 0, 0, 2)],
        "carried_to_next_year": [zero],
        "a": [(1, 0, 0, 0, 0, 0, 1), (2, 0, 0, 0, 0, 0, 2), zero],
        "b": [(1, 0, 0, 0, 0, 0, 1), zero, (2, 0, 0, 0, 0, 0, 2)],
    }
    solved = digit_runs.solve_t3(candidates, ["a", "b"])
    assert solved is not None
    assert digit_runs.column_values(solved["a"], 0) == [0, 1, 2]


def test_inconsistent_source_returns_none():
    zero = (0,) * 7
    candidates = {
        "new_received": [(3, 0, 0, 0, 0, 0, 3)],
        "carried_over_from_last_year": [zero],
        "results_total": [(3, 0, 0, 0, 0, 0, 3)],
        "carried_to_next_year": [zero],
        "a": [(1, 0, 0, 0, 0, 0, 1)],
    }
    assert digit_runs.solve_t3(candidates, ["a"]) is None
