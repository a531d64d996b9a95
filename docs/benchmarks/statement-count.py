#!/usr/bin/env python3
"""Statements per lifecycle from statement-log.sh's log.

usage: statement-count.py <statements.log> [lifecycles, default 50]

Prints the statements per lifecycle by kind and table (a multi-line statement of Camunda's counts under its first
line), then, for the platform's own tables (cf_*), the inserts and updates with the bytes of their parameters and how
many of those parameters are encrypted personal text (values starting 'cf1:', see docs/governance.md).
"""
import collections
import re
import sys

path = sys.argv[1]
lifecycles = float(sys.argv[2]) if len(sys.argv) > 2 else 50.0
lines = open(path, encoding='utf-8', errors='replace').read().splitlines()

kinds = collections.Counter()
total = 0
param_bytes = collections.Counter()
writes = collections.Counter()
sealed = collections.Counter()
for i, line in enumerate(lines):
    m = re.search(r'LOG:  (?:execute [^:]*|statement): (.*)', line)
    if not m:
        continue
    sql = m.group(1).strip()
    total += 1
    word = sql.split()[0].lower() if sql else ''
    if word == 'insert':
        key = 'insert ' + re.search(r'into (\S+)', sql, re.I).group(1)
    elif word == 'update':
        parts = sql.split()
        key = 'update ' + (parts[1] if len(parts) > 1 else '?')
        columns = re.findall(r'(\w+)=\$', sql)
        if columns:
            key += ' set ' + ','.join(c for c in columns if c != 'id')
    elif word == 'delete':
        key = 'delete ' + re.search(r'from (\S+)', sql, re.I).group(1)
    elif word == 'select':
        tables = re.findall(r'from (\w+)', sql, re.I)[:2] + re.findall(r'join (\w+)', sql, re.I)[:2]
        key = 'select ' + ','.join(tables) + (' for update' if re.search(r'for (no key )?update', sql, re.I) else '')
    else:
        key = sql[:40]
    kinds[key] += 1
    w = re.match(r'(update|insert into) (cf_\w+)', sql)
    if w:
        detail = lines[i + 1] if i + 1 < len(lines) and 'DETAIL:  parameters:' in lines[i + 1] else ''
        wkey = w.group(1).split()[0] + ' ' + w.group(2)
        writes[wkey] += 1
        param_bytes[wkey] += len(detail)
        sealed[wkey] += detail.count("'cf1:")

print(f'statements per lifecycle: {total / lifecycles:.1f}')
for key, count in kinds.most_common():
    print(f'{count / lifecycles:7.2f}  {key}')
print()
print('the platform\'s writes per lifecycle: statements, parameter bytes, encrypted values among the parameters')
for key in sorted(writes):
    print(f'{key:30s} {writes[key] / lifecycles:6.2f} {param_bytes[key] / lifecycles:8.0f} {sealed[key] / lifecycles:6.2f}')
print('encrypted values written per lifecycle: inserts %.2f, updates %.2f' % (
    sum(v for k, v in sealed.items() if k.startswith('insert')) / lifecycles,
    sum(v for k, v in sealed.items() if k.startswith('update')) / lifecycles))
