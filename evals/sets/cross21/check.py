# -*- coding: utf-8 -*-
"""Independent checker for xset21/set.jsonl: recomputes every value from /work/blind/gold (not from
build.py or questions.py), re-derives gaps / picks / order / top / consistency pairs, and checks each
narrative substring occurs verbatim on one line of the report text (.txt/.md files only; no PDF/HTML
substrings are used in this set). Exits non-zero on any mismatch."""
import json, os, re, sys

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(i, m): errors.append("%s: %s" % (i, m))

G = {}
def g(stem):
    if stem not in G:
        G[stem] = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
    return G[stem]

def cell(stem, t, r, c):
    return g(stem)["cells"][t][r][c]

def num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)

INDEX = {}
for f in os.listdir(CORPUS):
    m = re.match(r"(.+)_(\d{4})\.(txt|md|pdf|html)$", f)
    if m:
        INDEX.setdefault(m.group(1), set()).add(int(m.group(2)))

def lines(stem):
    for ext in ("txt", "md"):
        p = os.path.join(CORPUS, stem + "." + ext)
        if os.path.exists(p):
            return open(p, encoding="utf-8").read().split("\n")
    return None

def sub_ok(stem, s):
    ls = lines(stem)
    return ls is not None and any(s in l for l in ls) and 6 <= len(s) <= 30

def sum_cells(stem, cells):
    vs = [cell(stem, *c) for c in cells]
    if not all(num(v) for v in vs):
        return None
    s = sum(vs)
    return round(s, 6) if any(isinstance(v, float) for v in vs) else s

# which formats hold each top-level row family, written independently of build.py
FORMAT_OF_TABLE = {"T2": None, "T3": ("2019_trial", "2021"), "T4": ("2019_trial", "2021"), "stats": ("pre_2019",)}
ONLY_2021_ROWS = {"other_no_correction_overdue", "other_fee_unpaid_overdue", "other_other"}
ONLY_2021_T2_COLS = {"fee_amount"}

def check_series(i, body, e):
    vals = e["values"]
    for y, d in vals.items():
        st = d["report"]
        if st != "%s_%s" % (body, y): err(i, "report/year mismatch %s %s" % (y, st))
        if g(st)["year"] != int(y): err(i, "gold year %s" % st)
        v = sum_cells(st, d["cells"])
        if v is None or v != d["value"]: err(i, "value %s: %s vs %s" % (y, v, d["value"]))
        fmt = g(st)["format"]
        for t, r, c in d["cells"]:
            if t == "stats" and fmt != "pre_2019": err(i, "stats cell in %s" % st)
            if t in ("T3", "T4") and fmt == "pre_2019": err(i, "T3/T4 cell in pre-2019 %s" % st)
            if r in ONLY_2021_ROWS and fmt != "2021": err(i, "2021-only row in %s" % st)
            if c in ONLY_2021_T2_COLS and fmt != "2021": err(i, "fee amount in %s" % st)
    ys = sorted(INDEX[body])
    asked = sorted(set(int(y) for y in vals) | set(e["gaps"]) | set(e["not_comparable"]))
    for y in e["gaps"]:
        if y in INDEX[body]: err(i, "gap %d is indexed" % y)
    for y in e["not_comparable"]:
        if y not in INDEX[body]: err(i, "not_comparable %d not indexed" % y)
        if str(y) in vals: err(i, "not_comparable %d also in values" % y)
    # every indexed year inside the asked span must be in values or not_comparable
    lo, hi = asked[0], asked[-1]
    contiguous = asked == list(range(lo, hi + 1))
    if contiguous:
        for y in ys:
            if lo <= y <= hi and str(y) not in vals and y not in e["not_comparable"]:
                err(i, "indexed year %d missing" % y)
    # not_comparable years: their format must differ from every valued year's format in cells' table
    vfmts = {g(d["report"])["format"] for d in vals.values()}
    for y in e["not_comparable"]:
        if g("%s_%d" % (body, y))["format"] in vfmts and e["row"] not in ("requests_total",):
            # same format could still lack the row (pre-2019 row sets differ): verify the row is absent
            fmt = g("%s_%d" % (body, y))["format"]
            t = e["table"]
            present = e["row"] in g("%s_%d" % (body, y))["cells"].get(t, {})
            if present and not (e["row"] in ONLY_2021_ROWS and fmt != "2021"):
                err(i, "not_comparable %d has the row" % y)
    p = e["pick"]
    if p:
        vs = {int(y): d["value"] for y, d in vals.items()}
        if p["kind"] == "sum":
            s = sum(vs.values())
            s = round(s, 6) if isinstance(s, float) else s
            if s != p["value"]: err(i, "sum %s vs %s" % (s, p["value"]))
        else:
            f = max if p["kind"] == "max" else min
            b = f(vs.values())
            yy = [y for y, v in vs.items() if v == b]
            if len(yy) != 1 or yy[0] != p["year"] or b != p["value"]: err(i, "pick %s %s" % (yy, b))

def check_comparison(i, stems, e):
    years = {g(s)["year"] for s in stems}
    if (len(years) > 1) != bool(e.get("years_differ")): err(i, "years_differ flag")
    for s in stems:
        r = e["refs"][s]
        n = sum_cells(s, r["num"])
        if "den" in r:
            d = sum_cells(s, r["den"])
            v = round(n / d * 100, e["decimals"])
            if e["unit"] != "%": err(i, "rate unit")
        else:
            v = n
        if v is None or v != e["values"][s]: err(i, "value %s: %s vs %s" % (s, v, e["values"][s]))
    if e["order"]:
        f = max if e["order"] == "desc" else min
        b = f(e["values"].values())
        tops = [s for s, v in e["values"].items() if v == b]
        if tops != [e["top"]]: err(i, "top %s vs %s" % (tops, e["top"]))
    elif e["top"] is not None:
        err(i, "top without order")

def check_consistency(i, body, e):
    for p in e["pairs"]:
        a, b = p["from"], p["to"]
        if g(b)["year"] != g(a)["year"] + 1: err(i, "not consecutive")
        if p["column"] == "cumulative":
            out = cell(a, "stats", p["row"], "cumulative")
            inn = cell(b, "stats", p["row"], "cumulative") - cell(b, "stats", p["row"], "this_year")
        else:
            out = cell(a, "T3", "carried_to_next_year", p["column"])
            inn = cell(b, "T3", "carried_over_from_last_year", p["column"])
        if (out, inn, out == inn) != (p["out"], p["in"], p["agree"]): err(i, "pair %s->%s" % (a, b))
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]): err(i, "all_agree")

def check_noyear(i, x):
    e = x["expected"]; st = x["report"]
    body = st.rsplit("_", 1)[0]
    if g(st)["year"] != max(INDEX[body]): err(i, "not newest report")
    if x["answer_kind"] == "cell":
        if cell(st, e["table"], e["row"], e["column"]) != e["value"]: err(i, "cell")
    elif x["answer_kind"] == "derived":
        n = sum_cells(st, e["num"]); d = sum_cells(st, e["den"])
        if round(n / d * 100, e["decimals"]) != e["value"]: err(i, "derived")
    else:
        if not sub_ok(st, e["substring"]): err(i, "substring not on one line: " + e["substring"])

REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}

def check_item(i, kind, x):
    e = x["expected"]
    if kind == "series": check_series(i, x["body"], e)
    elif kind == "comparison": check_comparison(i, x["reports"], e)
    elif kind == "consistency": check_consistency(i, x["body"], e)
    elif kind == "noyear": check_noyear(i, x)
    elif kind == "nobody":
        if e["accept"] != ["grouped", "ambiguous"]: err(i, "accept")
        for st, s in zip(e["reports"], e["substrings"]):
            if not sub_ok(st, s): err(i, "substring %s in %s" % (s, st))
    elif kind == "unanswerable":
        if e["status"] != "not_found" or e["reason"] not in REASONS: err(i, "unanswerable fields")
    else:
        err(i, "unknown kind " + kind)

items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
ids = set()
for x in items:
    i = x["id"]
    if not i.startswith("x21-") or i in ids: err(i, "bad/duplicate id")
    ids.add(i)
    if not x.get("class"): err(i, "no class")
    if x["kind"] == "followup":
        if not 2 <= len(x["turns"]) <= 3: err(i, "turn count")
        if x["turns"][0]["kind"] not in ("series", "comparison"): err(i, "first turn kind")
        for n, t in enumerate(x["turns"]):
            check_item("%s#%d" % (i, n), t["kind"], t)
    else:
        check_item(i, x["kind"], x)

from collections import Counter
c = Counter(x["kind"] for x in items)
if len(items) < 110: errors.append("fewer than 110 items")
print(len(items), dict(c))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
