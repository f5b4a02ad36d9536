#!/usr/bin/env python3
"""Independent checker for x12 set.jsonl: recomputes every number from /work/blind/gold (not via build.py)
and checks every substring occurs verbatim on one line of its report's text.
Text used: .txt/.md lines as stored; hongze-district_2023.pdf -> `pdftotext -layout` lines;
shuyang-fgj_2023.html -> tags stripped from the page body (<br>,</p>,</tr>,</div> = line breaks), entities decoded."""
import glob, html, json, os, re, subprocess, sys

CORPUS = "/work/shared/corpus"
G = {}
for p in glob.glob("/work/blind/gold/*.json"):
    G[os.path.basename(p)[:-5]] = json.load(open(p, encoding="utf-8"))
errs = []


def err(m):
    errs.append(m)


def cell(stem, t, r, c):
    v = G[stem]["cells"][t][r][c]
    assert isinstance(v, (int, float)) and not isinstance(v, bool), (stem, t, r, c, v)
    return v


def present(stem, t, r, c):
    try:
        return c in G[stem]["cells"][t][r]
    except KeyError:
        return False


_TEXT = {}


def lines_of(stem):
    if stem in _TEXT:
        return _TEXT[stem]
    f = [x for x in os.listdir(CORPUS) if os.path.splitext(x)[0] == stem][0]
    path = os.path.join(CORPUS, f)
    if f.endswith(".pdf"):
        t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        ls = t.split("\n")
    elif f.endswith(".html"):
        s = open(path, encoding="utf-8", errors="replace").read()
        i = s.find("<ucapcontent")
        b = s[i:] if i >= 0 else s
        b = re.sub(r"(?is)<(script|style).*?</\1>", "", b)
        b = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", b)
        ls = html.unescape(re.sub(r"<[^>]+>", "", b)).split("\n")
    else:
        ls = open(path, encoding="utf-8").read().split("\n")
    _TEXT[stem] = ls
    return ls


def check_sub(where, stem, s):
    if not (6 <= len(s) <= 30):
        err(f"{where}: substring length {len(s)}")
    if not any(s in l for l in lines_of(stem)):
        err(f"{where}: substring not on one line of {stem}: {s}")


ALT = {("T3", "new_received", "total"): ("stats", "requests_total", "this_year"),
       ("T4", "cases", "review.total"): ("stats", "admin_review", "this_year")}


def chk_series(where, body, e):
    years = sorted(int(k.rsplit("_", 1)[1]) for k in G if k.rsplit("_", 1)[0] == body)
    t, r, c = e["table"], e["row"], e["column"]
    ys = [int(y) for y in e["values"]] + e["gaps"] + e["not_comparable"]
    lo, hi = min(ys), max(ys)
    for y in range(lo, hi + 1):
        stem = f"{body}_{y}"
        if y not in years:
            if y not in e["gaps"]:
                err(f"{where}: {y} should be a gap")
            continue
        if present(stem, t, r, c):
            want = cell(stem, t, r, c)
        elif G[stem]["format"] == "pre_2019" and (t, r, c) in ALT:
            want = cell(stem, *ALT[(t, r, c)])
        else:
            if y not in e["not_comparable"]:
                err(f"{where}: {y} should be not_comparable")
            continue
        got = e["values"].get(str(y))
        if not got or got["report"] != stem or got["value"] != want:
            err(f"{where}: {y} value {got} != {want}")
    for y in e["not_comparable"] + e["gaps"]:
        if str(y) in e["values"]:
            err(f"{where}: {y} both valued and gap/nc")
    p = e["pick"]
    if p:
        vs = {int(y): v["value"] for y, v in e["values"].items()}
        if p["kind"] == "sum":
            if abs(sum(vs.values()) - p["value"]) > 1e-6:
                err(f"{where}: sum")
        else:
            b = max(vs.values()) if p["kind"] == "max" else min(vs.values())
            yy = [y for y, v in vs.items() if v == b]
            if p["value"] != b or p["year"] != (yy[0] if len(yy) == 1 else yy):
                err(f"{where}: pick {p} vs {b} {yy}")


def chk_comparison(where, reps, e):
    f = e.get("formula")
    for s in reps:
        if f is None:
            want = cell(s, e["table"], e["row"], e["column"])
        elif " / " in f:
            num, den = f.replace(" × 100", "").split(" / ")
            nr, nc = num.split("."); dr, dc = den.split(".", 1)
            want = round(cell(s, "T3", nr, nc) / cell(s, "T3", dr, dc) * 100, e["decimals"])
        else:
            want = 0
            for part in f.split(" + "):
                r, c = part.split(".", 1)
                t = "T4" if r == "cases" else "T3"
                want += cell(s, t, r, c)
        if abs(e["values"][s] - want) > 1e-6:
            err(f"{where}: {s} {e['values'][s]} != {want}")
    if e["order"]:
        vs = [e["values"][s] for s in reps]
        b = max(vs) if e["order"] == "desc" else min(vs)
        tops = [s for s in reps if e["values"][s] == b]
        if e["top"] != (tops[0] if len(tops) == 1 else tops):
            err(f"{where}: top")
    yrs = {G[s]["year"] for s in reps}
    if (len(yrs) > 1) != bool(e.get("years_differ")):
        err(f"{where}: years_differ flag")
    if "difference" in e:
        a, b = e["values"][reps[0]], e["values"][reps[1]]
        if abs(abs(a - b) - e["difference"]["value"]) > 1e-6:
            err(f"{where}: difference")


def chk_consistency(where, body, e):
    ok = True
    for p in e["pairs"]:
        a, b = p["from"], p["to"]
        if a.rsplit("_", 1)[0] != body or int(b.rsplit("_", 1)[1]) != int(a.rsplit("_", 1)[1]) + 1 or b not in G:
            err(f"{where}: bad pair {a}->{b}")
        if p["column"] == "cumulative":
            out = cell(a, "stats", p["row"], "cumulative")
            inn = cell(b, "stats", p["row"], "cumulative") - cell(b, "stats", p["row"], "this_year")
        else:
            out = cell(a, "T3", "carried_to_next_year", p["column"])
            inn = cell(b, "T3", "carried_over_from_last_year", p["column"])
        if (out, inn, out == inn) != (p["out"], p["in"], p["agree"]):
            err(f"{where}: pair {a}->{b}")
        ok = ok and out == inn
    if ok != e["all_agree"]:
        err(f"{where}: all_agree")


def chk(where, kind, d, e):
    if kind == "series":
        chk_series(where, d["body"], e)
    elif kind == "comparison":
        chk_comparison(where, d["reports"], e)
    elif kind == "consistency":
        chk_consistency(where, d["body"], e)
    elif kind == "noyear":
        rep = e["report"]
        body = rep.rsplit("_", 1)[0]
        newest = max(int(k.rsplit("_", 1)[1]) for k in G if k.rsplit("_", 1)[0] == body)
        if int(rep.rsplit("_", 1)[1]) != newest or e["year"] != newest:
            err(f"{where}: not newest")
        if "substring" in e:
            check_sub(where, rep, e["substring"])
        elif cell(rep, e["table"], e["row"], e["column"]) != e["value"]:
            err(f"{where}: noyear value")
    elif kind == "nobody":
        if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]):
            err(f"{where}: nobody shape")
        for s, r in zip(e["substrings"], e["reports"]):
            check_sub(where, r, s)
    elif kind == "unanswerable":
        if e["status"] != "not_found" or e["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err(f"{where}: unanswerable shape")
    else:
        err(f"{where}: unknown kind {kind}")


n = 0
ids = set()
kinds = {}
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    n += 1
    if not d["id"].startswith("x12-") or d["id"] in ids:
        err(f"bad/dup id {d['id']}")
    ids.add(d["id"])
    kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    if not d.get("class"):
        err(f"{d['id']}: no class")
    if d["kind"] == "followup":
        if not 2 <= len(d["turns"]) <= 3 or d["turns"][0]["kind"] not in ("series", "comparison", "consistency"):
            err(f"{d['id']}: followup shape")
        for i, t in enumerate(d["turns"]):
            chk(f"{d['id']}#{i}", t["kind"], t, t["expected"])
    else:
        chk(d["id"], d["kind"], d, d["expected"])
if n < 110:
    err(f"only {n} items")
print(n, "items", kinds)
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
