#!/usr/bin/python3
"""Keeps the .ts files complete.

  ts_tool.py fill-en casedesk_en.ts      English: every message translates to its source
                                         ("(s)" plurals become singular/plural forms).
  ts_tool.py apply FILE.ts DICT.json     fills unfinished messages from {"source": "translation"}
                                         (a list of forms for numerus messages).
  ts_tool.py check FILE...               lists unfinished or empty messages; exit 1 if any.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for ctx in root.iter('context'):
        for m in ctx.iter('message'):
            yield ctx.findtext('name'), m


def fill_en(path):
    tree = ET.parse(path)
    for _, m in messages(tree.getroot()):
        src = m.findtext('source')
        tr = m.find('translation')
        if tr is None:
            tr = ET.SubElement(m, 'translation')
        tr.attrib.pop('type', None)
        if m.get('numerus') == 'yes':
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in (src.replace('(s)', ''), src.replace('(s)', 's')):
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = src
    write(tree, path)


def write(tree, path):
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # lupdate writes a DOCTYPE; keep the file in the shape lupdate expects.
    text = open(path, encoding='utf-8').read()
    if '<!DOCTYPE TS>' not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    open(path, 'w', encoding='utf-8').write(text + ('' if text.endswith('\n') else '\n'))


def apply(path, dict_path):
    table = json.load(open(dict_path, encoding='utf-8'))
    tree = ET.parse(path)
    for _, m in messages(tree.getroot()):
        tr = m.find('translation')
        src = m.findtext('source')
        if tr.get('type') != 'unfinished' or src not in table:
            continue
        tr.attrib.pop('type', None)
        value = table[src]
        if m.get('numerus') == 'yes':
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in (value if isinstance(value, list) else [value]):
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = value
    write(tree, path)


def check(paths):
    bad = 0
    for path in paths:
        for ctx, m in messages(ET.parse(path).getroot()):
            tr = m.find('translation')
            forms = [f.text for f in tr.iter('numerusform')] if m.get('numerus') == 'yes' else [tr.text]
            if tr.get('type') in ('unfinished', 'vanished', 'obsolete') or not all(forms):
                print(f'{path}: {ctx}: untranslated: {m.findtext("source")!r}')
                bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'fill-en':
        fill_en(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'apply':
        apply(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == 'check':
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
