#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and JSON, for translating in bulk.

  ts_fill.py export FILE.ts OUT.json     untranslated messages: [{"context","source","comment"}]
  ts_fill.py apply FILE.ts IN.json       IN.json: [{"context","source","translation"}] (or a
                                         {"context\\u0001source": translation} object); fills them
  ts_fill.py stats FILE.ts               counts of finished and unfinished messages
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


def main():
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
