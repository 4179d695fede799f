#!/usr/bin/env python3
"""Lists the entries of Qt .ts files that still need a translator: unfinished,
vanished/obsolete, empty, or with placeholders (%1, %n, %L1) that differ from the
source. Exit status 1 when there is any. Usage: unfinished-translations.py FILE.ts...

With --lookups FILE (what ADVOCATEDESK_RECORD_TRANSLATIONS recorded: one
"context<TAB>source<TAB>comment" per line) it instead lists the recorded
lookups of our own contexts that have no finished translation in FILE.ts."""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problems(path):
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text or "" if translation is not None else ""]
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                found.append((name, source, kind))
            elif any(not t.strip() for t in texts):
                found.append((name, source, "empty"))
            elif any(placeholders(t) != placeholders(source) for t in texts):
                # English plural forms may drop %n ("a row"); nobody else should.
                if not path.endswith("_en.ts"):
                    found.append((name, source, "placeholders differ"))
    return found


def finished(path):
    done = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if all(t.strip() for t in texts):
                done.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return done


def ours(context):
    return context in ("ad", "main") or context.startswith("ad::")


def missing_lookups(lookups_path, ts_paths):
    with open(lookups_path, encoding="utf-8") as lookups:
        asked = set()
        for line in lookups:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and ours(fields[0]):
                asked.add((fields[0], fields[1].replace("\\n", "\n"), fields[2]))
    found = 0
    for path in ts_paths:
        done = finished(path)
        gaps = sorted(asked - done)
        if gaps:
            print(f"{path}: {len(gaps)} of the {len(asked)} texts looked up have no finished translation")
            for context, source, _ in gaps:
                print(f"  {context}: {source[:120]!r}")
        found += len(gaps)
    if not found:
        print(f"all {len(asked)} texts looked up are translated in " + ", ".join(ts_paths))
    return 1 if found else 0


if len(sys.argv) > 2 and sys.argv[1] == "--lookups":
    sys.exit(missing_lookups(sys.argv[2], sys.argv[3:]))

status = 0
for path in sys.argv[1:]:
    entries = problems(path)
    if entries:
        status = 1
        print(f"{path}: {len(entries)} entries need a translator")
        for name, source, kind in entries:
            print(f"  [{kind}] {name}: {source!r}")
sys.exit(status)
