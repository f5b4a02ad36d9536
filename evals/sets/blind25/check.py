# -*- coding: utf-8 -*-
"""Independent checker for set b25: re-reads the gold files, recomputes every value, checks every substring.
Narrative substrings must occur on ONE line of the report text: the corpus file itself for .txt/.md;
for the PDF the text of `pdftotext -layout` (text/hongze-district_2023.txt, compared with the rendered pages);
for the HTML page the text of its <ucapcontent> body, one paragraph / cell per line (text/shuyang-fgj_2023.txt).
Exits 1 on any mismatch."""
import json, os, sys, glob, math
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
CORPUS='/work/shared/corpus'; GOLD='/work/blind/gold'
errs=[]
def err(*a): errs.append(' '.join(map(str,a)))
stems={os.path.splitext(os.path.basename(p))[0]:p for p in glob.glob(CORPUS+'/*') if not p.endswith(('template.json','SOURCES.md'))}
def G(rep):
    p=os.path.join(HERE,'gold',rep+'.json')
    return json.load(open(p if os.path.exists(p) else os.path.join(GOLD,rep+'.json'),encoding='utf-8'))
def val(rep,t,row,col):
    v=G(rep)['cells'][t][row][col]
    if isinstance(v,bool) or not isinstance(v,(int,float)): err('unusable gold cell',rep,t,row,col,v); return None
    return v
def text_lines(rep):
    own=os.path.join(HERE,'text',rep+'.txt')
    p=own if stems[rep].endswith(('.pdf','.html')) else stems[rep]
    return open(p,encoding='utf-8',errors='replace').read().split('\n')
import questions as Q
# derived refs in file order (items + followup turns), recomputed here independently
def flat_refs():
    out=[]
    for it in Q.ITEMS:
        for t in (it['turns'] if it['kind']=='followup' else [it]):
            if t['kind']=='derived': out.append(t)
    return out
DER=iter(flat_refs())
def chk(exp,kind,rep,yr,where):
    if rep is not None:
        if rep not in stems: err(where,'unknown report',rep); return
        if G(rep)['year']!=yr: err(where,'year mismatch',yr)
    if kind=='cell':
        v=val(rep,exp['table'],exp['row'],exp['column'])
        if v is None or not math.isclose(v,exp['value']): err(where,'cell',exp,'gold',v)
    elif kind=='derived':
        spec=next(DER)
        vals={}
        for n,r in spec['refs'].items():
            r=tuple(r); r=r if len(r)==4 else (r[0],r[1],'cases',r[2])
            vals[n]=val(*r)
        v=eval(spec['expr'],{'__builtins__':{},'max':max,'min':min},vals)
        if 'decimals' in exp: v=round(v,exp['decimals'])
        if not math.isclose(v,exp['value'],abs_tol=1e-9): err(where,'derived',exp,'recomputed',v)
        if exp.get('unit') in (None,''): err(where,'no unit')
    elif kind=='narrative':
        s=exp['substring']
        if not (6<=len(s)<=30): err(where,'substring length',len(s),s)
        if not any(s in l for l in text_lines(rep)): err(where,'substring not on one line',rep,s)
    elif kind=='unanswerable':
        if exp.get('status')!='not_found' or exp.get('reason') not in ('body_not_indexed','year_not_indexed','no_such_figure','not_in_this_format'): err(where,'bad unanswerable',exp)
        if exp['reason'] in ('body_not_indexed','year_not_indexed') and rep is not None: err(where,'report must be null for not-indexed')
    elif kind=='ambiguous':
        if exp!={'status':'ambiguous'}: err(where,'bad ambiguous')
    else: err(where,'kind',kind)
items=[json.loads(l) for l in open(os.path.join(HERE,'set.jsonl'),encoding='utf-8')]
para=[json.loads(l) for l in open(os.path.join(HERE,'paraphrase.jsonl'),encoding='utf-8')]
ids=set(); cover=set(); kinds={}
for d in items:
    if d['id'] in ids or not d['id'].startswith('b25-'): err('id',d['id'])
    ids.add(d['id']); kinds[d['kind']]=kinds.get(d['kind'],0)+1
    if not d.get('class'): err(d['id'],'no class')
    if d['kind']=='followup':
        if not 2<=len(d['turns'])<=3: err(d['id'],'turns')
        for i,t in enumerate(d['turns']):
            e=dict(t['expected']); rep=e.pop('report'); yr=e.pop('year')
            k='cell' if 'table' in e else 'derived' if 'formula' in e else 'unanswerable' if e.get('status')=='not_found' else '?'
            chk(e,k,rep,yr,'%s/t%d'%(d['id'],i+1)); cover.add(rep)
    else:
        chk(d['expected'],d['kind'],d['report'],d['year'],d['id']); cover.add(d['report'])
groups={}
for d in para:
    if d['id'] in ids: err('dup id',d['id'])
    ids.add(d['id']); groups.setdefault(d['group'],[]).append(d)
    k=d['kind']
    if k=='derived': continue  # derived paraphrases checked below against their group's base
    chk(d['expected'],k,d['report'],d['year'],d['id']); cover.add(d['report'])
for g in Q.PARA:
    b=g['base']
    if b['kind']=='derived':
        refs={n:(tuple(r) if len(r)==4 else (r[0],r[1],'cases',r[2])) for n,r in b['refs'].items()}
        v=eval(b['expr'],{'__builtins__':{},'max':max},{n:val(*r) for n,r in refs.items()})
        if b['decimals'] is not None: v=round(v,b['decimals'])
        for d in groups['b25-'+g['group']]:
            if not math.isclose(v,d['expected']['value']): err(d['id'],'para derived',v,d['expected'])
for gname,ds in groups.items():
    if len(ds)!=5: err(gname,'size',len(ds))
    if len({json.dumps(d['expected'],sort_keys=True) for d in ds})!=1: err(gname,'expected differ')
    if len({d['question'] for d in ds})!=5: err(gname,'duplicate questions')
if len(groups)<16: err('fewer than 16 groups')
if len(items)<200: err('fewer than 200 items')
missing=set(stems)-cover
if missing: err('reports not covered',sorted(missing))
n=len(items); print('kinds:',{k:'%d (%.0f%%)'%(v,100*v/n) for k,v in sorted(kinds.items())},'| items',n,'| paraphrase groups',len(groups),'| reports covered',len(cover-{None}),'/',len(stems))
if errs:
    print('\n'.join(errs)); print('FAIL',len(errs)); sys.exit(1)
print('OK')
