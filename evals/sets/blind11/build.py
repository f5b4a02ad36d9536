# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl for blind set 11 from the gold cells (/work/blind/gold).
Every expected number is computed here from gold cells; none is typed in questions.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

PREFIX = "b11-"
_gold = {}


def gold(rep):
    if rep not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, rep + ".json")
            if os.path.exists(p):
                _gold[rep] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + rep)
    return _gold[rep]


def split_ref(ref, rep):
    if ":" in ref:
        rep, ref = ref.split(":", 1)
    parts = ref.split(".")
    return rep, parts[0], parts[1], ".".join(parts[2:])


def cell(ref, rep):
    rep, t, r, c = split_ref(ref, rep)
    v = gold(rep)["cells"][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("cell %s:%s is not a plain number: %r" % (rep, ref, v))
    return rep, t, r, c, v


def num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def derived(it):
    rep, op = it["report"], it["op"]
    if op == "sum":
        total, parts = 0, []
        for ref in it["refs"]:
            sign = -1 if ref.startswith("-") else 1
            r2, t, r, c, v = cell(ref.lstrip("-"), rep)
            total += sign * v
            parts.append(("- " if sign < 0 else "+ ") + "%s (%s %s.%s.%s)" % (num(v), r2, t, r, c))
        f = " ".join(parts).lstrip("+ ") + " = %s" % num(round(total, 6))
        return num(round(total, 6)), f
    if op == "pct":
        nrefs, drefs = it["refs"]
        n = [cell(x, rep) for x in nrefs]
        d = [cell(x, rep) for x in drefs]
        ns, ds = sum(x[4] for x in n), sum(x[4] for x in d)
        dec = it.get("decimals", 2)
        val = round(100.0 * ns / ds, dec)
        f = "100 * (%s) / (%s) = %s" % (
            " + ".join("%s (%s %s.%s.%s)" % (num(x[4]), x[0], x[1], x[2], x[3]) for x in n),
            " + ".join("%s (%s %s.%s.%s)" % (num(x[4]), x[0], x[1], x[2], x[3]) for x in d), val)
        return val, f
    if op in ("argmax", "argmin"):
        vals = {lab: cell(ref, rep) for lab, ref in it["refs"].items()}
        best = (max if op == "argmax" else min)(x[4] for x in vals.values())
        labs = [lab for lab, x in vals.items() if x[4] == best]
        if len(labs) != 1:
            raise SystemExit("tie in ranking: %s" % it["question"])
        f = "%s of {%s} -> %s" % ("max" if op == "argmax" else "min",
                                  ", ".join("%s: %s" % (lab, num(x[4])) for lab, x in vals.items()), labs[0])
        return labs[0], f
    raise SystemExit("bad op " + op)


def year_of(rep):
    return gold(rep)["year"] if rep else None


def expected(it):
    k = it["kind"]
    if k == "cell":
        rep, t, r, c, v = cell(it["ref"], it["report"])
        return {"table": t, "row": r, "column": c, "value": num(v)}
    if k == "derived":
        v, f = derived(it)
        e = {"value": v, "formula": f, "unit": it["unit"]}
        if "decimals" in it:
            e["decimals"] = it["decimals"]
        return e
    if k == "narrative":
        return {"substring": it["substring"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": it["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    raise SystemExit("bad kind " + k)


def item_year(it):
    if it["kind"] in ("unanswerable", "ambiguous"):
        return it.get("year")
    return year_of(it["report"])


def line(it, iid, extra=None):
    o = {"id": iid, "kind": it["kind"], "question": it["question"], "report": it["report"],
         "year": item_year(it), "expected": expected(it), "class": it["class"]}
    if it["kind"] == "derived" and it["report"] is None:
        o["note"] = "ranking across several reports of one body; value is the year"
    if extra:
        o.update(extra)
    return o


def main():
    out = []
    n = 0
    for it in Q.ITEMS:
        n += 1
        out.append(line(it, "%s%03d" % (PREFIX, n)))
    for fu in Q.FOLLOWUPS:
        n += 1
        turns = []
        for t in fu["turns"]:
            e = expected(t)
            e["report"] = t["report"]
            e["year"] = item_year(t)
            turns.append({"question": t["question"], "expected": e})
        out.append({"id": "%s%03d" % (PREFIX, n), "kind": "followup", "class": fu["class"], "turns": turns})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    par = []
    m = 0
    for g, variants in Q.PARAPHRASES:
        for it in variants:
            m += 1
            par.append(line(it, "%sp%03d" % (PREFIX, m), {"group": PREFIX + g}))
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for o in par:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    kinds = {}
    for o in out:
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    print("set.jsonl", len(out), kinds)
    print("paraphrase.jsonl", len(par), "groups", len(Q.PARAPHRASES))


if __name__ == "__main__":
    main()
