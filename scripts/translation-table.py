#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and a plain tab-separated table, so
new entries can be translated in any editor (or by a script) after
scripts/update-translations.sh.

  translation-table.py export FILE.ts > todo.tsv   # unfinished entries only
  translation-table.py export --all FILE.ts > all.tsv
  translation-table.py import FILE.ts done.tsv      # fills and finishes them

Table columns: context, source, comment, translation. Newlines and tabs are
written as \\n and \\t. For a plural (%n) entry the translation column holds the
forms separated by " || " (one form for zh_TW and ms; singular || plural for en).
An entry is matched by context, source and comment; a row whose context is "*"
applies to every context with that source. Import refuses a translation whose
placeholders (%1, %n, %L1) differ from the source, or which drops the source's
& accelerator, and names the row."""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")


def escape(text):
    return (text or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    return re.sub(r"\\([\\tn])", lambda m: {"\\": "\\", "t": "\t", "n": "\n"}[m.group(1)], text)


def messages(tree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def export(path, everything):
    for name, message in messages(ET.parse(path)):
        translation = message.find("translation")
        if not everything and translation is not None and translation.get("type") is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        text = " || ".join(forms) if message.get("numerus") == "yes" else (translation.text if translation is not None else "")
        print("\t".join([name, escape(message.findtext("source")), escape(message.findtext("comment")), escape(text or "")]))


def check(source, forms, where, english_plural):
    for form in forms:
        if not form.strip():
            sys.exit(f"{where}: empty translation")
        if not english_plural and sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
            sys.exit(f"{where}: placeholders of {form!r} differ from {source!r}")
        if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", form):
            sys.exit(f"{where}: {form!r} lost the & accelerator of {source!r}")


def import_table(path, table):
    rows = {}
    for number, line in enumerate(open(table, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            sys.exit(f"{table}:{number}: needs 4 tab-separated columns, has {len(parts)}")
        context, source, comment, text = (unescape(p) for p in parts)
        rows[(context, source, comment)] = (text, f"{table}:{number}")
    tree = ET.parse(path)
    filled = 0
    for name, message in messages(tree):
        source, comment = message.findtext("source"), message.findtext("comment") or ""
        row = rows.get((name, source, comment)) or rows.get(("*", source, comment))
        if row is None:
            continue
        text, where = row
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            slots = list(translation.iter("numerusform"))
            forms = [f.strip() for f in text.split(" || ")]
            if len(forms) == 1:
                forms = forms * len(slots)
            if len(forms) != len(slots):
                sys.exit(f"{where}: {len(slots)} plural forms needed, {len(forms)} given")
            check(source, forms, where, path.endswith("_en.ts"))
            for slot, form in zip(slots, forms):
                slot.text = form
        else:
            check(source, [text], where, False)
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate's own layout (DOCTYPE, quoting) comes back on the next update run;
    # keep the DOCTYPE now so the file stays a valid .ts for Linguist.
    text = open(path, encoding="utf-8").read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    open(path, "w", encoding="utf-8").write(text if text.endswith("\n") else text + "\n")
    print(f"{path}: {filled} entries filled", file=sys.stderr)


if len(sys.argv) >= 3 and sys.argv[1] == "export":
    everything = "--all" in sys.argv
    export([a for a in sys.argv[2:] if a != "--all"][0], everything)
elif len(sys.argv) == 4 and sys.argv[1] == "import":
    import_table(sys.argv[2], sys.argv[3])
else:
    sys.exit(__doc__)
