# -*- coding: utf-8 -*-
"""Compute every expected value of set b25 from the gold cells; write set.jsonl and paraphrase.jsonl."""
import json, os, re, sys
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
import questions as Q
GOLD='/work/blind/gold'
_g={}
def gold(rep):
    if rep not in _g:
        p=os.path.join(HERE,'gold',rep+'.json')
        if not os.path.exists(p): p=os.path.join(GOLD,rep+'.json')
        _g[rep]=json.load(open(p,encoding='utf-8'))
    return _g[rep]
def cell(rep,t,row,col):
    v=gold(rep)['cells'][t][row][col]
    if not isinstance(v,(int,float)) or isinstance(v,bool):
        raise SystemExit('not a usable number: %s %s %s %s -> %r'%(rep,t,row,col,v))
    return v
def year(rep): return gold(rep)['year'] if rep else None
def num(v): return int(v) if isinstance(v,float) and v.is_integer() else v

def expect(it):
    k=it['kind']
    if k=='cell':
        t,row,col=it['ref']; return {'table':t,'row':row,'column':col,'value':num(cell(it['report'],t,row,col))}
    if k=='derived':
        env={n:cell(*r) for n,r in it['refs'].items()}
        v=eval(it['expr'],{'max':max,'min':min},dict(env))
        if it['decimals'] is not None: v=round(v,it['decimals'])
        v=num(v) if not (it['decimals'] and isinstance(v,float)) else v
        f=it['expr']
        f=re.sub(r'\b([a-z])\b',lambda m:str(num(env[m.group(1)])) if m.group(1) in env else m.group(1),f)
        e={'value':v,'formula':'%s = %s = %s'%(it['desc'],f,v),'unit':it['unit']}
        if it['decimals'] is not None: e['decimals']=it['decimals']
        return e
    if k=='narrative': return {'substring':it['substring']}
    if k=='unanswerable': return {'status':'not_found','reason':it['reason']}
    if k=='ambiguous': return {'status':'ambiguous'}
    raise ValueError(k)

def line(it,id_):
    d={'id':id_,'kind':it['kind'],'question':it['question']}
    rep=it.get('report')
    d['report']=rep; d['year']=year(rep) if rep else it.get('year')
    d['expected']=expect(it); d['class']=it['cls']
    if it['kind']=='narrative' and rep in Q.TEXT: d['note']='substring checked against %s (text of the rendered %s)'%(Q.TEXT[rep],'PDF' if rep.startswith('hongze') else 'HTML page body')
    return d

def build():
    out=[]; n=0
    for it in Q.ITEMS:
        n+=1; id_='b25-%03d'%n
        if it['kind']=='followup':
            turns=[]
            for t in it['turns']:
                e=expect(t); rep=t.get('report')
                e['report']=rep; e['year']=year(rep) if rep else t.get('year')
                turns.append({'question':t['question'],'expected':e})
            out.append({'id':id_,'kind':'followup','class':it['cls'],'turns':turns})
        else: out.append(line(it,id_))
    para=[]
    for g in Q.PARA:
        for i,(q,cls) in enumerate(g['qs'],1):
            it=dict(g['base']); it['question']=q; it['cls']=cls
            d=line(it,'b25-%s-%d'%(g['group'],i)); d['group']='b25-'+g['group']; para.append(d)
    with open(os.path.join(HERE,'set.jsonl'),'w',encoding='utf-8') as f:
        for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
    with open(os.path.join(HERE,'paraphrase.jsonl'),'w',encoding='utf-8') as f:
        for d in para: f.write(json.dumps(d,ensure_ascii=False)+'\n')
    print('set.jsonl: %d items; paraphrase.jsonl: %d lines'%(len(out),len(para)))
if __name__=='__main__': build()
