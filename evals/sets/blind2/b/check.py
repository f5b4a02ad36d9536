# -*- coding: utf-8 -*-
"""Independent checker for set.jsonl / paraphrase.jsonl (set2-b).

Recomputes every expected value straight from /work/blind/gold/*.json (own loader, own AST evaluator, not build.py),
checks every narrative substring occurs verbatim on one line of /work/shared/corpus/<report>.txt (all pingtan
reports are plain .txt files, one line each, so no rendered text is needed), and checks structure and the mix.
Exits non-zero on any mismatch."""
import ast
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q  # the references (no numbers)  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def load_gold(stem):
    with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as f:
        return json.load(f)


GOLDS = {os.path.basename(p)[:-5]: None for p in glob.glob(os.path.join(GOLD, "*.json"))}


def gcell(stem, table, row, col):
    if GOLDS.get(stem) is None:
        GOLDS[stem] = load_gold(stem)
    v = GOLDS[stem]["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("not a determined number: %s %s %s %s -> %r" % (stem, table, row, col, v))
    return v


def ref_value(ref):
    y, t, r, c = ref.split("|")
    return gcell("pingtan_" + y, t, r, c)


def ev(node, env):
    if isinstance(node, ast.Expression):
        return ev(node.body, env)
    if isinstance(node, ast.BinOp):
        a, b = ev(node.left, env), ev(node.right, env)
        op = type(node.op)
        if op is ast.Add:
            return a + b
        if op is ast.Sub:
            return a - b
        if op is ast.Mult:
            return a * b
        if op is ast.Div:
            return a / b
        raise ValueError("op")
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("max", "min"):
        vals = [ev(a, env) for a in node.args]
        return max(vals) if node.func.id == "max" else min(vals)
    raise ValueError("unsupported expression node %r" % node)


def same(a, b):
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) < 1e-9


corpus_stems = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(CORPUS, "*"))
                if not p.endswith((".json", "SOURCES.md"))}
corpus_years = collections.Counter(int(s.rsplit("_", 1)[1]) for s in corpus_stems if s.rsplit("_", 1)[-1].isdigit())
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def check_turn(where, spec, kind, report, year, exp):
    """spec: the questions.py dict; exp: expected as written in the jsonl."""
    if kind != spec["kind"]:
        err("%s: kind %s != spec %s" % (where, kind, spec["kind"]))
        return
    if kind == "cell":
        y, t, r, c = spec["ref"].split("|")
        stem = "pingtan_" + y
        if report != stem or year != int(y):
            err("%s: report/year %s/%s != %s" % (where, report, year, stem))
        if (exp.get("table"), exp.get("row"), exp.get("column")) != (t, r, c):
            err("%s: cell address mismatch" % where)
        try:
            v = gcell(stem, t, r, c)
        except Exception as e:  # noqa: BLE001
            err("%s: %s" % (where, e))
            return
        if not same(v, exp.get("value")):
            err("%s: value %r != gold %r" % (where, exp.get("value"), v))
    elif kind == "derived":
        env = {}
        for k, ref in spec["vars"].items():
            env[k] = ref_value(ref)
        v = ev(ast.parse(spec["expr"], mode="eval"), env)
        if spec.get("decimals") is not None:
            v = round(v, spec["decimals"])
            if exp.get("decimals") != spec["decimals"]:
                err("%s: decimals missing" % where)
        if not same(v, exp.get("value")):
            err("%s: derived %r != recomputed %r" % (where, exp.get("value"), v))
        f = exp.get("formula", "")
        for k, val in env.items():
            sval = str(int(val)) if float(val).is_integer() else repr(val)
            if sval not in f:
                err("%s: formula lacks operand %s=%s" % (where, k, sval))
        if not exp.get("unit"):
            err("%s: unit missing" % where)
        ry = spec.get("report_year")
        if report != (None if ry is None else "pingtan_%d" % ry):
            err("%s: derived report mismatch" % where)
    elif kind == "narrative":
        s = exp.get("substring", "")
        if not (6 <= len(s) <= 30):
            err("%s: substring length %d" % (where, len(s)))
        if s != spec["substring"] or report != "pingtan_%d" % spec["year"]:
            err("%s: narrative spec mismatch" % where)
        with open(os.path.join(CORPUS, report + ".txt"), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if not any(s in ln for ln in lines):
            err("%s: substring not found verbatim in %s: %s" % (where, report, s))
    elif kind == "unanswerable":
        if exp.get("status") != "not_found" or exp.get("reason") not in REASONS:
            err("%s: bad unanswerable expected %r" % (where, exp))
        if exp.get("reason") != spec["reason"]:
            err("%s: reason mismatch" % where)
        reason = exp.get("reason")
        q = spec["question"]
        if reason == "year_not_indexed":
            if "平潭" in q and year is not None and any(s in corpus_stems for s in
                                                        ("pingtan_%d" % year, "pingtan-county_%d" % year)):
                err("%s: 平潭 %s is indexed" % (where, year))
            if "虹口" in q and "hongkou-district_%d" % year in corpus_stems:
                err("%s: 虹口 %s is indexed" % (where, year))
        if reason in ("no_such_figure", "not_in_this_format"):
            if report not in corpus_stems:
                err("%s: report %s not in corpus" % (where, report))
        if reason == "not_in_this_format":
            fmt = load_gold(report)["format"]
            # every not_in_this_format item in this set targets a row/column of the other national format
            trial_only = any(w in q for w in ("政府集中采购", "其他对外管理服务事项", "上一年项目数量", "本年增减"))
            if trial_only and fmt != "2021":
                err("%s: trial-only row asked of a %s report" % (where, fmt))
            if not trial_only and fmt != "2019_trial":
                err("%s: 2021-only row asked of a %s report" % (where, fmt))
    elif kind == "ambiguous":
        if exp.get("status") != "ambiguous":
            err("%s: bad ambiguous expected" % where)
        if corpus_years[year] < 2:
            err("%s: year %s has fewer than two indexed reports" % (where, year))
    else:
        err("%s: unknown kind %s" % (where, kind))


def read_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(ln) for ln in f if ln.strip()]


S = read_jsonl("set.jsonl")
P = read_jsonl("paraphrase.jsonl")
spec_by_id = {it["id"]: it for it in Q.ITEMS + Q.PARA}
ids = [x["id"] for x in S + P]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for i in ids:
    if not i.startswith("y-"):
        err("id prefix: %s" % i)
if len(S) != len(Q.ITEMS) or len(P) != len(Q.PARA):
    err("jsonl and questions.py differ in length")

for x in S + P:
    sp = spec_by_id.get(x["id"])
    if sp is None:
        err("%s: no spec" % x["id"])
        continue
    if not x.get("class"):
        err("%s: class missing" % x["id"])
    if x["kind"] == "followup":
        if not (2 <= len(x["turns"]) <= 3):
            err("%s: turns" % x["id"])
        for n, (t, st) in enumerate(zip(x["turns"], sp["turns"])):
            e = t["expected"]
            if t["question"] != st["question"]:
                err("%s/%d: question differs" % (x["id"], n))
            check_turn("%s/%d" % (x["id"], n), st, t["kind"], e.get("report"), e.get("year"), e)
    else:
        if x["question"] != sp["question"]:
            err("%s: question differs" % x["id"])
        check_turn(x["id"], sp, x["kind"], x["report"], x["year"], x["expected"])

# paraphrase groups
groups = collections.defaultdict(list)
for x in P:
    if x["kind"] not in ("cell", "derived"):
        err("%s: paraphrase kind %s" % (x["id"], x["kind"]))
    groups[x["group"]].append(x)
if len(groups) != 25:
    err("paraphrase groups: %d" % len(groups))
for g, xs in groups.items():
    if len(xs) != 5:
        err("group %s has %d" % (g, len(xs)))
    if len({json.dumps(x["expected"], sort_keys=True) for x in xs}) != 1:
        err("group %s: expected differs between paraphrases" % g)
    if len({x["question"] for x in xs}) != 5:
        err("group %s: duplicate wording" % g)

# mix and per-report counts
kinds = collections.Counter(x["kind"] for x in S)
per = collections.Counter()
for x in S:
    if x["kind"] == "followup":
        for r in {t["expected"].get("report") for t in x["turns"]} - {None}:
            per[r] += 1
    elif x.get("report"):
        per[x["report"]] += 1
for y in range(2019, 2026):
    if per["pingtan_%d" % y] < 10:
        err("pingtan_%d has only %d items" % (y, per["pingtan_%d" % y]))
if len(S) < 100:
    err("fewer than 100 items")
if kinds["ambiguous"] > 0.05 * len(S):
    err("too many ambiguous")

print("set.jsonl:", len(S), dict(kinds), {k: "%.0f%%" % (100.0 * v / len(S)) for k, v in kinds.items()})
print("per report:", dict(sorted(per.items())))
print("paraphrase.jsonl:", len(P), "lines in", len(groups), "groups")
if errors:
    print("FAIL (%d)" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
