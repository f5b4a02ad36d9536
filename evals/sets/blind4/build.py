# -*- coding: utf-8 -*-
"""Build blind set 4: reads questions.py (references) and the gold cells, writes
questions.json (ids + references, no numbers), set.jsonl and paraphrase.jsonl.
Every number in the output comes from a gold cell or is computed from gold cells here."""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIRS = ["/work/blind/gold", os.path.join(HERE, "gold")]
TEMPLATE = "/work/shared/corpus/template.json"
PREFIX = "s4-"


def load_gold(stem):
    for d in GOLD_DIRS:
        p = os.path.join(d, stem + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    raise SystemExit("no gold for " + stem)


GOLD = {s: load_gold(s) for s in Q.ALL_REPORTS}
TPL = json.load(open(TEMPLATE, encoding="utf-8"))


# ------------------------------------------------------------------ labels for formulas
def _labels():
    lab = {"2021": {}, "2019_trial": {}}
    for t in TPL["tables"]:
        if t["id"] == "T2":
            for sub in t["subtables"]:
                for r in sub["rows"]:
                    for c in sub["columns"]:
                        lab["2021"][("T2", r["key"], c["key"])] = r["label"] + "·" + c["label"]
        if t["id"] == "T3":
            for r in t["rows"]:
                for c in t["columns"]:
                    lab["2021"][("T3", r["key"], c["key"])] = r["label"].split("（区分")[0] + "·" + c["label"]
        if t["id"] == "T4":
            for c in t["columns"]:
                block = c["block"] if c["block"] == "行政复议" else "行政诉讼" + c["block"]
                lab["2021"][("T4", "cases", c["key"])] = block + "·" + c["label"]
    v = TPL["versions"]["2019_trial"]
    for sub in v["T2"]["subtables"]:
        for r in sub["rows"]:
            for c in sub["columns"]:
                lab["2019_trial"][("T2", r["key"], c["key"])] = r["label"] + "·" + c["label"]
    for r in v["T3"]["rows"]:
        for c in TPL["tables"][1]["columns"]:
            lab["2019_trial"][("T3", r["key"], c["key"])] = r["label"].split("（区分")[0] + "·" + c["label"]
    for k, val in lab["2021"].items():
        if k[0] == "T4":
            lab["2019_trial"][k] = val
    # hongze prints （六）其他处理 as one row
    for c in TPL["tables"][1]["columns"]:
        lab["2021"][("T3", "other_processing", c["key"])] = "（六）其他处理·" + c["label"]
    return lab


LAB = _labels()


def label(ref):
    rep, t, r, c = ref
    g = GOLD[rep]
    if t == "stats":
        return "%s·%s" % (g["labels"][r], g["column_labels"][c])
    return LAB[g["format"]][(t, r, c)]


def cell(ref):
    rep, t, r, c = ref
    v = GOLD[rep]["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("not a determined number: %r -> %r" % (ref, v))
    return v


def unit_of(ref):
    rep, t, r, c = ref
    g = GOLD[rep]
    if t == "stats":
        return g["units"][r]
    if t == "T2" and c == "fee_amount":
        return "万元"
    if t == "T2" and c == "procurement_amount":
        return "元"
    if t == "T2" and g["format"] == "2019_trial" and c in ("previous_year_items", "change"):
        return "项"
    return "件"


def D_(v):
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def num_out(d):
    d = d.normalize() if d != d.to_integral_value() else d.quantize(Decimal(1))
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def fmt(v):
    return repr(v) if isinstance(v, float) else str(v)


def qround(d, decimals):
    q = Decimal(1).scaleb(-decimals)
    return d.quantize(q, rounding=ROUND_HALF_UP)


def with_year(ref, multi):
    rep = ref[0]
    return ("%d年" % GOLD[rep]["year"] + label(ref)) if multi else label(ref)


def derive(spec):
    op = spec["op"]
    refs = []
    for k in ("cells", "a", "b", "num", "den"):
        refs += [tuple(x) for x in spec.get(k, [])]
    refs += [tuple(x[1]) for x in spec.get("cands", [])]
    multi = len({r[0] for r in refs}) > 1

    def terms(lst):
        return " + ".join("%s %s" % (with_year(tuple(x), multi), fmt(cell(tuple(x)))) for x in lst)

    def total(lst):
        return sum((D_(cell(tuple(x))) for x in lst), Decimal(0))

    out = {}
    if op == "sum":
        val = total(spec["cells"])
        out["formula"] = "%s = %s" % (terms(spec["cells"]), fmt(num_out(val)))
    elif op == "diff":
        val = total(spec["a"]) - total(spec["b"])
        a, b = terms(spec["a"]), terms(spec["b"])
        if "decimals" in spec:
            val = qround(val, spec["decimals"])
        out["formula"] = "(%s) − (%s) = %s" % (a, b, fmt(num_out(val)))
    elif op == "share":
        n, d = total(spec["num"]), total(spec["den"])
        val = qround(n / d * 100, spec["decimals"])
        out["formula"] = "(%s) ÷ (%s) × 100 = %s" % (terms(spec["num"]), terms(spec["den"]), fmt(num_out(val)))
    elif op == "max":
        best = None
        for lab, ref in spec["cands"]:
            v = D_(cell(tuple(ref)))
            if best is None or v > best[1]:
                best = (lab, v)
        ties = [lab for lab, ref in spec["cands"] if D_(cell(tuple(ref))) == best[1]]
        if len(ties) != 1:
            raise SystemExit("ranking tie: %r" % ties)
        val = best[1]
        out["label"] = best[0]
        out["formula"] = "max(%s) = %s %s" % (
            ", ".join("%s %s" % (lab, fmt(cell(tuple(ref)))) for lab, ref in spec["cands"]), best[0], fmt(num_out(val)))
    else:
        raise SystemExit("bad op " + op)
    res = {"value": num_out(val)}
    res.update(out)
    res["unit"] = spec["unit"]
    if "decimals" in spec:
        res["decimals"] = spec["decimals"]
    return res


def ref_json(spec):
    """the reference part of a spec, for questions.json (no numbers)."""
    r = {k: v for k, v in spec.items() if k not in ("class", "question", "note")}
    return json.loads(json.dumps(r))


def expected(spec):
    k = spec["kind"]
    if k == "cell":
        rep, t, r, c = spec["ref"]
        return {"table": t, "row": r, "column": c, "value": cell(spec["ref"])}
    if k == "derived":
        return derive(spec)
    if k == "narrative":
        return {"substring": spec["substring"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": spec["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise SystemExit(k)


def year_of(spec):
    if spec.get("report"):
        return GOLD[spec["report"]]["year"]
    return spec.get("year")


def line_for(iid, spec):
    d = {"id": iid, "kind": spec["kind"], "class": spec["class"], "question": spec["question"],
         "report": spec.get("report"), "year": year_of(spec), "expected": expected(spec)}
    if spec.get("note"):
        d["note"] = spec["note"]
    return d


def followup_line(iid, spec):
    turns = []
    for t in spec["turns"]:
        e = expected(t)
        e["report"] = t.get("report")
        e["year"] = year_of(t)
        td = {"question": t["question"], "kind": t["kind"], "class": t["class"], "expected": e}
        if t.get("note"):
            td["note"] = t["note"]
        turns.append(td)
    d = {"id": iid, "kind": "followup", "class": spec["class"], "turns": turns}
    if spec.get("note"):
        d["note"] = spec["note"]
    return d


def main():
    lines, refs = [], []
    groups = [("c", Q.CELLS), ("d", Q.DERIVED), ("n", Q.NARRATIVE), ("u", Q.UNANSWERABLE),
              ("a", Q.AMBIGUOUS), ("f", Q.FOLLOWUPS)]
    for tag, items in groups:
        for i, spec in enumerate(items, 1):
            iid = "%s%s%03d" % (PREFIX, tag, i)
            if spec["kind"] == "followup":
                lines.append(followup_line(iid, spec))
                refs.append({"id": iid, "kind": "followup", "turns": [
                    dict(ref_json(t), question=t["question"]) for t in spec["turns"]]})
            else:
                lines.append(line_for(iid, spec))
                refs.append(dict(ref_json(spec), id=iid, question=spec["question"]))
    para, prefs = [], []
    for gname, items in Q.PARAPHRASES:
        assert len(items) == 5, gname
        for i, spec in enumerate(items, 1):
            iid = "%s%s-%d" % (PREFIX, gname, i)
            d = line_for(iid, spec)
            d["group"] = PREFIX + gname
            para.append(d)
            prefs.append(dict(ref_json(spec), id=iid, group=PREFIX + gname, question=spec["question"]))
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for d in para:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as f:
        json.dump({"set": refs, "paraphrase": prefs}, f, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(d["kind"] for d in lines)
    print("set.jsonl:", len(lines), dict(c), {k: round(100 * v / len(lines), 1) for k, v in c.items()})
    print("paraphrase.jsonl:", len(para), "groups:", len(Q.PARAPHRASES))


if __name__ == "__main__":
    main()
