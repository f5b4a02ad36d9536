# -*- coding: utf-8 -*-
"""Compute every expected value from gold cells; write set.jsonl and paraphrase.jsonl."""
import json, os, sys
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
import questions as Q
GOLD="/work/blind/gold"
_g={}
def gold(rep):
    if rep not in _g: _g[rep]=json.load(open(f"{GOLD}/{rep}.json",encoding="utf-8"))
    return _g[rep]
def year(rep): return gold(rep)["year"] if rep else None
def val(ref):
    rep,t,r,c=ref; v=gold(rep)["cells"][t][r][c]
    if isinstance(v,bool) or not isinstance(v,(int,float)): raise ValueError(f"non-numeric gold cell {ref}: {v!r}")
    return v
def num(x):
    if isinstance(x,float) and x.is_integer(): return int(x)
    return x
def derive(expr,names,dec):
    vals={k:val(r) for k,r in names.items()}
    if expr=="argmax":
        best=max(vals,key=lambda k:vals[k]); assert list(vals.values()).count(vals[best])==1
        return int(best), "argmax(" + ", ".join(f"{k}:{v}" for k,v in vals.items()) + f") = {best}"
    v=eval(expr,{"__builtins__":{}},dict(vals))
    if dec is not None: v=round(v,dec)
    f=expr
    for k in sorted(vals,key=len,reverse=True): f=f.replace(k,"{"+k+"}")
    f=f.format(**{k:f"{vals[k]}" for k in vals})
    return num(v), f"{f} = {num(v)}"
def cell_exp(ref):
    rep,t,r,c=ref; return {"table":t,"row":r,"column":c,"value":num(val(ref))}
def der_exp(expr,names,unit,dec):
    v,f=derive(expr,names,dec); e={"value":v,"formula":f,"unit":unit}
    if dec is not None: e["decimals"]=dec
    return e
def build():
    items=[]; n=0
    def nid():
        nonlocal n; n+=1; return f"b18-{n:03d}"
    for q,rep,t,r,c,cls in Q.CELLS:
        it={"id":nid(),"kind":"cell","question":q,"report":rep,"year":year(rep),"expected":cell_exp((rep,t,r,c)),"class":cls}
        if rep==Q.P13 and r=="proactive_total": it["note"]="Table value; the prose of the same report says 4970 (report contradicts itself)."
        items.append(it)
    for q,rep,expr,names,unit,dec,cls in Q.DERIVED:
        items.append({"id":nid(),"kind":"derived","question":q,"report":rep,"year":year(rep),"expected":der_exp(expr,names,unit,dec),"class":cls})
    for q,rep,sub,cls in Q.NARR:
        items.append({"id":nid(),"kind":"narrative","question":q,"report":rep,"year":year(rep),"expected":{"substring":sub},"class":cls})
    for q,rep,yr,reason,cls in Q.UNANS:
        items.append({"id":nid(),"kind":"unanswerable","question":q,"report":rep,"year":yr,"expected":{"status":"not_found","reason":reason},"class":cls})
    for q,cls in Q.AMBIG:
        items.append({"id":nid(),"kind":"ambiguous","question":q,"report":None,"year":None,"expected":{"status":"ambiguous"},"class":cls})
    for cls,turns in Q.FOLLOW:
        out=[]
        for tn in turns:
            if tn["kind"]=="cell": e=cell_exp(tn["ref"]); e.update(report=tn["report"],year=year(tn["report"]))
            elif tn["kind"]=="derived": e=der_exp(tn["expr"],tn["names"],tn["unit"],tn["dec"]); e.update(report=tn["report"],year=year(tn["report"]))
            else: e={"status":"not_found","reason":tn["reason"],"report":tn["report"],"year":tn["year"]}
            out.append({"question":tn["q"],"expected":e})
        items.append({"id":nid(),"kind":"followup","class":cls,"turns":out})
    para=[]
    for g,(k,spec),qs,classes in Q.PARA:
        assert len(qs)==5 and len(classes)==5
        for i,(q,cl) in enumerate(zip(qs,classes)):
            if k=="cell":
                rep=spec[0]; e=cell_exp(spec)
            else:
                expr,names=spec; rep=list(names.values())[0][0]; e=der_exp(expr,names,"件",None)
            para.append({"id":f"b18-p{g[1:]}-{i+1}","kind":k,"group":f"b18-{g}","question":q,"report":rep,"year":year(rep),"expected":e,"class":cl})
    return items,para
if __name__=="__main__":
    items,para=build()
    with open(f"{HERE}/set.jsonl","w",encoding="utf-8") as f:
        for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
    with open(f"{HERE}/paraphrase.jsonl","w",encoding="utf-8") as f:
        for it in para: f.write(json.dumps(it,ensure_ascii=False)+"\n")
    from collections import Counter
    print(len(items),Counter(i["kind"] for i in items),len(para))
