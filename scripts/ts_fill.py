#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and JSON, for translating in bulk.

  ts_fill.py export FILE.ts OUT.json     untranslated messages: [{"context","source","comment"}]
  ts_fill.py apply FILE.ts IN.json       IN.json: [{"context","source","translation"}] (or a
                                         {"context\\u0001source": translation} object); fills them
  ts_fill.py stats FILE.ts               counts of finished and unfinished messages
  ts_fill.py english DE.ts EN.ts         writes the English catalogue: the plural forms only
                                         ("1 container", "2 containers") of every %n message
                                         of DE.ts; run it after lupdate
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            yield name, msg


def is_unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return tr.get("type") == "unfinished" or not forms or not all((f.text or "").strip() for f in forms)
    return tr.get("type") in ("unfinished",) or not (tr.text or "").strip()


def save(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


# Singular forms English needs spelled out; the rest follow the "(s)" / "(es)" markers.
SINGULAR_WORDS = [
    ("These %n", "This %n"), ("these %n", "this %n"), (" are used by", " is used by"),
    ("the files they changed; their volumes", "the files it changed; its volumes"),
    ("record(s); the next build runs their steps", "record; the next build runs its steps"),
    ("%n seconds", "%n second"), ("%n minutes", "%n minute"), ("%n hours", "%n hour"),
    ("%n days", "%n day"), ("%n weeks", "%n week"), ("%n months", "%n month"), ("%n years", "%n year"),
    ("%n more characters", "%n more character"), ("of %n layers", "of %n layer"),
    ("entry(s)", "entry"), ("with all their data", "with all its data"), ("To run one again", "To run it again"),
    ("ps sees them", "ps sees it"), ("(those still used by a container stay)", "(unless a container still uses it)"),
]
PLURAL_WORDS = [("entry(s)", "entries")]


def english_forms(source):
    """The English singular and plural of a %n message written with (s) / (es) markers."""
    one, many = source, source
    for a, b in SINGULAR_WORDS:
        one = one.replace(a, b)
    for a, b in PLURAL_WORDS:
        many = many.replace(a, b)
    for marker, plural in (("(es)", "es"), ("(s)", "s")):
        one = one.replace(marker, "")
        many = many.replace(marker, plural)
    return one, many


def write_english(de_path, en_path):
    _, de = load(de_path)
    root = ET.Element("TS", {"version": "2.1", "language": "en_US", "sourcelanguage": "en_US"})
    count = 0
    for ctx in de.findall("context"):
        plural = [m for m in ctx.findall("message") if m.get("numerus") == "yes"]
        if not plural:
            continue
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx.findtext("name")
        for m in plural:
            msg = ET.SubElement(c, "message", {"numerus": "yes"})
            source = m.findtext("source")
            ET.SubElement(msg, "source").text = source
            if m.findtext("comment"):
                ET.SubElement(msg, "comment").text = m.findtext("comment")
            tr = ET.SubElement(msg, "translation")
            for form in english_forms(source):
                ET.SubElement(tr, "numerusform").text = form
            count += 1
    save(ET.ElementTree(root), en_path)
    print(f"{count} plural messages written to {en_path}")


def main():
    if sys.argv[1:2] == ["english"]:
        write_english(sys.argv[2], sys.argv[3])
        return
    cmd, path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    if cmd == "stats":
        total = unfinished = 0
        for _, msg in messages(root):
            if msg.find("translation") is not None and msg.find("translation").get("type") in ("obsolete", "vanished"):
                continue
            total += 1
            unfinished += is_unfinished(msg)
        print(f"{total - unfinished} finished, {unfinished} unfinished, {total} total")
        return
    if cmd == "export":
        out = []
        for ctx, msg in messages(root):
            if is_unfinished(msg):
                item = {"context": ctx, "source": msg.findtext("source")}
                if msg.findtext("comment"):
                    item["comment"] = msg.findtext("comment")
                if msg.get("numerus") == "yes":
                    item["numerus"] = True
                out.append(item)
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(f"{len(out)} unfinished messages written to {sys.argv[3]}")
        return
    if cmd == "apply":
        with open(sys.argv[3], encoding="utf-8") as f:
            data = json.load(f)
        if isinstance(data, dict):
            table = {tuple(k.split("\u0001", 1)): v for k, v in data.items()}
        else:
            table = {(d["context"], d["source"]): d["translation"] for d in data if d.get("translation")}
        by_source = {}
        for (ctx, src), t in table.items():
            by_source.setdefault(src, t)
        filled = 0
        for ctx, msg in messages(root):
            src = msg.findtext("source")
            t = table.get((ctx, src))
            if t is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = t if isinstance(t, list) else [t, t]
                for f in list(tr):
                    tr.remove(f)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = t
            tr.attrib.pop("type", None)
            filled += 1
        save(tree, path)
        print(f"{filled} messages filled")
        return
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
