# -*- coding: utf-8 -*-
"""Independent checker for blind set b24. Exits non-zero on any mismatch.

- recomputes every cell / derived value straight from the gold JSON (own code, not build.py)
- checks every narrative substring (6-30 chars) occurs verbatim on ONE line of the report text:
  .txt/.md from /work/shared/corpus; for the PDF and HTML reports the text I read is in text/
  (hongze: `pdftotext -layout`, checked against the 110-dpi rendered page 1; shuyang-fgj: tag-stripped
  HTML, one block element per line)
- checks ids, kinds, paraphrase groups of 5, coverage of every corpus report
"""
import json, os, sys, glob
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
CORPUS = '/work/shared/corpus'
errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


G = {}
for p in glob.glob('/work/blind/gold/*.json') + glob.glob(os.path.join(HERE, 'gold', '*.json')):
    G[os.path.basename(p)[:-5]] = json.load(open(p, encoding='utf-8'))


def val(rep, t, row, col):
    v = G[rep]['cells'][t][row][col]
    if v is None or isinstance(v, (dict, str, bool)):
        err('non-numeric gold cell asked', rep, t, row, col, v)
        return 0
    return v


def text_lines(rep):
    for ext in ('.txt', '.md'):
        p = os.path.join(CORPUS, rep + ext)
        if os.path.exists(p):
            return open(p, encoding='utf-8').read().split('\n')
    p = os.path.join(HERE, 'text', rep + '.txt')
    return open(p, encoding='utf-8').read().split('\n')


def close(a, b):
    return abs(float(a) - float(b)) < 1e-9


def recompute(spec):
    if spec['kind'] == 'cell':
        return val(*spec['ref'])
    xs = [val(*r) for r in spec['plus']]
    if spec.get('op') == 'max':
        return max(xs)
    x = sum(xs) - sum(val(*r) for r in spec['minus'])
    if spec.get('den'):
        d = spec.get('decimals')
        d = 2 if d is None else d
        return round(x * 100.0 / sum(val(*r) for r in spec['den']), d)
    return x


def check_exp(spec, e, where):
    k = spec['kind']
    if k == 'cell':
        rep, t, row, col = spec['ref']
        if (e.get('table'), e.get('row'), e.get('column')) != (t, row, col):
            err(where, 'cell key mismatch', e)
        if not close(e['value'], recompute(spec)):
            err(where, 'cell value', e['value'], '!=', recompute(spec))
    elif k == 'derived':
        if not close(e['value'], recompute(spec)):
            err(where, 'derived value', e['value'], '!=', recompute(spec))
        if not e.get('formula') or not e.get('unit'):
            err(where, 'derived lacks formula/unit')
    elif k == 'narrative':
        s = e['substring']
        if not (6 <= len(s) <= 30):
            err(where, 'substring length', len(s), s)
        if not any(s in line for line in text_lines(spec['report'])):
            err(where, 'substring not on one line', spec['report'], s)
    elif k == 'unanswerable':
        if e != {'status': 'not_found', 'reason': spec['reason']} or spec['reason'] not in (
                'body_not_indexed', 'year_not_indexed', 'no_such_figure', 'not_in_this_format'):
            err(where, 'bad unanswerable', e)
    elif k == 'ambiguous':
        if e != {'status': 'ambiguous'}:
            err(where, 'bad ambiguous', e)


rows = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
para = [json.loads(l) for l in open(os.path.join(HERE, 'paraphrase.jsonl'), encoding='utf-8')]
if len(rows) != len(Q.ITEMS):
    err('item count mismatch', len(rows), len(Q.ITEMS))
ids = [r['id'] for r in rows] + [r['id'] for r in para]
if len(ids) != len(set(ids)) or not all(i.startswith('b24-') for i in ids):
    err('ids not unique / bad prefix')
covered = set()
for r, spec in zip(rows, Q.ITEMS):
    if r['kind'] != spec['kind']:
        err(r['id'], 'kind mismatch')
    if not r.get('class'):
        err(r['id'], 'no class')
    if r['kind'] == 'followup':
        if not (2 <= len(r['turns']) <= 3):
            err(r['id'], 'turn count')
        for i, (t, ts) in enumerate(zip(r['turns'], spec['turns'])):
            if t['question'] != ts['question']:
                err(r['id'], 'turn question mismatch')
            e = dict(t['expected'])
            rep = e.pop('report'); yr = e.pop('year')
            if rep != ts.get('report'):
                err(r['id'], 'turn report mismatch')
            if rep and yr != G[rep]['year']:
                err(r['id'], 'turn year mismatch')
            if rep:
                covered.add(rep)
            check_exp(ts, e, '%s/t%d' % (r['id'], i + 1))
        continue
    if r['question'] != spec['question']:
        err(r['id'], 'question mismatch')
    if r['report'] != spec.get('report'):
        err(r['id'], 'report mismatch')
    if r['report']:
        covered.add(r['report'])
        if r['year'] != G[r['report']]['year']:
            err(r['id'], 'year mismatch')
    for ref in spec.get('plus', []) + spec.get('minus', []) + (spec.get('den') or []):
        covered.add(ref[0])
    check_exp(spec, r['expected'], r['id'])

groups = defaultdict(list)
for p in para:
    groups[p['group']].append(p)
pspec = {'b24-' + g: ref for g, ref, qs in Q.PARA}
for g, ps in groups.items():
    if len(ps) != 5:
        err(g, 'group size', len(ps))
    if len({json.dumps(p['expected'], sort_keys=True) for p in ps}) != 1:
        err(g, 'group expected differ')
    if len({p['question'] for p in ps}) != 5:
        err(g, 'duplicate paraphrase')
    for p in ps:
        check_exp({'kind': 'cell', 'ref': list(pspec[g])}, p['expected'], p['id'])
        covered.add(p['report'])
if len(groups) < 16:
    err('fewer than 16 paraphrase groups')

# coverage of every corpus report
reports = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(CORPUS + '/*')
           if not p.endswith(('template.json', 'SOURCES.md'))}
missing = reports - covered
if missing:
    err('reports not covered:', sorted(missing))
if len(rows) < 200:
    err('fewer than 200 items')

c = Counter(r['kind'] for r in rows)
print('items', len(rows), dict(c), 'paraphrase groups', len(groups), 'reports covered', len(reports & covered), '/', len(reports))
for k, v in c.items():
    print('  %-13s %5.1f%%' % (k, 100.0 * v / len(rows)))
if c['ambiguous'] > 0.05 * len(rows):
    err('too many ambiguous')
if errors:
    print('\n'.join(errors))
    print('FAIL', len(errors))
    sys.exit(1)
print('OK')
