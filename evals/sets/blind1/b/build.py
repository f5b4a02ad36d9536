# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set b- from questions.py + gold cells.

Every number in the output is read from /work/blind/gold/pingtan_<year>.json (never typed here).
Run:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
TEMPLATE = "/work/shared/corpus/template.json"
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

_gold = {}


def gold(year):
    if year not in _gold:
        with open(os.path.join(GOLD, f"pingtan_{year}.json"), encoding="utf-8") as f:
            _gold[year] = json.load(f)
    return _gold[year]


with open(TEMPLATE, encoding="utf-8") as f:
    TPL = json.load(f)


def labels(fmt):
    """(row_labels, col_labels) per table for a format ('2021' or '2019_trial')."""
    rows, cols = {"T2": {}, "T3": {}, "T4": {"cases": ""}}, {"T2": {}, "T3": {}, "T4": {}}
    t2 = next(t for t in TPL["tables"] if t["id"] == "T2")
    t3 = next(t for t in TPL["tables"] if t["id"] == "T3")
    t4 = next(t for t in TPL["tables"] if t["id"] == "T4")
    subs = t2["subtables"] if fmt == "2021" else TPL["versions"]["2019_trial"]["T2"]["subtables"]
    for s in subs:
        for r in s["rows"]:
            rows["T2"][r["key"]] = r["label"]
            for c in s["columns"]:
                cols["T2"][(r["key"], c["key"])] = c["label"]
    t3rows = t3["rows"] if fmt == "2021" else TPL["versions"]["2019_trial"]["T3"]["rows"]
    for r in t3rows:
        lab = r["label"]
        if r.get("group"):
            lab = r["group"] + lab
        rows["T3"][r["key"]] = lab
    for c in t3["columns"]:
        cols["T3"][c["key"]] = c["label"]
    for c in t4["columns"]:
        cols["T4"][c["key"]] = (c.get("parent", "") + c["block"] if c["block"] != "行政复议" else c["block"]) + "·" + c["label"]
    return rows, cols


def cell_value(ref):
    _, year, table, row, col = ref
    v = gold(year)["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"gold cell not a resolved number: {ref} -> {v!r}")
    return v


def cell_label(ref):
    _, year, table, row, col = ref
    fmt = gold(year)["format"]
    rows, cols = labels(fmt)
    if table == "T2":
        return f"{year}年 表二 {rows['T2'][row]}·{cols['T2'][(row, col)]}"
    if table == "T3":
        return f"{year}年 表三 {rows['T3'][row]}·{cols['T3'][col]}"
    return f"{year}年 表四 {cols['T4'][col]}"


def fmt_num(x):
    if isinstance(x, float):
        s = repr(round(x, 6))
        return s[:-2] if s.endswith(".0") else s
    return str(x)


def clean(x, decimals=None):
    if decimals is not None:
        return round(x, decimals)
    if isinstance(x, float):
        return round(x, 6)
    return x


def refs_of(item):
    if item.get("ref"):
        return [item["ref"]]
    out = []
    for s, r in item.get("terms", []):
        out.append(r)
    out += item.get("num", []) + item.get("den", []) + item.get("cands", [])
    return out


def report_year(item):
    ys = sorted({r[1] for r in refs_of(item)})
    return f"pingtan_{ys[-1]}", ys[-1], ys


def derived_expected(item):
    op = item["op"]
    dec = item.get("decimals")
    if op == "sum":
        total = 0
        parts = []
        for i, (sign, r) in enumerate(item["terms"]):
            v = cell_value(r)
            total += sign * v
            lab = f"{cell_label(r)} {fmt_num(v)}"
            parts.append((("− " if sign < 0 else "") if i == 0 else (" − " if sign < 0 else " + ")) + lab)
        value = clean(total, dec)
        formula = "".join(parts) + f" = {fmt_num(value)}"
    elif op == "share":
        nv = [cell_value(r) for r in item["num"]]
        dv = [cell_value(r) for r in item["den"]]
        value = round(100.0 * sum(nv) / sum(dv), dec)
        nlab = " + ".join(f"{cell_label(r)} {fmt_num(cell_value(r))}" for r in item["num"])
        dlab = " + ".join(f"{cell_label(r)} {fmt_num(cell_value(r))}" for r in item["den"])
        formula = f"({nlab}) / ({dlab}) × 100 = {value}%"
    elif op in ("argmax", "argmin"):
        vals = [(r[1], cell_value(r)) for r in item["cands"]]
        pick = (max if op == "argmax" else min)(vals, key=lambda t: t[1])
        value = pick[0]
        formula = "; ".join(f"{cell_label(r)} {fmt_num(cell_value(r))}" for r in item["cands"]) + \
            f" → {'最大' if op == 'argmax' else '最小'}: {pick[0]}年 ({fmt_num(pick[1])})"
    else:
        raise ValueError(op)
    exp = {"value": value, "formula": formula, "unit": item["unit"]}
    if dec is not None:
        exp["decimals"] = dec
    return exp


def cell_expected(ref):
    _, year, table, row, col = ref
    return {"table": table, "row": row, "column": col, "value": cell_value(ref)}


def turn_expected(t):
    k = t["kind"]
    if k == "cell":
        e = cell_expected(t["ref"])
        e["report"], e["year"] = f"pingtan_{t['ref'][1]}", t["ref"][1]
    elif k == "derived":
        e = derived_expected(t)
        rep, yr, _ = report_year(t)
        e["report"], e["year"] = rep, yr
    elif k == "unanswerable":
        e = {"status": "not_found", "reason": t["reason"], "report": t.get("report"), "year": t.get("year")}
    else:
        raise ValueError(k)
    return e


def build_item(item, iid):
    k = item["kind"]
    out = {"id": iid, "kind": k}
    if k == "followup":
        out["class"] = item["cls"]
        out["turns"] = [{"question": t["q"], "expected": turn_expected(t)} for t in item["turns"]]
        return out
    out["question"] = item["q"]
    if k == "cell":
        y = item["ref"][1]
        out.update(report=f"pingtan_{y}", year=y, expected=cell_expected(item["ref"]))
    elif k == "derived":
        rep, yr, ys = report_year(item)
        out.update(report=rep, year=yr, expected=derived_expected(item))
        if len(ys) > 1:
            item = dict(item)
            extra = "spans reports " + ", ".join(f"pingtan_{y}" for y in ys)
            item["note"] = (item.get("note", "") + "; " if item.get("note") else "") + extra
    elif k == "narrative":
        out.update(report=f"pingtan_{item['year']}", year=item["year"], expected={"substring": item["sub"]})
    elif k == "unanswerable":
        out.update(report=item.get("report"), year=item.get("year"),
                   expected={"status": "not_found", "reason": item["reason"]})
    elif k == "ambiguous":
        out.update(report=None, year=item.get("year"), expected={"status": "ambiguous"})
    else:
        raise ValueError(k)
    if item.get("note"):
        out["note"] = item["note"]
    out["class"] = item["cls"]
    return out


def main():
    lines = []
    for i, item in enumerate(Q.ITEMS, 1):
        lines.append(build_item(item, f"b-{i:03d}"))
    plines = []
    for g in Q.PARAPHRASE:
        for j, (q, cls) in enumerate(g["qs"], 1):
            base = dict(g["base"])
            base.update(q=q, cls=cls)
            o = build_item(base, f"{g['group']}-{j}")
            o["group"] = g["group"]
            plines.append(o)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for o in plines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl:", len(lines), dict(Counter(o["kind"] for o in lines)))
    print("paraphrase.jsonl:", len(plines), "groups", len(Q.PARAPHRASE))


if __name__ == "__main__":
    main()
