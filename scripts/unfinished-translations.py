#!/usr/bin/env python3
"""Lists the entries of Qt .ts files that still need a translator: unfinished,
vanished/obsolete, empty, or with placeholders (%1, %n, %L1) that differ from the
source. Exit status 1 when there is any. Usage: unfinished-translations.py FILE.ts..."""
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


status = 0
for path in sys.argv[1:]:
    entries = problems(path)
    if entries:
        status = 1
        print(f"{path}: {len(entries)} entries need a translator")
        for name, source, kind in entries:
            print(f"  [{kind}] {name}: {source!r}")
sys.exit(status)
