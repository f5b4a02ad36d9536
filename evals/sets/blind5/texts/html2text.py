import sys,re
from html.parser import HTMLParser
BLOCK={'p','div','br','tr','li','h1','h2','h3','h4','h5','h6','table','td','th','title'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.out=[]; s.cur=[]; s.skip=0
    def flush(s):
        t=''.join(s.cur); t=re.sub(r'[ \t\r\n\u00a0]+',' ',t).strip()
        if t: s.out.append(t)
        s.cur=[]
    def handle_starttag(s,tag,a):
        if tag in ('script','style'): s.skip+=1
        if tag in BLOCK: s.flush()
    def handle_endtag(s,tag):
        if tag in ('script','style'): s.skip-=1
        if tag in BLOCK: s.flush()
    def handle_data(s,d):
        if not s.skip: s.cur.append(d)
p=P(); p.feed(open(sys.argv[1],encoding='utf-8').read()); p.flush()
print('\n'.join(p.out))
