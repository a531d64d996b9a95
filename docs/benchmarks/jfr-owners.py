import subprocess, sys, re, collections
f = sys.argv[1]
txt = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '64', f], capture_output=True, text=True).stdout
samples=[]; cur=None
for line in txt.splitlines():
    line=line.strip()
    if line.startswith('jdk.ExecutionSample'): cur=[]; samples.append(cur)
    elif cur is not None and re.match(r'^[\w$.<>/]+\(.*\)\s+line:', line): cur.append(line.split('(')[0])
n=len(samples)
flt = sys.argv[2] if len(sys.argv)>2 else 'org.h2'
c=collections.Counter(); c2=collections.Counter()
for s in samples:
    if not any(flt in m for m in s): continue
    owner='?'
    for m in s:
        if m.startswith('io.crowdflow'): owner=m; break
        if m.startswith('org.camunda.bpm.engine.impl') and ('Manager.' in m or 'DbSqlSession' in m or 'DbEntityManager.flush' in m):
            owner=m; break
    c[owner]+=1
    # H2 statement kind
    kind='?'
    for m in s:
        if m.startswith('org.h2.command.') and m.split('.')[-2] in ('Select','Insert','Update','Delete','Merge','Query','CommandContainer'):
            kind=m.rsplit('.',2)[-2]+'.'+m.rsplit('.',1)[-1]; break
        if 'commit' in m.lower() and m.startswith('org.h2'): kind='commit:'+m; break
    c2[kind]+=1
tot=sum(c.values())
print('samples',n,'matching',tot)
for k,v in c.most_common(40): print(f'{100*v/n:5.1f}% {k}')
print('---')
for k,v in c2.most_common(15): print(f'{100*v/n:5.1f}% {k}')
