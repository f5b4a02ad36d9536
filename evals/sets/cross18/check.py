# -*- coding: utf-8 -*-
"""Independent checker for x18/set.jsonl: recomputes every value from the gold cells (own code, does not import
build.py) and checks every narrative substring is on one line of the report text (all substrings used here are
from .txt/.md files, read as stored). Exits 1 on any mismatch."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions  # reference spans / metrics only

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def G(stem):
    return json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))


def corpus_file(stem):
    for ext in ("txt", "md", "pdf", "html"):
        p = os.path.join(CORPUS, stem + "." + ext)
        if os.path.exists(p):
            return p
    return None


def has_year(body, y):
    return corpus_file("%s_%d" % (body, y)) is not None


def get(stem, t, r, c):
    d = G(stem)["cells"]
    try:
        v = d[t][r][c]
    except KeyError:
        return None, False
    ok = isinstance(v, (int, float)) and not isinstance(v, bool)
    if not ok:
        err("cell not numeric", stem, t, r, c, v)
    return v, True


def ev(stem, m):
    if m[0] == "cell":
        return get(stem, m[1], m[2], m[3])[0]
    if m[0] == "sumrows":
        return sum(get(stem, m[1], r, m[3])[0] for r in m[2])
    if m[0] == "sumcols":
        return sum(get(stem, m[1], m[2], c)[0] for c in m[3])
    if m[0] == "rate":
        return ev(stem, m[1]) * 100.0 / ev(stem, m[2])
    err("bad metric", m)


def line_has(stem, sub):
    p = corpus_file(stem)
    if not p or not (p.endswith(".txt") or p.endswith(".md")):
        err("substring check needs a text file", stem)
        return
    if not (6 <= len(sub) <= 30):
        err("substring length", len(sub), sub)
    if not any(sub in line for line in open(p, encoding="utf-8")):
        err("substring not on one line", stem, sub)


def chk_series(q, e, body):
    all_years = sorted(y for y in range(2000, 2030) if has_year(body, y))
    lo, hi = q["span"] or (all_years[0], all_years[-1])
    vals, gaps, nc = {}, [], []
    for y in range(lo, hi + 1):
        st = "%s_%d" % (body, y)
        if not has_year(body, y):
            gaps.append(y)
            continue
        ref = (q["t"], q["r"], q["c"])
        fmt = G(st)["format"]
        if q.get("map") and fmt in q["map"]:
            ref = tuple(q["map"][fmt])
        v, exists = get(st, *ref)
        if not exists:
            nc.append(y)
        else:
            vals[str(y)] = v
    if {k: x["value"] for k, x in e["values"].items()} != vals:
        err(q["id"], "series values", vals, e["values"])
    if e["gaps"] != gaps or e["not_comparable"] != nc:
        err(q["id"], "gaps/nc", gaps, nc, e["gaps"], e["not_comparable"])
    if (e["table"], e["row"], e["column"]) != (q["t"], q["r"], q["c"]):
        err(q["id"], "series ref")
    p = q["pick"]
    if p is None:
        if e["pick"] is not None:
            err(q["id"], "pick should be null")
    else:
        items = sorted(vals.items())
        if p == "sum":
            want = {"kind": "sum", "value": sum(v for _, v in items), "year": None}
        else:
            f = max if p == "max" else min
            b = f(v for _, v in items)
            ys = [int(y) for y, v in items if v == b]
            if len(ys) != 1:
                err(q["id"], "pick tie")
            want = {"kind": p, "value": b, "year": ys[0]}
        if e["pick"] != want:
            err(q["id"], "pick", want, e["pick"])


def chk_comparison(q, e, reports):
    if reports != q["reports"]:
        err(q["id"], "reports")
    for st in q["reports"]:
        v = ev(st, q["metric"])
        if q["decimals"] is not None:
            v = round(v, q["decimals"])
        if abs(v - e["values"][st]) > 1e-9:
            err(q["id"], "comparison value", st, v, e["values"][st])
    vs = [e["values"][s] for s in q["reports"]]
    if q["order"]:
        b = max(vs) if q["order"] == "desc" else min(vs)
        tops = [s for s in q["reports"] if e["values"][s] == b]
        want = tops[0] if len(tops) == 1 else None
        if e["top"] != want:
            err(q["id"], "top", want, e["top"])
    elif e["top"] is not None:
        err(q["id"], "top should be null")
    yd = len({s.rsplit("_", 1)[1] for s in q["reports"]}) > 1
    if e["years_differ"] != yd:
        err(q["id"], "years_differ")
    if q["metric"][0] == "rate" and e["unit"] != "%":
        err(q["id"], "unit")


def chk_consistency(q, e, body):
    lo, hi = q["years"]
    if len(e["pairs"]) != hi - lo:
        err(q["id"], "pair count")
    for i, y in enumerate(range(lo, hi)):
        a, b = "%s_%d" % (body, y), "%s_%d" % (body, y + 1)
        p = e["pairs"][i]
        if (p["from"], p["to"]) != (a, b):
            err(q["id"], "pair stems")
        if q["row"] is None:
            o = get(a, "T3", "carried_to_next_year", q["column"])[0]
            n = get(b, "T3", "carried_over_from_last_year", q["column"])[0]
        else:
            o = get(a, "stats", q["row"], "cumulative")[0] + get(b, "stats", q["row"], "this_year")[0]
            n = get(b, "stats", q["row"], "cumulative")[0]
        if (p["out"], p["in"], p["agree"]) != (o, n, o == n):
            err(q["id"], "pair", y, o, n, p)
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]):
        err(q["id"], "all_agree")


def chk_noyear(q, rec):
    st = q["report"]
    body, y = st.rsplit("_", 1)
    newest = max(yy for yy in range(2000, 2030) if has_year(body, yy))
    if int(y) != newest or rec["report"] != st:
        err(q["id"], "not newest", st)
    e = rec["expected"]
    if q["sub"] == "cell":
        if e["value"] != get(st, *q["ref"])[0]:
            err(q["id"], "noyear cell")
    elif q["sub"] == "derived":
        if "rows" in q:
            v = sum(get(st, "T3", r, q["col"])[0] for r in q["rows"])
        else:
            v = sum(get(st, *c)[0] for c in q["cells"])
        if e["value"] != v:
            err(q["id"], "noyear derived", v, e["value"])
    else:
        if e["substring"] != q["substring"]:
            err(q["id"], "substring differs")
        line_has(st, e["substring"])


def chk(q, rec):
    k = q["kind"]
    if rec.get("kind") != k:
        err(q["id"], "kind")
    if k == "series":
        chk_series(q, rec["expected"], rec["body"])
    elif k == "comparison":
        chk_comparison(q, rec["expected"], rec["reports"])
    elif k == "consistency":
        chk_consistency(q, rec["expected"], rec["body"])
    elif k == "noyear":
        chk_noyear(q, rec)
    elif k == "nobody":
        e = rec["expected"]
        if e["accept"] != ["grouped", "ambiguous"]:
            err(q["id"], "accept")
        for st, s in zip(e["reports"], e["substrings"]):
            line_has(st, s)
    elif k == "unanswerable":
        if rec["expected"] != {"status": "not_found", "reason": q["reason"]}:
            err(q["id"], "unanswerable")
        if q["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err(q["id"], "reason")


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    byid = {r["id"]: r for r in recs}
    if len(byid) != len(recs):
        err("duplicate ids")
    if len(recs) < 110:
        err("fewer than 110 items")
    for q in questions.ITEMS:
        rid = "x18-" + q["id"]
        rec = byid.get(rid)
        if rec is None:
            err("missing", rid)
            continue
        if q["kind"] == "followup":
            if not (2 <= len(rec["turns"]) <= 3):
                err(rid, "turn count")
            if rec["turns"][0]["kind"] not in ("series", "comparison"):
                err(rid, "first turn kind")
            for tq, tr in zip(q["turns"], rec["turns"]):
                tq = dict(tq, id=rid + "/" + tq["id"])
                if tr["question"] != tq["q"]:
                    err(rid, "turn question")
                chk(tq, tr)
        else:
            if rec["question"] != q["q"]:
                err(rid, "question text")
            chk(q, rec)
    for r in recs:
        for key in ("id", "kind", "class"):
            if not r.get(key):
                err(r.get("id"), "missing field", key)
        if not r["id"].startswith("x18-"):
            err(r["id"], "prefix")
    if errors:
        print("\n".join(errors))
        print("FAIL", len(errors))
        sys.exit(1)
    print("OK", len(recs), "items checked")


if __name__ == "__main__":
    main()
