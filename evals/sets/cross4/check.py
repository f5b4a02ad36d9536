# -*- coding: utf-8 -*-
"""Independent checker for the x4 cross-report set.

Re-computes every expected value of set.jsonl from the gold cells (/work/blind/gold) and the references in
questions.py with its own code (it does not import build.py), and checks every narrative substring: 6–30
characters, verbatim on ONE line of the report's text. Texts: the corpus .txt/.md files as stored; for the
PDF (hongze-district_2023) and the saved web page (shuyang-fgj_2023) the text read from them, kept under
read/ (pdftotext of the PDF, checked against the 110-dpi rendered pages; the <ucapcontent> body of the page,
checked against the chromium screenshot). Exits 1 on any mismatch."""
import json
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
from questions import ITEMS  # noqa: E402  (references only)

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


tpl = json.load(open(os.path.join(CORPUS, "template.json"), encoding="utf-8"))
gold = {}
for fn in os.listdir(GOLD):
    if fn.endswith(".json"):
        gold[fn[:-5]] = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
corpus = {}
for fn in os.listdir(CORPUS):
    if fn in ("SOURCES.md", "template.json"):
        continue
    stem, _ = os.path.splitext(fn)
    corpus[stem] = fn

# row/column vocabularies per format (read straight from template.json)
t21 = {t["id"]: t for t in tpl["tables"]}
v19 = tpl["versions"]["2019_trial"]
T3COLS = [c["key"] for c in t21["T3"]["columns"]]
T4COLS = [c["key"] for c in t21["T4"]["columns"]]


def t2_pairs(subtables):
    out = set()
    for st in subtables:
        for r in st["rows"]:
            for c in st["columns"]:
                out.add((r["key"], c["key"]))
    return out


FMT = {
    "2021": {"T2": t2_pairs(t21["T2"]["subtables"]),
             "T3": {(r["key"], c) for r in t21["T3"]["rows"] for c in T3COLS},
             "T4": {("cases", c) for c in T4COLS}},
    "2019_trial": {"T2": t2_pairs(v19["T2"]["subtables"]),
                   "T3": {(r["key"], c) for r in v19["T3"]["rows"] for c in T3COLS},
                   "T4": {("cases", c) for c in T4COLS}},
}


def split_ref(ref):
    neg = ref.startswith("-")
    t, r, c = ref.lstrip("-").split("/")
    return neg, t, r, c


def has(stem, ref):
    _, t, r, c = split_ref(ref)
    g = gold[stem]
    if g["format"] == "pre_2019":
        return t == "stats" and r in g.get("labels", {}) and c in ("this_year", "cumulative")
    return (r, c) in FMT[g["format"]].get(t, set())


def val(stem, ref):
    neg, t, r, c = split_ref(ref)
    v = gold[stem]["cells"][t][r][c]
    if type(v) not in (int, float):
        raise ValueError("%s %s is %r" % (stem, ref, v))
    f = Fraction(str(v))
    return -f if neg else f


def as_out(f):
    return int(f) if f.denominator == 1 else float(f)


def roundhalf(f, d):
    scale = 10 ** d
    x = f * scale
    n = int(x)  # positive values only here
    if x - n >= Fraction(1, 2):
        n += 1
    return float(Fraction(n, scale))


def stem_year(stem):
    return int(stem[stem.rindex("_") + 1:])


def stem_body(stem):
    return stem[:stem.rindex("_")]


def years_of(body):
    return sorted(stem_year(s) for s in corpus if stem_body(s) == body)


def text_lines(stem):
    p = os.path.join(HERE, "read", stem + ".txt")
    if stem in ("hongze-district_2023", "shuyang-fgj_2023"):
        return open(p, encoding="utf-8").read().splitlines()
    return open(os.path.join(CORPUS, corpus[stem]), encoding="utf-8").read().splitlines()


def check_sub(stem, sub, where):
    if not (6 <= len(sub) <= 30):
        err(where, "substring length", len(sub), sub)
    if not any(sub in ln for ln in text_lines(stem)):
        err(where, "substring not on one line of", stem, sub)


# ----------------------------------------------------------------- per kind
def exp_series(sp):
    body = sp["body"]
    ys = years_of(body)
    if sp.get("years"):
        span = sp["years"]
    elif sp.get("span"):
        span = range(sp["span"][0], sp["span"][1] + 1)
    else:
        span = range(ys[0], ys[-1] + 1)
    values, gaps, nc = {}, [], []
    for y in span:
        st = "%s_%d" % (body, y)
        if st not in corpus:
            gaps.append(y)
            continue
        fm = gold[st]["format"]
        alt = (sp.get("alt") or {}).get(fm)
        if has(st, sp["cell"]):
            values[str(y)] = as_out(val(st, sp["cell"]))
        elif alt is not None:
            refs = alt if isinstance(alt, list) else [alt]
            values[str(y)] = as_out(sum((val(st, a) for a in refs), Fraction(0)))
        else:
            nc.append(y)
    pick = None
    if sp.get("pick") == "sum":
        pick = ("sum", as_out(sum((Fraction(str(v)) for v in values.values()), Fraction(0))), None)
    elif sp.get("pick") in ("max", "min"):
        items = sorted(values.items(), key=lambda kv: Fraction(str(kv[1])), reverse=sp["pick"] == "max")
        if len(items) > 1 and items[0][1] == items[1][1]:
            err(sp.get("id"), "tie in pick")
        pick = (sp["pick"], items[0][1], int(items[0][0]))
    return values, gaps, nc, pick


def cmp_series(where, sp, e):
    values, gaps, nc, pick = exp_series(sp)
    _, t, r, c = split_ref(sp["cell"])
    if (e["table"], e["row"], e["column"]) != (t, r, c):
        err(where, "series cell", e["table"], e["row"], e["column"])
    got = {y: v["value"] for y, v in e["values"].items()}
    if got != values:
        err(where, "series values", got, values)
    for y, v in e["values"].items():
        if v["report"] != "%s_%s" % (sp["body"], y):
            err(where, "series report", y, v["report"])
    if e["gaps"] != gaps or e["not_comparable"] != nc:
        err(where, "gaps/nc", e["gaps"], gaps, e["not_comparable"], nc)
    p = e["pick"]
    if (p is None) != (pick is None) or (p and (p["kind"], p["value"], p["year"]) != pick):
        err(where, "pick", p, pick)


def comp_values(sp, stems):
    out = {}
    for s in stems:
        n = sum((val(s, x) for x in sp["num"]), Fraction(0))
        if sp.get("den"):
            d = sum((val(s, x) for x in sp["den"]), Fraction(0))
            out[s] = roundhalf(n / d * 100, sp["decimals"])
        else:
            out[s] = as_out(n)
    return out


def cmp_comparison(where, sp, e):
    vals = comp_values(sp, sp["reports"])
    if e["values"] != vals:
        err(where, "comparison values", e["values"], vals)
    if list(e["values"]) != sp["reports"]:
        err(where, "comparison order of reports")
    top = None
    if sp.get("order"):
        ordered = sorted(vals.items(), key=lambda kv: kv[1], reverse=sp["order"] == "desc")
        if len(ordered) < 2 or ordered[0][1] != ordered[1][1]:
            top = ordered[0][0]
    if e["top"] != top or e["order"] != sp.get("order"):
        err(where, "top/order", e["top"], top)
    if e["unit"] != sp["unit"] or e.get("decimals") != sp.get("decimals"):
        err(where, "unit/decimals")
    differ = len({gold[s]["year"] for s in sp["reports"]}) > 1
    if bool(e.get("years_differ")) != differ:
        err(where, "years_differ", e.get("years_differ"), differ)
    if sp.get("den") and not e.get("formula"):
        err(where, "rate without formula")


def cmp_consistency(where, sp, e):
    pairs = []
    for a, b in sp["pairs"]:
        if a not in corpus or b not in corpus or stem_year(b) - stem_year(a) != 1:
            err(where, "pair not consecutive in corpus", a, b)
        if sp["mode"] == "carry":
            o = val(a, "T3/carried_to_next_year/" + sp["column"])
            i = val(b, "T3/carried_over_from_last_year/" + sp["column"])
        else:
            o = val(a, "stats/%s/cumulative" % sp["row"]) + val(b, "stats/%s/this_year" % sp["row"])
            i = val(b, "stats/%s/cumulative" % sp["row"])
        pairs.append((a, b, as_out(o), as_out(i), o == i))
    got = [(p["from"], p["to"], p["out"], p["in"], p["agree"]) for p in e["pairs"]]
    if got != pairs:
        err(where, "consistency pairs", got, pairs)
    if e["all_agree"] != all(p[4] for p in pairs):
        err(where, "all_agree")


def cmp_noyear(where, sp, e):
    ys = years_of(sp["body"])
    st = "%s_%d" % (sp["body"], ys[-1])
    if e.get("report") != st:
        err(where, "noyear report", e.get("report"), st)
    if sp["sub"] == "cell":
        if e["value"] != as_out(val(st, sp["cell"])):
            err(where, "noyear cell", e["value"])
    elif sp["sub"] == "derived":
        n = sum((val(st, x) for x in sp["num"]), Fraction(0))
        v = roundhalf(n / sum((val(st, x) for x in sp["den"]), Fraction(0)) * 100, sp["decimals"]) \
            if sp.get("den") else as_out(n)
        if e["value"] != v:
            err(where, "noyear derived", e["value"], v)
    else:
        if e["substring"] != sp["substring"]:
            err(where, "noyear substring differs")
        check_sub(st, e["substring"], where)


def cmp_nobody(where, sp, e):
    if e["accept"] != ["grouped", "ambiguous"]:
        err(where, "accept")
    for st, sub in sp["substrings"]:
        check_sub(st, sub, where)
        if sub not in e["substrings"] or st not in e["reports"]:
            err(where, "nobody lists", st, sub)


ISSUERS = " ".join(g.get("issuer", "") for g in gold.values())


def cmp_unanswerable(where, sp, e):
    if e != {"status": "not_found", "reason": sp["reason"]}:
        err(where, "unanswerable expected", e)
    for st in sp.get("absent", []):
        if st in corpus:
            err(where, "claimed absent but indexed", st)
    for name in sp.get("absent_names", []):
        if name in ISSUERS:
            err(where, "claimed absent body is an issuer", name)


CHECK = {"series": cmp_series, "comparison": cmp_comparison, "consistency": cmp_consistency,
         "noyear": cmp_noyear, "nobody": cmp_nobody, "unanswerable": cmp_unanswerable}


def main():
    lines = open(os.path.join(HERE, "set.jsonl"), encoding="utf-8").read().splitlines()
    items = [json.loads(x) for x in lines]
    if len(items) < 110:
        err("fewer than 110 items")
    by_id = {it["id"]: it for it in items}
    if len(by_id) != len(items):
        err("duplicate ids")
    if [s["id"] for s in ITEMS] != [it["id"] for it in items]:
        err("set.jsonl out of date with questions.py (run build.py)")
    for sp in ITEMS:
        it = by_id.get(sp["id"])
        if it is None:
            continue
        w = sp["id"]
        if not w.startswith("x4-") or not it.get("class"):
            err(w, "id prefix / class")
        if it["kind"] != sp["kind"]:
            err(w, "kind")
        if sp["kind"] == "followup":
            if not 2 <= len(sp["turns"]) <= 3 or len(it["turns"]) != len(sp["turns"]):
                err(w, "followup turns")
            if sp["turns"][0]["kind"] not in ("series", "comparison"):
                err(w, "followup must open with a series or comparison")
            for k, (ts, ti) in enumerate(zip(sp["turns"], it["turns"])):
                if ti["question"] != ts["question"] or ti["kind"] != ts["kind"]:
                    err(w, "turn", k)
                CHECK[ts["kind"]]("%s#%d" % (w, k), ts, ti["expected"])
        else:
            if it["question"] != sp["question"]:
                err(w, "question text differs")
            CHECK[sp["kind"]](w, sp, it["expected"])
    # a figure must never come from a blank or unresolved gold cell: val() raises on those
    if errors:
        print("\n".join(errors))
        print("FAILED:", len(errors), "problem(s)")
        sys.exit(1)
    from collections import Counter
    print("OK", len(items), "items;", dict(Counter(it["kind"] for it in items)))


if __name__ == "__main__":
    try:
        main()
    except ValueError as ex:  # a blank/unresolved cell was referenced
        print("FAILED:", ex)
        sys.exit(1)
