#!/usr/bin/env python3
# Counts the SQLite-only constructs in the SQL text of core/, ui/, cli/, app/ and tools/
# (string literals only, comments skipped), per file: the inventory of
# docs/storage-seam.md. Heuristic: read the hits before trusting a count.
#   scripts/sql-inventory.py [totals|table|sqlfiles]
import re, os, sys, collections
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def split(text):
    """(code without comments/strings, concatenated string literal contents)"""
    code=[]; strs=[]; i=0; n=len(text)
    while i<n:
        c=text[i]
        if text.startswith("//",i):
            j=text.find("\n",i); i = n if j<0 else j; continue
        if text.startswith("/*",i):
            j=text.find("*/",i+2); i = n if j<0 else j+2; continue
        if c=='R' and text.startswith('R"',i):
            m=re.match(r'R"([^(]*)\(',text[i:]); d=m.group(1); end=text.find(")"+d+'"',i)
            strs.append(text[i+len(m.group(0)):end]); i=end+len(d)+2; continue
        if c=='"':
            j=i+1; buf=[]
            while j<n and text[j]!='"':
                if text[j]=='\\': buf.append(text[j:j+2]); j+=2; continue
                buf.append(text[j]); j+=1
            strs.append("".join(buf)); strs.append(" ") ; i=j+1; continue
        if c=="'" and i+1<n:
            j=i+1
            while j<n and text[j]!="'":
                j+= 2 if text[j]=='\\' else 1
            i=j+1; continue
        code.append(c); i+=1
    return "".join(code), "".join(strs)
S="sql"; C="code"
FUNCS={"max()/min() of a comparison","julianday","strftime","date()/datetime()/time() in SQL","substr","group_concat","sum()/total() of a comparison","iif/instr/printf/ifnull/unicode/char","two-argument min()/max()","typeof"}
patterns = [
 ("FTS5 (MATCH, bm25, advocate_search, fts5)", S, r"\bMATCH\b|\bbm25\b|\badvocate_search\b(?!_stale)|\bfts5\b"),
 ("rowid", S, r"\browid\b"),
 ("COLLATE NOCASE", S, r"COLLATE\s+NOCASE"),
 ("julianday", S, r"\bjulianday\s*\("),
 ("strftime", S, r"\bstrftime\s*\("),
 ("date()/datetime()/time() in SQL", S, r"\b(date|datetime|time)\s*\("),
 ("substr", S, r"\bsubstr\s*\("),
 ("group_concat", S, r"\bgroup_concat\s*\("),
 ("INSERT/UPDATE OR IGNORE/REPLACE", S, r"\b(INSERT|UPDATE)\s+OR\s+(IGNORE|REPLACE)\b|\bREPLACE\s+INTO\b"),
 ("ON CONFLICT", S, r"\bON\s+CONFLICT\b"),
 ("sum()/total() of a comparison", S, r"\b(sum|total)\s*\((?:[^()]|\([^()]*\))*?(=|<|>|\bIN\b|\bIS\b|\bLIKE\b|\bAND\b|\bOR\b)"),
 ("max()/min() of a comparison", S, r"\b(max|min)\s*\((?!\s*CASE\b)(?:[^()]|\([^()]*\))*?(=|<|>|\bIN\b|\bIS\b|\bLIKE\b)(?:[^()]|\([^()]*\))*\)"),
 ("PRAGMA / pragma_*", S, r"\bPRAGMA\b|\bpragma_\w+"),
 ("VACUUM", S, r"\bVACUUM\b"),
 ("sqlite_master/sqlite_schema", S, r"\bsqlite_(master|schema|sequence)\b"),
 ("BEGIN IMMEDIATE", S, r"\bBEGIN\s+IMMEDIATE\b"),
 ("WITHOUT ROWID", S, r"\bWITHOUT\s+ROWID\b"),
 ("IS / IS NOT as null-safe compare", S, r"\bIS\s+NOT\s+(?!NULL\b)\w|\bIS\s+(?!NOT\b|NULL\b)\w"),
 ("iif/instr/printf/ifnull/unicode/char", S, r"\b(iif|instr|printf|ifnull|unicode|char)\s*\("),
 ("two-argument min()/max()", S, r"\b(min|max)\s*\((?:[^(),]|\([^()]*\))*,"),
 ("LIMIT -1", S, r"LIMIT\s+-1"),
 ("TEMP tables / temp.", S, r"\bTEMP(ORARY)?\s+TABLE\b|\btemp\.\w"),
 ("LIKE", S, r"\bLIKE\b"),
 ("GLOB", S, r"\bGLOB\b"),
 ("typeof", S, r"\btypeof\s*\("),
 ("AUTOINCREMENT", S, r"AUTOINCREMENT"),
 ("'now'", S, r"'now'"),
 ("last_insert_rowid", S, r"last_insert_rowid"),
 ("named binds (:name)", S, r"(?<![:\w]):[a-z_]+\b"),
 ("string || concat", S, r"\|\|"),
 ("QSQLITE driver name", S, r"QSQLITE"),
 ("sqlite3_* C API", C, r"\bsqlite3_\w+\s*\("),
 ("lastInsertId()", C, r"lastInsertId"),
 ("nativeErrorCode (SQLite codes)", C, r"nativeErrorCode"),
]
cre = [(k,w,re.compile(r, re.I if k in FUNCS else 0)) for k,w,r in patterns]

rows=[]; totals=collections.Counter(); files_per=collections.Counter(); sqlfiles=set()
for top in ("core","ui","cli","app","tools"):
    for d,_,fs in os.walk(os.path.join(root,top)):
        for f in sorted(fs):
            if not f.endswith((".cpp",".h")): continue
            p=os.path.join(d,f); rel=os.path.relpath(p,root)
            code,strs=split(open(p,encoding="utf-8",errors="replace").read())
            if re.search(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|TRIGGER))\b", strs): sqlfiles.add(rel)
            c=collections.OrderedDict()
            for k,w,r in cre:
                nn=len(r.findall(strs if w==S else code))
                if k=="named binds (:name)" and rel not in sqlfiles: nn=0
                if k=="IS / IS NOT as null-safe compare" and rel not in sqlfiles: nn=0
                if k=="LIKE" and rel not in sqlfiles: nn=0
                if k=="string || concat" and rel not in sqlfiles: nn=0
                if nn: c[k]=nn; totals[k]+=nn; files_per[k]+=1
            if c: rows.append((rel,c))
mode=sys.argv[1] if len(sys.argv)>1 else "table"
if mode=="totals":
    print(f"files with SQL text: {len(sqlfiles)}; files with at least one construct: {len(rows)}")
    for k,_,_ in patterns: print(f"| {k} | {files_per[k]} | {totals[k]} |")
elif mode=="sqlfiles":
    print("\n".join(sorted(sqlfiles)))
else:
    for rel,c in sorted(rows): print(f"| `{rel}` | " + "; ".join(f"{k} {n}" for k,n in c.items()) + " |")
