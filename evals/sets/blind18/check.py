# -*- coding: utf-8 -*-
"""Independent checker: recompute every expected value from the gold JSON (own code, not build.py),
check each narrative substring occurs verbatim on ONE line of the report text, and the set's shape.
Texts: .txt/.md corpus files as stored; hongze-district_2023.pdf -> text/hongze-district_2023.txt (pdftotext -layout,
compared with the rendered pages); shuyang-fgj_2023.html -> text/shuyang-fgj_2023.txt (tags stripped, one block per line)."""
import json, os, sys, math
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
import questions as Q
GOLD="/work/blind/gold"; CORPUS="/work/shared/corpus"
errs=[]
def E(m): errs.append(m)
G={}
def g(rep):
    if rep not in G: G[rep]=json.load(open(os.path.join(GOLD,rep+".json"),encoding="utf-8"))
    return G[rep]
def cellv(rep,t,r,c):
    v=g(rep)["cells"][t][r][c]
    if not isinstance(v,(int,float)) or isinstance(v,bool): E(f"non-numeric {rep} {t} {r} {c}: {v!r}"); return None
    return v
def textlines(rep):
    for p in (os.path.join(HERE,"text",rep+".txt"),os.path.join(CORPUS,rep+".txt"),os.path.join(CORPUS,rep+".md")):
        if os.path.exists(p): return open(p,encoding="utf-8").read().split("\n")
    E(f"no text for {rep}"); return []
def calc(expr,names):
    vals={k:cellv(*r) for k,r in names.items()}
    if None in vals.values(): return None
    if expr=="argmax": return int(max(vals,key=vals.get))
    return eval(expr,{"__builtins__":{}},vals)
def same(a,b,dec):
    if a is None or b is None: return False
    if dec is not None: return abs(round(a,dec)-b)<1e-9
    return abs(a-b)<1e-9
def chk_cell(exp,rep,tag):
    v=cellv(rep,exp["table"],exp["row"],exp["column"])
    if not same(v,exp["value"],None): E(f"{tag}: cell {exp} gold={v}")
def chk_der(exp,expr,names,tag):
    v=calc(expr,names)
    if not same(v,exp["value"],exp.get("decimals")): E(f"{tag}: derived {exp['value']} recomputed={v}")
    if exp.get("unit") is None or "formula" not in exp: E(f"{tag}: missing unit/formula")
items=[json.loads(l) for l in open(os.path.join(HERE,"set.jsonl"),encoding="utf-8")]
para=[json.loads(l) for l in open(os.path.join(HERE,"paraphrase.jsonl"),encoding="utf-8")]
ids=[i["id"] for i in items+para]
if len(ids)!=len(set(ids)): E("duplicate ids")
if any(not x.startswith("b18-") for x in ids): E("bad id prefix")
by=Counter(i["kind"] for i in items)
# pair items with their references in questions.py, in build order
refs=[("cell",x) for x in Q.CELLS]+[("derived",x) for x in Q.DERIVED]+[("narrative",x) for x in Q.NARR]+\
     [("unanswerable",x) for x in Q.UNANS]+[("ambiguous",x) for x in Q.AMBIG]+[("followup",x) for x in Q.FOLLOW]
if len(refs)!=len(items): E("item count differs from questions.py")
covered=set()
for it,(k,ref) in zip(items,refs):
    tag=it["id"]
    if it["kind"]!=k: E(f"{tag}: kind {it['kind']} != {k}"); continue
    if not it.get("class"): E(f"{tag}: no class")
    if k!="followup":
        if it["question"]!=ref[0]: E(f"{tag}: question mismatch")
        if it.get("report"): covered.add(it["report"])
        if it.get("report") and it["year"]!=g(it["report"])["year"]: E(f"{tag}: year mismatch")
    if k=="cell":
        q,rep,t,r,c,_=ref
        if (it["expected"]["table"],it["expected"]["row"],it["expected"]["column"])!=(t,r,c): E(f"{tag}: ref mismatch")
        chk_cell(it["expected"],rep,tag)
    elif k=="derived":
        q,rep,expr,names,unit,dec,_=ref; chk_der(it["expected"],expr,names,tag)
        for r in names.values(): covered.add(r[0])
    elif k=="narrative":
        sub=it["expected"]["substring"]
        if not (6<=len(sub)<=30): E(f"{tag}: substring length {len(sub)}")
        if not any(sub in line for line in textlines(it["report"])): E(f"{tag}: substring not on one line: {sub}")
    elif k=="unanswerable":
        if it["expected"]!={"status":"not_found","reason":ref[3]}: E(f"{tag}: unanswerable expected")
        if ref[3] not in ("body_not_indexed","year_not_indexed","no_such_figure","not_in_this_format"): E(f"{tag}: reason")
    elif k=="ambiguous":
        if it["expected"]!={"status":"ambiguous"}: E(f"{tag}: ambiguous expected")
    elif k=="followup":
        turns=ref[1]
        if not (2<=len(it["turns"])<=3) or len(turns)!=len(it["turns"]): E(f"{tag}: turns")
        for j,(tn,ot) in enumerate(zip(turns,it["turns"])):
            tt=f"{tag}/t{j+1}"; e=ot["expected"]
            if ot["question"]!=tn["q"]: E(f"{tt}: question")
            if tn["kind"]=="cell":
                chk_cell(e,tn["ref"][0],tt); covered.add(tn["ref"][0])
                if (e["table"],e["row"],e["column"])!=tn["ref"][1:]: E(f"{tt}: ref")
            elif tn["kind"]=="derived": chk_der(e,tn["expr"],tn["names"],tt)
            else:
                if e.get("status")!="not_found" or e.get("reason")!=tn["reason"]: E(f"{tt}: unanswerable")
            if e.get("report") and e.get("year")!=g(e["report"])["year"]: E(f"{tt}: year")
# paraphrase groups
grp=Counter(p["group"] for p in para)
if len(grp)<16 or any(v!=5 for v in grp.values()): E(f"paraphrase groups: {grp}")
pref={f"b18-{gname}":spec for gname,spec,_,_ in Q.PARA}
for p in para:
    k,spec=pref[p["group"]]
    if p["kind"]!=k: E(f"{p['id']}: kind")
    if k=="cell": chk_cell(p["expected"],spec[0],p["id"]); covered.add(spec[0])
    else: chk_der(p["expected"],spec[0],spec[1],p["id"])
vals={}
for p in para: vals.setdefault(p["group"],set()).add(json.dumps(p["expected"],sort_keys=True))
for gname,v in vals.items():
    if len(v)!=1: E(f"{gname}: paraphrases disagree")
# coverage of every report
allreps={f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
corp={os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f not in ("SOURCES.md","template.json")}
miss=corp-covered
if miss: E(f"reports not covered: {sorted(miss)}")
if len(items)<200: E("fewer than 200 items")
print("items:",len(items),dict(by),"paraphrase:",len(para),"groups:",len(grp))
if errs:
    print("FAIL"); [print(" -",e) for e in errs]; sys.exit(1)
print("PASS")
