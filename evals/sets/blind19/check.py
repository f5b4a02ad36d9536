# -*- coding: utf-8 -*-
"""Independent checker for blind set 19.
Recomputes every expected number from the gold cells (own code, not build.py) and checks every
narrative substring occurs verbatim on ONE line of the report text. Text used: .txt/.md as stored;
hongze-district_2023.pdf -> `pdftotext -layout` output; shuyang-fgj_2023.html -> the <ucapcontent>
body with tags turned into line breaks (p/tr/br/div) and stripped, entities decoded, runs of spaces
collapsed. Exits non-zero on any mismatch."""
import json, os, re, subprocess, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLD = [os.path.join(HERE, "gold"), "/work/blind/gold"]
errs = []

def g(rep):
    for d in GOLD:
        p = os.path.join(d, rep + ".json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    raise KeyError(rep)

def num(rep, t, r, c):
    v = g(rep)["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("non-numeric %s %s %s %s %r" % (rep, t, r, c, v))
    return v

_text = {}
def lines(rep):
    if rep in _text: return _text[rep]
    fs = [f for f in os.listdir(CORPUS) if os.path.splitext(f)[0] == rep]
    assert len(fs) == 1, (rep, fs)
    p = os.path.join(CORPUS, fs[0])
    if p.endswith(".pdf"):
        t = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
    elif p.endswith(".html"):
        s = open(p, encoding="utf-8", errors="replace").read()
        m = re.search(r"<ucapcontent>(.*?)</ucapcontent>", s, re.S | re.I)
        b = m.group(1) if m else s
        b = re.sub(r"<(p|tr|br|div)[^>]*>", "\n", b, flags=re.I)
        b = html.unescape(re.sub(r"<[^>]+>", "", b))
        t = re.sub(r"[ \t\u3000\xa0]+", " ", b)
    else:
        t = open(p, encoding="utf-8").read()
    _text[rep] = t.split("\n")
    return _text[rep]

def calc(expr, rep):
    def sub(m):
        a = [x.strip().strip("'\"") for x in m.group(1).split(",")]
        return repr(num(a[3] if len(a) > 3 else rep, a[0], a[1], a[2]))
    e = re.sub(r"v\(([^)]*)\)", sub, expr)
    return eval(e, {"__builtins__": {}}, {"max": max, "max_key": lambda d: sorted(d.items(), key=lambda kv: -kv[1])[0][0]})

sys.path.insert(0, HERE)
import questions as Q

def close(a, b, dec):
    if dec is not None: return abs(a - b) <= 0.5 * 10 ** (-dec) + 1e-9
    return abs(a - b) <= 1e-6

def check_cell(where, exp, rep, t, r, c):
    want = num(rep, t, r, c)
    if exp.get("value") != want or exp.get("table") != t or exp.get("row") != r or exp.get("column") != c:
        errs.append("%s: cell %s vs gold %s" % (where, exp, want))

def check_der(where, exp, rep, expr, unit, dec):
    want = calc(expr, rep)
    if not close(exp["value"], want, dec) or exp.get("unit") != unit or exp.get("decimals") != dec:
        errs.append("%s: derived %s vs %s" % (where, exp["value"], want))

REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}
reports = {os.path.splitext(f)[0] for f in os.listdir(CORPUS) if not f.endswith((".json",)) and f != "SOURCES.md"}
set_items = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")}
if len(set_items) != len(Q.ITEMS): errs.append("item count mismatch")
covered = set()
for s in Q.ITEMS:
    k, iid = s[0], s[1]
    it = set_items.get(iid)
    if it is None: errs.append("missing " + iid); continue
    exp = it.get("expected") if k != "fu" else None
    if k == "cell":
        _, _, _, q, rep, t, r, c = s; covered.add(rep)
        if it["question"] != q or it["report"] != rep or it["year"] != g(rep)["year"]: errs.append(iid + " meta")
        check_cell(iid, exp, rep, t, r, c)
    elif k == "derived":
        rep, expr, unit = s[4], s[5], s[6]; dec = s[7] if len(s) > 7 else None; covered.add(rep)
        check_der(iid, exp, rep, expr, unit, dec)
    elif k == "narr":
        rep, sub = s[4], s[5]; covered.add(rep)
        if not (6 <= len(sub) <= 30): errs.append("%s: substring length %d" % (iid, len(sub)))
        if exp["substring"] != sub or not any(sub in ln for ln in lines(rep)):
            errs.append("%s: substring not on one line of %s: %s" % (iid, rep, sub))
    elif k == "unans":
        if exp != {"status": "not_found", "reason": s[6]} or s[6] not in REASONS: errs.append(iid + " unans")
        if s[6] in ("body_not_indexed", "year_not_indexed") and s[4] is not None: errs.append(iid + " report should be null")
        if s[6] == "year_not_indexed" and s[5] in {g(r)["year"] for r in reports if r.startswith("zzz")}: pass
    elif k == "amb":
        if exp != {"status": "ambiguous"}: errs.append(iid + " amb")
    elif k == "fu":
        turns = it["turns"]
        if not (2 <= len(turns) <= 3) or len(turns) != len(s[3]): errs.append(iid + " turns")
        for n, (ts, tj) in enumerate(zip(s[3], turns)):
            e = tj["expected"]; w = "%s.t%d" % (iid, n + 1)
            if ts[0] == "cell":
                check_cell(w, e, ts[2], ts[3], ts[4], ts[5]); covered.add(ts[2])
                if e.get("report") != ts[2]: errs.append(w + " report")
            elif ts[0] == "derived":
                check_der(w, e, ts[2], ts[3], ts[4], ts[5] if len(ts) > 5 else None); covered.add(ts[2])
            else:
                if e.get("status") != "not_found" or e.get("reason") != ts[4]: errs.append(w + " unans")

# paraphrases
pl = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
by = {}
for it in pl: by.setdefault(it["group"], []).append(it)
if len(by) < 16: errs.append("fewer than 16 paraphrase groups")
for gname, base, qs in Q.PARA:
    its = by.get(gname, [])
    if len(its) != 5 or [i["question"] for i in its] != qs: errs.append(gname + " size/questions"); continue
    if len({json.dumps(i["expected"], sort_keys=True) for i in its}) != 1: errs.append(gname + " differing expected")
    for it in its:
        if base[0] == "cell":
            check_cell(it["id"], it["expected"], base[1], base[2], base[3], base[4]); covered.add(base[1])
        else:
            check_der(it["id"], it["expected"], base[1], base[2], base[3], base[4] if len(base) > 4 else None)

# no typed numbers in questions.py expected refs: crude check that no 'value' key is typed
src = open(os.path.join(HERE, "questions.py"), encoding="utf-8").read()
if re.search(r"[\"']value[\"']\s*:", src): errs.append("typed value in questions.py")
missing = reports - covered
if missing: errs.append("reports not covered: %s" % sorted(missing))
ids = list(set_items) + [i["id"] for i in pl]
if len(ids) != len(set(ids)) or not all(i.startswith("b19-") for i in ids): errs.append("id problem")
print("items", len(set_items), "paraphrase", len(pl), "reports covered", len(covered & reports), "/", len(reports))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK")
