"""Equivalent spellings of one .xlsx package, written by Python's own XML and zip libraries (another program than
ours): the same workbook as Excel, the Open XML SDK, ElementTree, openpyxl or a streaming zip writer would spell
it. Used by test/read/stream-reader-variants.test.ts:  python3 xlsx_variants.py IN.xlsx OUT.xlsx VARIANT

Variants:
  ns0          every XML part rewritten by xml.etree (prefixes ns0:, ns1:, no default namespace)
  x-prefix     the main namespace as x: (Open XML SDK), the relationships namespace declared on each element
               that uses it (openpyxl), never on the root
  strict       Strict Open XML: the purl.oclc.org namespaces and relationship types
  bom-crlf     a UTF-8 byte order mark, CRLF line ends between elements, no XML declaration
  stored-dd    every entry stored (not deflated) and written with a data descriptor (a streaming writer)
  rels-moved   sheet parts renamed and listed in another order, targets absolute ("/xl/…")
  inline       shared strings replaced by inline strings (<is><t>), rich runs kept as runs
"""
import io
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from lxml import etree

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def is_xml(name):
    return name.endswith(".xml") or name.endswith(".rels")


def read_parts(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write_parts(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts:
            z.writestr(name, data)


class Unseekable(io.RawIOBase):
    """A file zipfile cannot seek in: it writes each entry's sizes in a data descriptor after the data."""

    def __init__(self, f):
        self.f = f

    def writable(self):
        return True

    def write(self, b):
        return self.f.write(b)

    def flush(self):
        self.f.flush()


def ns0(data):
    root = ET.fromstring(data)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def renamed(el, mapping, nsmap):
    """A copy of `el` with element and attribute namespaces renamed by `mapping` and the given nsmap on the root."""
    def uri(tag):
        m = re.match(r"^\{([^}]*)\}(.*)$", tag)
        if not m:
            return tag
        return "{%s}%s" % (mapping.get(m.group(1), m.group(1)), m.group(2))

    def copy(src, parent, top):
        if not isinstance(src.tag, str):
            return None
        kwargs = {"nsmap": nsmap} if top else {}
        new = etree.Element(uri(src.tag), **kwargs) if parent is None else etree.SubElement(parent, uri(src.tag), **kwargs)
        for k, v in src.attrib.items():
            new.set(uri(k), v)
        new.text = src.text
        new.tail = src.tail
        for child in src:
            copy(child, new, False)
        return new

    return copy(el, None, True)


def x_prefix(data):
    root = etree.fromstring(data)
    if etree.QName(root).namespace != MAIN:
        return data
    new = renamed(root, {}, {"x": MAIN})
    # The relationships namespace is then declared by lxml on each element that uses it (never on the root).
    return etree.tostring(new, xml_declaration=True, encoding="UTF-8", standalone=True)


def strict(name, data):
    root = etree.fromstring(data)
    if name.endswith(".rels"):
        for rel in root:
            t = rel.get("Type", "")
            if t.startswith(REL + "/"):
                rel.set("Type", STRICT_REL + "/" + t[len(REL) + 1:])
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    mapping = {MAIN: STRICT_MAIN, REL: STRICT_REL}
    nsmap = {k: mapping.get(v, v) for k, v in root.nsmap.items()}
    new = renamed(root, mapping, nsmap)
    return etree.tostring(new, xml_declaration=True, encoding="UTF-8", standalone=True)


def bom_crlf(data):
    text = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data)
    for tag in (b"</c>", b"</row>", b"<sheetData>", b"</si>", b"</xf>", b"/>"):
        text = text.replace(tag, tag + b"\r\n")
    return b"\xef\xbb\xbf" + text


def rels_moved(parts):
    parts = dict(parts)
    rels_name = "xl/_rels/workbook.xml.rels"
    rels = etree.fromstring(parts[rels_name])
    sheets = [r for r in rels if r.get("Type", "").endswith("/worksheet")]
    renames = {}
    for i, r in enumerate(reversed(sheets)):
        target = r.get("Target")
        old = target[1:] if target.startswith("/") else "xl/" + target
        new = "xl/tables-of-units/part%d.xml" % (i + 1)
        renames[old] = new
        r.set("Target", "/" + new)
    parts[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    ct = etree.fromstring(parts["[Content_Types].xml"])
    for o in ct:
        pn = o.get("PartName")
        if pn and pn[1:] in renames:
            o.set("PartName", "/" + renames[pn[1:]])
    parts["[Content_Types].xml"] = etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = []
    for name, data in reversed(list(parts.items())):
        sheet_of_rels = re.sub(r"_rels/([^/]+)\.rels$", r"\1", name)
        if name in renames:
            out.append((renames[name], data))
        elif sheet_of_rels != name and sheet_of_rels in renames:
            new = renames[sheet_of_rels]
            out.append((new.rsplit("/", 1)[0] + "/_rels/" + new.rsplit("/", 1)[1] + ".rels", data))
        else:
            out.append((name, data))
    return out


def inline(parts):
    parts = dict(parts)
    sst_name = "xl/sharedStrings.xml"
    if sst_name not in parts:
        return list(parts.items())
    sst = etree.fromstring(parts.pop(sst_name))
    items = [si for si in sst if etree.QName(si).localname == "si"]
    for name in list(parts):
        if not re.match(r"xl/worksheets/[^/]+\.xml$", name):
            continue
        root = etree.fromstring(parts[name])
        for c in root.iter("{%s}c" % MAIN):
            if c.get("t") != "s":
                continue
            v = c.find("{%s}v" % MAIN)
            si = items[int(v.text)]
            c.remove(v)
            c.set("t", "inlineStr")
            is_ = etree.SubElement(c, "{%s}is" % MAIN)
            for child in si:
                is_.append(etree.fromstring(etree.tostring(child)))
        parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    rels_name = "xl/_rels/workbook.xml.rels"
    rels = etree.fromstring(parts[rels_name])
    for r in list(rels):
        if r.get("Type", "").endswith("/sharedStrings"):
            rels.remove(r)
    parts[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    ct = etree.fromstring(parts["[Content_Types].xml"])
    for o in list(ct):
        if o.get("PartName") == "/" + sst_name:
            ct.remove(o)
    parts["[Content_Types].xml"] = etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True)
    return list(parts.items())


def main(src, dst, variant):
    parts = read_parts(src)
    if variant == "ns0":
        write_parts(dst, [(n, ns0(d) if is_xml(n) else d) for n, d in parts])
    elif variant == "x-prefix":
        write_parts(dst, [(n, x_prefix(d) if is_xml(n) and not n.endswith(".rels") else d) for n, d in parts])
    elif variant == "strict":
        write_parts(dst, [(n, strict(n, d) if is_xml(n) and n != "[Content_Types].xml" else d) for n, d in parts])
    elif variant == "bom-crlf":
        write_parts(dst, [(n, bom_crlf(d) if is_xml(n) else d) for n, d in parts])
    elif variant == "stored-dd":
        with open(dst, "wb") as f:
            with zipfile.ZipFile(Unseekable(f), "w", zipfile.ZIP_STORED) as z:
                for name, data in parts:
                    with z.open(name, "w") as w:
                        w.write(data)
    elif variant == "rels-moved":
        write_parts(dst, rels_moved(parts))
    elif variant == "inline":
        write_parts(dst, inline(parts))
    else:
        raise SystemExit("unknown variant " + variant)


if __name__ == "__main__":
    main(*sys.argv[1:4])
