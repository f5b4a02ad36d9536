#!/usr/bin/env python3
"""Build set.jsonl and paraphrase.jsonl from questions.py + gold cells (/work/blind/gold)."""
import json, os, sys, math
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
GOLD = '/work/blind/gold'
_g = {}
def gold(rep):
    if rep not in _g:
        _g[rep] = json.load(open(os.path.join(GOLD, rep + '.json'), encoding='utf-8'))
    return _g[rep]
def val(ref):
    rep, t, r, c = ref
    v = gold(rep)['cells'][t][r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f'non-numeric gold cell {ref}: {v!r}')
    return v
def year(rep): return gold(rep)['year']
def num(x):
    if isinstance(x, float) and x.is_integer(): return int(x)
    return x
def fmt(x):
    return repr(num(x))
def derive(expr, refs, decimals):
    env = {k: val(v) for k, v in refs.items()}
    v = eval(expr, {'max': max, 'min': min}, dict(env))
    if decimals is not None: v = round(v, decimals)
    else:
        v = num(v)
        if isinstance(v, float): v = round(v, 6)
    text = expr
    for k in sorted(env, key=len, reverse=True):
        text = text.replace(k, '{' + k + '}')
    shown = text.format(**{k: fmt(x) for k, x in env.items()})
    desc = '; '.join(f'{k}={r[0]}:{r[1]}.{r[2]}.{r[3]}' for k, r in refs.items())
    return num(v) if decimals is None else v, f'{shown} = {v}  ({desc})'
def cell_exp(ref):
    return {'table': ref[1], 'row': ref[2], 'column': ref[3], 'value': val(ref)}
def derived_exp(expr, refs, unit, decimals):
    v, f = derive(expr, refs, decimals)
    e = {'value': v, 'formula': f, 'unit': unit}
    if decimals is not None: e['decimals'] = decimals
    return e
def turn(t):
    if t['kind'] == 'cell':
        e = cell_exp(t['ref']); rep = t['ref'][0]
        e.update(report=rep, year=year(rep)); return {'question': t['question'], 'kind': 'cell', 'expected': e}
    if t['kind'] == 'derived':
        e = derived_exp(t['expr'], t['refs'], t['unit'], t.get('decimals')); rep = t['report']
        e.update(report=rep, year=year(rep)); return {'question': t['question'], 'kind': 'derived', 'expected': e}
    e = {'status': 'not_found', 'reason': t['reason'], 'report': t.get('report'), 'year': t.get('year')}
    return {'question': t['question'], 'kind': 'unanswerable', 'expected': e}
def main():
    out = []
    n = 0
    for it in Q.ITEMS:
        n += 1
        o = {'id': f'z-{n:03d}', 'kind': it['kind']}
        k = it['kind']
        if k == 'cell':
            rep = it['ref'][0]
            o.update(question=it['question'], report=rep, year=year(rep), expected=cell_exp(it['ref']))
        elif k == 'derived':
            reps = sorted({r[0] for r in it['refs'].values()})
            rep = it.get('report') or it['refs']['a'][0]
            o.update(question=it['question'], report=rep, year=year(rep), expected=derived_exp(it['expr'], it['refs'], it['unit'], it['decimals']))
            if len(reps) > 1: o['reports'] = reps
        elif k == 'narrative':
            o.update(question=it['question'], report=it['report'], year=year(it['report']), expected={'substring': it['substring']})
        elif k == 'unanswerable':
            o.update(question=it['question'], report=None, year=None, expected={'status': 'not_found', 'reason': it['reason']})
        elif k == 'ambiguous':
            o.update(question=it['question'], report=None, year=None, expected={'status': 'ambiguous'})
        elif k == 'followup':
            o['turns'] = [turn(t) for t in it['turns']]
        o['class'] = it['cls']
        if it.get('note'): o['note'] = it['note']
        out.append(o)
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    para = []
    for gi, g in enumerate(Q.PARA, 1):
        for vi, (q, cls) in enumerate(g['variants'], 1):
            o = {'id': f'z-p{gi:02d}-{vi}', 'kind': g['kind'], 'group': f'z-g{gi:02d}', 'question': q}
            if g['kind'] == 'cell':
                rep = g['ref'][0]; o.update(report=rep, year=year(rep), expected=cell_exp(g['ref']))
            else:
                rep = g['refs']['a'][0]; o.update(report=rep, year=year(rep), expected=derived_exp(g['ref'], g['refs'], g['unit'], g['decimals']))
            o['class'] = cls
            para.append(o)
    with open(os.path.join(HERE, 'paraphrase.jsonl'), 'w', encoding='utf-8') as f:
        for o in para: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(f'set.jsonl: {len(out)} items; paraphrase.jsonl: {len(para)} items')
if __name__ == '__main__':
    main()
