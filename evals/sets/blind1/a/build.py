# -*- coding: utf-8 -*-
"""Compute every expected value from the gold cells and write set.jsonl and paraphrase.jsonl."""
import json, pathlib, sys
from decimal import Decimal, ROUND_HALF_UP
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import questions as Q

GOLD_DIRS = [HERE / "gold", pathlib.Path("/work/blind/gold")]
TEMPLATE = json.loads(pathlib.Path("/work/shared/corpus/template.json").read_text(encoding="utf-8"))

def load_gold(stem):
    for d in GOLD_DIRS:
        p = d / f"{stem}.json"
        if p.exists():
            return json.loads(p.read_text(encoding="utf-8"))
    raise SystemExit(f"no gold for {stem}")

GOLD = {}
def gold(stem):
    if stem not in GOLD: GOLD[stem] = load_gold(stem)
    return GOLD[stem]

# labels for formulas
LAB = {}
for t in TEMPLATE["tables"]:
    for r in t.get("rows", []): LAB[r["key"]] = r["label"]
    for c in t.get("columns", []): LAB.setdefault(c["key"], c["label"])
    for s in t.get("subtables", []):
        for r in s["rows"]: LAB[r["key"]] = r["label"]
        for c in s["columns"]: LAB.setdefault(c["key"], c["label"])
for s in TEMPLATE["versions"]["2019_trial"]["T2"]["subtables"]:
    for r in s["rows"]: LAB.setdefault(r["key"], r["label"])
    for c in s["columns"]: LAB.setdefault(c["key"], c["label"])
LAB.update({"other_processing": "（六）其他处理", "cases": "",
            "review": "行政复议", "litigation_direct": "行政诉讼·未经复议直接起诉",
            "litigation_after_review": "行政诉讼·复议后起诉", "maintained": "结果维持", "corrected": "结果纠正",
            "other_result": "其他结果", "pending": "尚未审结", "total": "总计",
            "new_made": "本年新制作数量", "total_published": "对外公开总数量",
            "procurement_items": "采购项目数量", "procurement_amount": "采购总金额"})

def parse_ref(ref, stem):
    if ":" in ref: stem, ref = ref.split(":", 1)
    table, row, col = ref.split(".", 2)
    return stem, table, row, col

def cell(ref, stem):
    s, t, r, c = parse_ref(ref, stem)
    v = gold(s)["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"{s} {t}.{r}.{c} is not a usable number: {v!r}")
    return v

def label(ref, stem):
    s, t, r, c = parse_ref(ref, stem)
    if t == "T4":
        b, cc = c.split(".")
        txt = f"T4 {LAB[b]}·{LAB[cc]}"
    else:
        txt = f"{t} {LAB[r]}·{LAB[c]}"
    if s != stem: txt = f"{s} {txt}"
    return txt

def D(x): return Decimal(str(x))

def ev(e, stem):
    """returns (Decimal value, formula text)"""
    if isinstance(e, str):
        v = cell(e, stem); return D(v), f"{label(e, stem)} {v}"
    op, *args = e
    vals = [ev(a, stem) for a in args]
    if op == "sum":
        return sum((v for v, _ in vals), Decimal(0)), "(" + " + ".join(f for _, f in vals) + ")"
    if op == "sub":
        (a, fa), (b, fb) = vals; return a - b, f"{fa} − {fb}"
    if op == "pct":
        (a, fa), (b, fb) = vals; return a / b * 100, f"{fa} ÷ {fb} × 100"
    if op == "max":
        return max(v for v, _ in vals), "max(" + ", ".join(f for _, f in vals) + ")"
    raise SystemExit(f"bad op {op}")

def num(d, decimals=None):
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    elif d != d.to_integral_value():
        d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return int(d) if d == d.to_integral_value() else float(d)

def expected(it):
    k = it["kind"]; stem = it.get("report")
    if k == "cell":
        s, t, r, c = parse_ref(it["ref"], stem)
        return {"table": t, "row": r, "column": c, "value": cell(it["ref"], stem)}
    if k == "derived":
        v, f = ev(it["expr"], stem)
        dec = it.get("decimals")
        val = num(v, dec)
        out = {"value": val, "formula": f"{f} = {val}", "unit": it["unit"]}
        if dec is not None: out["decimals"] = dec
        return out
    if k == "narrative":
        return {"substring": it["substring"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": it["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise SystemExit(k)

def year_of(it):
    if it.get("report"): return gold(it["report"])["year"]
    return it.get("year")

def line(it, iid):
    o = {"id": iid, "kind": it["kind"], "question": it["question"], "report": it.get("report"),
         "year": year_of(it), "expected": expected(it), "class": it["class"]}
    if it.get("note"): o["note"] = it["note"]
    if "group" in it: o["group"] = it["group"]
    return o

def build():
    items = []
    for n, it in enumerate(Q.ITEMS, 1):
        iid = f"a-{n:03d}"
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                e = expected(t); e["report"] = t.get("report"); e["year"] = year_of(t)
                turns.append({"question": t["question"], "expected": {"kind": t["kind"], **e}})
            items.append({"id": iid, "kind": "followup", "class": it["class"], "turns": turns})
        else:
            items.append(line(it, iid))
    para = []
    cnt = {}
    for it in Q.PARA:
        cnt[it["group"]] = cnt.get(it["group"], 0) + 1
        para.append(line(it, f"a-{it['group']}-{cnt[it['group']]}"))
    return items, para

if __name__ == "__main__":
    items, para = build()
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
        for o in items: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(HERE / "paraphrase.jsonl", "w", encoding="utf-8") as f:
        for o in para: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set:", len(items), dict(Counter(o["kind"] for o in items)))
    print("paraphrase:", len(para), "groups", len({o["group"] for o in para}))
