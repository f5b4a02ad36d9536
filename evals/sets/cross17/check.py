#!/usr/bin/env python3
"""Independent checker for xset17/set.jsonl: recomputes every expected value from /work/blind/gold and checks
every narrative substring occurs verbatim on one line of the report text (txt/md files only; no narrative item
of this set uses the PDF or HTML report). Exits 1 on any mismatch."""
import json, os, sys, glob
from collections import Counter

GOLD, CORPUS = "/work/blind/gold", "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))
G = {os.path.basename(p)[:-5]: json.load(open(p, encoding="utf-8")) for p in glob.glob(os.path.join(GOLD, "*.json"))}
FILES = {}
for f in os.listdir(CORPUS):
    stem, ext = os.path.splitext(f)
    if ext in (".txt", ".md", ".pdf", ".html") and f != "SOURCES.md":
        FILES[stem] = os.path.join(CORPUS, f)
errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

def num(stem, t, r, c):
    v = G[stem]["cells"].get(t, {}).get(r, {}).get(c, "MISSING")
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise KeyError(f"{stem} {t}.{r}.{c} not a number: {v!r}")
    return v

def parse(cells):
    out = []
    for part in cells.split(" + "):
        t, rest = part.split(".", 1)
        r, c = rest.split(".", 1)
        out.append((t, r, c))
    return out

def total(stem, cells):
    s = 0
    for t, r, c in parse(cells): s += num(stem, t, r, c)
    return s

def close(a, b): return a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) < 1e-6)

def has_cell(stem, cells):
    try:
        total(stem, cells); return True
    except KeyError:
        return False

def body(stem): return stem.rsplit("_", 1)[0]
def yr(stem): return int(stem.rsplit("_", 1)[1])

def chk_series(i, it):
    e = it["expected"]; b = it["body"]; lo, hi = it["span"]
    vals = e["values"]
    all_cells = {d["cells"] for d in vals.values()}
    seen = set()
    for y in range(lo, hi + 1):
        stem = f"{b}_{y}"
        ys = str(y)
        if stem not in FILES:
            if y not in e["gaps"]: err(i, f"year {y} missing from gaps")
            if ys in vals: err(i, f"gap year {y} has a value")
            continue
        if ys in vals:
            d = vals[ys]
            if d["report"] != stem: err(i, f"{y} report {d['report']}")
            try:
                v = total(stem, d["cells"])
                if not close(v, d["value"]): err(i, f"{y}: {d['value']} != gold {v}")
            except KeyError as x: err(i, str(x))
        else:
            if y not in e["not_comparable"]: err(i, f"year {y} neither value nor not_comparable")
            if any(has_cell(stem, c) for c in all_cells): err(i, f"year {y} marked not comparable but the row exists")
        seen.add(y)
    for y in e["gaps"] + e["not_comparable"]:
        if not lo <= y <= hi: err(i, f"{y} outside span")
    p = e["pick"]
    if p:
        vs = {int(k): d["value"] for k, d in vals.items()}
        if p["kind"] == "sum":
            if not close(p["value"], sum(vs.values())): err(i, "pick sum")
        else:
            best = (max if p["kind"] == "max" else min)(vs.values())
            ys = [k for k, v in vs.items() if v == best]
            if len(ys) != 1 or ys[0] != p["year"] or not close(best, p["value"]): err(i, f"pick {p} vs {best} {ys}")

def chk_comparison(i, it):
    e = it["expected"]; ref = it["ref"]
    for stem in it["reports"]:
        if stem not in FILES: err(i, f"{stem} not in corpus"); continue
        try:
            if ref.get("rate_num"):
                v = round(100.0 * total(stem, ref["rate_num"]) / total(stem, ref["rate_den"]), e["decimals"])
            else:
                v = total(stem, ref["cells"])
        except KeyError as x: err(i, str(x)); continue
        if not close(v, e["values"].get(stem)): err(i, f"{stem}: {e['values'].get(stem)} != {v}")
    if set(e["values"]) != set(it["reports"]): err(i, "values keys")
    if e["order"]:
        best = (max if e["order"] == "desc" else min)(e["values"].values())
        tops = [s for s, v in e["values"].items() if v == best]
        if tops != [e["top"]]: err(i, f"top {e['top']} vs {tops}")
    else:
        if e["top"] is not None: err(i, "top without order")
    differ = len({yr(s) for s in it["reports"]}) > 1
    if differ != bool(e.get("years_differ")): err(i, "years_differ flag")

def chk_consistency(i, it):
    e = it["expected"]
    for p in e["pairs"]:
        a, b = p["from"], p["to"]
        if body(a) != it["body"] or body(b) != it["body"] or yr(b) != yr(a) + 1 or a not in FILES or b not in FILES:
            err(i, f"bad pair {a}->{b}"); continue
        if "row" in p:
            r = p["row"]
            out = num(a, "stats", r, "cumulative") + num(b, "stats", r, "this_year"); inn = num(b, "stats", r, "cumulative")
        else:
            c = p["column"]
            out = num(a, "T3", "carried_to_next_year", c); inn = num(b, "T3", "carried_over_from_last_year", c)
        if (out, inn, out == inn) != (p["out"], p["in"], p["agree"]): err(i, f"pair {a}->{b}: {(out, inn)} vs {(p['out'], p['in'], p['agree'])}")
    if e["all_agree"] != all(p["agree"] for p in e["pairs"]): err(i, "all_agree")

def on_a_line(stem, sub):
    path = FILES[stem]
    if not path.endswith((".txt", ".md")): return False
    return any(sub in line for line in open(path, encoding="utf-8").read().split("\n"))

def chk_sub(i, stem, sub):
    if not 6 <= len(sub) <= 30: err(i, f"substring length {len(sub)}: {sub}")
    if not on_a_line(stem, sub): err(i, f"substring not on one line of {stem}: {sub}")

def chk_noyear(i, it):
    e = it["expected"]; b = it["body"]
    newest = max((s for s in FILES if body(s) == b), key=yr)
    if it["report"] != newest or e["report"] != newest: err(i, f"newest is {newest}")
    if e["answer_type"] == "narrative": chk_sub(i, newest, e["substring"])
    else:
        v = total(newest, it["ref"]["cells"])
        if not close(v, e["value"]): err(i, f"{e['value']} != {v}")
        if e["answer_type"] == "cell" and it["ref"]["cells"] != f"{e['table']}.{e['row']}.{e['column']}": err(i, "cell ref mismatch")

def chk_cell(i, it):
    e = it["expected"]
    if not close(num(it["report"], e["table"], e["row"], e["column"]), e["value"]): err(i, "cell value")

def chk_unans(i, it):
    e = it["expected"]
    if e != {"status": "not_found", "reason": e["reason"]} or e["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
        err(i, "unanswerable expected")

def chk_nobody(i, it):
    e = it["expected"]
    if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]): err(i, "nobody format")
    for s, r in zip(e["substrings"], e["reports"]): chk_sub(i, r, s)

CHK = {"series": chk_series, "comparison": chk_comparison, "consistency": chk_consistency, "noyear": chk_noyear,
       "cell": chk_cell, "unanswerable": chk_unans, "nobody": chk_nobody}

items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
ids = [it["id"] for it in items]
if len(ids) != len(set(ids)): err("set", "duplicate ids")
if len(items) < 110: err("set", f"only {len(items)} items")
for it in items:
    i = it["id"]
    if not i.startswith("x17-"): err(i, "prefix")
    try:
        if it["kind"] == "followup":
            if not 2 <= len(it["turns"]) <= 3: err(i, "turn count")
            if it["turns"][0]["kind"] not in ("series", "comparison"): err(i, "first turn kind")
            for k, t in enumerate(it["turns"]): CHK[t["kind"]](f"{i}#{k+1}", t)
        else:
            CHK[it["kind"]](i, it)
    except Exception as x:
        err(i, f"exception {type(x).__name__}: {x}")
c = Counter(it["kind"] for it in items)
print(len(items), dict(c))
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print("OK: all values and substrings check")
