# -*- coding: utf-8 -*-
"""Independent checker for blind set b8: recomputes every expected value from the gold cells and the references in
questions.py (own code, does not import build.py), checks every narrative substring on one line of the report text
(.txt/.md: the corpus file; .pdf: text/hongze-district_2023.txt = pdftotext -layout; .html: text/shuyang-fgj_2023.txt =
tag-stripped text of the page, read against the rendered page), and structural rules. Exit 1 on any mismatch."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q

errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

G = {}
for d in ["/work/blind/gold", os.path.join(HERE, "gold")]:
    for p in glob.glob(os.path.join(d, "*.json")):
        G.setdefault(os.path.basename(p)[:-5], json.load(open(p, encoding="utf-8")))
STEMS = {os.path.splitext(os.path.basename(p))[0]: p for p in glob.glob(CORPUS + "/*") if not p.endswith((".json", "SOURCES.md"))}

def lookup(rep, table, row, col):
    g = G[rep]["cells"]
    v = g[table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err("non-numeric gold cell asked:", rep, table, row, col, v)
        return None
    return v

def ref_cell(ref):
    rep, t, r, col = ref
    if t == "T4":
        return lookup(rep, "T4", "cases", r)
    return lookup(rep, t, r, col)

def recompute(spec):
    op = spec["op"]
    if op == "sum":
        return sum(ref_cell(x) for x in spec["cells"]), None
    if op == "diff":
        return sum(ref_cell(x) for x in spec["a"]) - sum(ref_cell(x) for x in spec["b"]), None
    if op == "share":
        num = sum(ref_cell(x) for x in spec["num"]); den = sum(ref_cell(x) for x in spec["den"])
        return round(100.0 * num / den, spec["decimals"]), None
    if op == "rank":
        pairs = [(lab, ref_cell(r)) for lab, r in spec["items"]]
        pairs.sort(key=lambda p: p[1], reverse=(spec["dir"] == "max"))
        if len(pairs) > 1 and pairs[0][1] == pairs[1][1]:
            err("rank tie", pairs)
        return pairs[0][0], pairs[0][1]
    err("unknown op", op); return None, None

_lines = {}
def text_lines(rep):
    if rep not in _lines:
        src = STEMS[rep]
        if src.endswith((".pdf", ".html")):
            src = os.path.join(HERE, "text", rep + ".txt")
        _lines[rep] = open(src, encoding="utf-8", errors="replace").read().splitlines()
    return _lines[rep]

def check_expected(ctx, kind, spec_item, e, rep, year):
    if rep is not None:
        if rep not in STEMS: err(ctx, "unknown report", rep)
        elif rep in G and kind != "unanswerable" and G[rep]["year"] != year: err(ctx, "year mismatch", rep, year)
    if kind == "cell":
        r, t, row, col = spec_item["ref"]
        want = ref_cell(spec_item["ref"])
        if rep != r: err(ctx, "report differs from ref", rep, r)
        exp_row, exp_col = ("cases", row) if t == "T4" else (row, col)
        if (e.get("table"), e.get("row"), e.get("column")) != (t, exp_row, exp_col): err(ctx, "cell address mismatch", e)
        if e.get("value") != want: err(ctx, "cell value", e.get("value"), "!= gold", want)
    elif kind == "derived":
        v, cnt = recompute(spec_item["spec"])
        if isinstance(v, float) or isinstance(e.get("value"), float):
            if abs(float(e["value"]) - float(v)) > 1e-9: err(ctx, "derived value", e.get("value"), "!=", v)
        elif e.get("value") != v: err(ctx, "derived value", e.get("value"), "!=", v)
        if cnt is not None and e.get("count") != cnt: err(ctx, "rank count", e.get("count"), "!=", cnt)
        if not e.get("formula") or not e.get("unit"): err(ctx, "formula/unit missing")
        if spec_item["spec"]["op"] == "share" and e.get("decimals") != spec_item["spec"]["decimals"]: err(ctx, "decimals")
    elif kind == "narrative":
        s = e.get("substring", "")
        if not (6 <= len(s) <= 30): err(ctx, "substring length", len(s), s)
        if s != spec_item["substring"]: err(ctx, "substring differs from questions.py")
        if not any(s in ln for ln in text_lines(rep)): err(ctx, "substring not on one line of", rep, ":", s)
    elif kind == "unanswerable":
        if e != {"status": "not_found", "reason": spec_item["reason"]} and {k: e[k] for k in ("status", "reason")} != {"status": "not_found", "reason": spec_item["reason"]}:
            err(ctx, "unanswerable expected", e)
        if e["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"): err(ctx, "bad reason")
        if e["reason"] == "year_not_indexed" and year is not None:
            for st in STEMS:
                if st.endswith("_%d" % year) and rep is not None and st == rep: err(ctx, "year is indexed")
        if e["reason"] in ("no_such_figure", "not_in_this_format") and rep not in STEMS: err(ctx, "needs a real report")
        if e["reason"] == "body_not_indexed" and rep is not None: err(ctx, "body_not_indexed with report")
    elif kind == "ambiguous":
        if e != {"status": "ambiguous"}: err(ctx, "ambiguous expected", e)
    else:
        err(ctx, "bad kind", kind)

recs = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
if len(recs) != len(Q.ITEMS): err("item count", len(recs), len(Q.ITEMS))
ids = set()
for rec, it in zip(recs, Q.ITEMS):
    ctx = rec["id"]
    if not ctx.startswith("b8-") or ctx in ids: err(ctx, "bad/duplicate id")
    ids.add(ctx)
    if rec["kind"] != it["kind"]: err(ctx, "kind differs")
    if not rec.get("class"): err(ctx, "class missing")
    if rec["kind"] == "followup":
        if not (2 <= len(rec["turns"]) <= 3): err(ctx, "turn count")
        for k, (tr, ti) in enumerate(zip(rec["turns"], it["turns"]), 1):
            e = dict(tr["expected"]); rep = e.pop("report"); yr = e.pop("year")
            if tr["question"] != ti["question"]: err(ctx, "turn question differs")
            if ti["kind"] == "unanswerable" and (rep != ti["report"] or yr != ti["year"]): err(ctx, "turn report/year")
            check_expected("%s/t%d" % (ctx, k), ti["kind"], ti, e, rep, yr)
        continue
    if rec["question"] != it["question"]: err(ctx, "question differs")
    if rec["kind"] == "unanswerable" and (rec["report"] != it["report"] or rec["year"] != it["year"]): err(ctx, "report/year")
    if rec["kind"] == "ambiguous" and (rec["report"] is not None): err(ctx, "ambiguous with report")
    check_expected(ctx, rec["kind"], it, rec["expected"], rec["report"], rec["year"])

para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
by = {}
for r in para:
    if r["id"] in ids: err(r["id"], "duplicate id")
    ids.add(r["id"]); by.setdefault(r["group"], []).append(r)
if len(by) < 15: err("fewer than 15 paraphrase groups")
for g, base, qs in Q.PARA:
    rs = by.get(g, [])
    if len(rs) != 5: err(g, "group size", len(rs)); continue
    if len({json.dumps(r["expected"], sort_keys=True, ensure_ascii=False) for r in rs}) != 1: err(g, "expected differs inside group")
    if len({r["question"] for r in rs}) != 5: err(g, "duplicate question text")
    for r, (q, cls) in zip(rs, qs):
        if r["question"] != q or r["kind"] not in ("cell", "derived"): err(r["id"], "question/kind")
        check_expected(r["id"], base["kind"], base, r["expected"], r["report"], r["year"])

if len(recs) < 150: err("fewer than 150 items")
from collections import Counter
print("set:", len(recs), dict(Counter(r["kind"] for r in recs)), "| paraphrase:", len(para), "in", len(by), "groups")
if errors:
    print("\n".join(errors)); print("FAIL", len(errors)); sys.exit(1)
print("OK")
