# -*- coding: utf-8 -*-
"""Compute every expected value of set b21 from the gold cells; write set.jsonl and paraphrase.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
GOLD_DIRS = ['/work/blind/gold', os.path.join(HERE, 'gold')]
_gold = {}
def gold(rep):
    if rep not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, rep + '.json')
            if os.path.exists(p):
                _gold[rep] = json.load(open(p, encoding='utf-8')); break
        else:
            raise SystemExit('no gold for ' + rep)
    return _gold[rep]
def year(rep): return gold(rep)['year'] if rep else None
def cell(ref):
    rep, t, row, col = ref.split(':')
    v = gold(rep)['cells'][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f'cell {ref} is not a determined number: {v!r}')
    return v
def num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v
def derived(it):
    if it.get('op') == 'argmax':
        refs = it['num']['argmax_year']
        vals = [(cell(r), year(r.split(':')[0]), r) for r in refs]
        best = max(vals)
        if sum(1 for v in vals if v[0] == best[0]) > 1: raise SystemExit('tie in argmax')
        f = 'max of ' + ', '.join(f'{y}:{v}' for v, y, _ in vals) + f' -> {best[1]}'
        return {'value': best[1], 'formula': f, 'unit': it['unit']}
    def side(refs):
        tot = 0; parts = []
        for r in refs:
            sg = -1 if r.startswith('-') else 1
            r0 = r.lstrip('-'); v = cell(r0)
            tot += sg * v
            rep, t, row, col = r0.split(':')
            parts.append(('- ' if sg < 0 else '+ ') + f'{rep}.{t}.{row}.{col}({v})')
        s = ' '.join(parts); s = s[2:] if s.startswith('+ ') else s
        return tot, s
    n, ns = side(it['num'])
    if it.get('den'):
        d, ds = side(it['den'])
        val = n / d * it['scale']
        f = f'({ns}) / ({ds}) * {it["scale"]}'
    else:
        val = n; f = ns
    if it.get('decimals') is not None:
        val = round(val, it['decimals'])
    val = num(val) if isinstance(val, float) else val
    out = {'value': val, 'formula': f + f' = {val}', 'unit': it['unit']}
    if it.get('decimals') is not None: out['decimals'] = it['decimals']
    return out
def expected(it):
    k = it['kind']
    if k == 'cell':
        rep, t, row, col = it['ref'].split(':')
        return {'table': t, 'row': row, 'column': col, 'value': num(cell(it['ref']))}
    if k == 'derived': return derived(it)
    if k == 'narrative': return {'substring': it['substring']}
    if k == 'unanswerable': return {'status': 'not_found', 'reason': it['reason']}
    if k == 'ambiguous': return {'status': 'ambiguous'}
    raise ValueError(k)
def yr(it):
    if it['kind'] == 'unanswerable': return it['year']
    return year(it['report'])
def main():
    out = []; n = 0
    for it in Q.ITEMS:
        n += 1; iid = f'b21-{n:03d}'
        if it['kind'] == 'followup':
            turns = []
            for t in it['turns']:
                e = expected(t); e = dict(e); e['report'] = t['report']; e['year'] = yr(t)
                turns.append({'question': t['question'], 'expected': e})
            out.append({'id': iid, 'kind': 'followup', 'class': it['cls'], 'turns': turns})
        else:
            rec = {'id': iid, 'kind': it['kind'], 'question': it['question'], 'report': it['report'],
                   'year': yr(it), 'expected': expected(it), 'class': it['cls']}
            if it['kind'] == 'derived' and it['report'] is None:
                rec['note'] = 'cross-report item; reports named in the formula'
            out.append(rec)
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    para = []
    for g in Q.PARA:
        spec = g['spec']
        for i, (q, cls) in enumerate(g['qs'], 1):
            if spec[0] == 'cell':
                it = {'kind': 'cell', 'ref': f'{g["report"]}:{spec[1]}:{spec[2]}:{spec[3]}', 'report': g['report']}
            else:
                it = {'kind': 'derived', 'num': spec[2], 'den': None, 'scale': 1, 'unit': '件', 'decimals': None, 'op': 'sum', 'report': g['report']}
            para.append({'id': f'b21-{g["group"]}-{i}', 'kind': it['kind'], 'question': q, 'report': g['report'],
                         'year': year(g['report']), 'expected': expected(it), 'class': cls, 'group': 'b21-' + g['group']})
    with open(os.path.join(HERE, 'paraphrase.jsonl'), 'w', encoding='utf-8') as f:
        for r in para: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    c = Counter(r['kind'] for r in out)
    print(len(out), dict(c), {k: round(v / len(out) * 100, 1) for k, v in c.items()}, 'paraphrase', len(para))
if __name__ == '__main__': main()
