# -*- coding: utf-8 -*-
"""Build set.jsonl / paraphrase.jsonl for blind set b24 from the gold cells (/work/blind/gold)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD_DIRS = [os.path.join(HERE, 'gold'), '/work/blind/gold']
_cache = {}


def gold(rep):
    if rep not in _cache:
        for d in GOLD_DIRS:
            p = os.path.join(d, rep + '.json')
            if os.path.exists(p):
                _cache[rep] = json.load(open(p, encoding='utf-8'))
                break
        else:
            raise SystemExit('no gold for ' + rep)
    return _cache[rep]


def cell(ref):
    rep, t, row, col = ref
    v = gold(rep)['cells'][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit('cell not a number: %r -> %r' % (ref, v))
    return v


def num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def year(rep):
    return gold(rep)['year'] if rep else None


def cell_exp(ref):
    return {'table': ref[1], 'row': ref[2], 'column': ref[3], 'value': cell(ref)}


def derived_exp(it):
    plus = [cell(r) for r in it['plus']]
    minus = [cell(r) for r in it['minus']]
    lab = lambda r: '%s.%s.%s[%s]' % (r[0], r[1], r[2], r[3])
    if it.get('op') == 'max':
        i = max(range(len(plus)), key=lambda k: plus[k])
        val = plus[i]
        formula = 'max(%s) = %s (%s)' % (', '.join('%s=%s' % (l, v) for l, v in zip(it['labels'], plus)), val, it['labels'][i])
        return {'value': num(val), 'formula': formula, 'unit': it['unit']}
    x = sum(plus) - sum(minus)
    formula = ' + '.join('%s %s' % (lab(r), v) for r, v in zip(it['plus'], plus))
    if minus:
        formula += ' - ' + ' - '.join('%s %s' % (lab(r), v) for r, v in zip(it['minus'], minus))
    if it.get('den'):
        den = [cell(r) for r in it['den']]
        d = it.get('decimals') if it.get('decimals') is not None else 2
        val = round(100.0 * x / sum(den), d)
        formula = '100 * (%s) / (%s)' % (formula, ' + '.join('%s %s' % (lab(r), v) for r, v in zip(it['den'], den)))
        e = {'value': num(val), 'formula': formula + ' = %s' % num(val), 'unit': '%', 'decimals': d}
        return e
    x = round(x, 6)
    e = {'value': num(x), 'formula': formula + ' = %s' % num(x), 'unit': it['unit']}
    if it.get('decimals') is not None:
        e['decimals'] = it['decimals']
    return e


def expected(it):
    k = it['kind']
    if k == 'cell':
        return cell_exp(it['ref'])
    if k == 'derived':
        return derived_exp(it)
    if k == 'narrative':
        return {'substring': it['substring']}
    if k == 'unanswerable':
        return {'status': 'not_found', 'reason': it['reason']}
    if k == 'ambiguous':
        return {'status': 'ambiguous'}
    raise ValueError(k)


def build():
    out, para = [], []
    n = 0
    for it in Q.ITEMS:
        n += 1
        iid = 'b24-%03d' % n
        if it['kind'] == 'followup':
            turns = []
            for t in it['turns']:
                e = expected(t)
                e['report'] = t.get('report')
                e['year'] = t.get('year') if t['kind'] == 'unanswerable' and not t.get('report') else year(t.get('report'))
                turns.append({'question': t['question'], 'expected': e})
            out.append({'id': iid, 'kind': 'followup', 'class': it['cls'], 'turns': turns})
            continue
        rec = {'id': iid, 'kind': it['kind'], 'question': it['question'], 'report': it.get('report'),
               'year': it.get('year') if it['kind'] == 'unanswerable' and not it.get('report') else year(it.get('report')),
               'expected': expected(it), 'class': it['cls']}
        if it['kind'] == 'unanswerable' and it.get('year') is not None:
            rec['year'] = it['year']
        if it.get('note'):
            rec['note'] = it['note']
        out.append(rec)
    for g, ref, qs in Q.PARA:
        for i, q in enumerate(qs):
            para.append({'id': 'b24-%s-%d' % (g, i + 1), 'kind': 'cell', 'group': 'b24-' + g, 'question': q,
                         'report': ref[0], 'year': year(ref[0]), 'expected': cell_exp(ref),
                         'class': Q.PARA_CLASSES[i]})
    return out, para


if __name__ == '__main__':
    out, para = build()
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'paraphrase.jsonl'), 'w', encoding='utf-8') as f:
        for r in para:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(out), 'items', Counter(r['kind'] for r in out), len(para), 'paraphrases')
