// Generated XML parts for comparing the fast scanner and sheet reader with their general paths: a seeded
// random walk over what writers do (prefixes, default namespaces, declarations on inner elements, references,
// CDATA, comments, odd spacing and quotes, CRLF, a BOM, Vietnamese text).

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

const TEXTS = ["Xã Số 1", "Đã cấp CCCD", "Tỷ lệ (%)", "3.903", "12", "-0.5", "a &amp; b", "&lt;x&gt;", "&#272;&#x1EA1;t", "line\r\nend", "tab\there", "  ", "😀 ok", "'\"", "_x000D_"];
const VALUES = ["A1", "B17", "1", "0", "s", "str", "x&amp;y", "a\tb", "line\nnext", "&#65;2", "Đơn vị", "", "  3 "];
const NAMES = ["c", "v", "row", "t", "si", "is", "r", "f", "sheetData", "worksheet", "mergeCell"];
const ATTRS = ["r", "s", "t", "ref", "si", "hidden"];

interface Ns {
  prefix: string;
  uri: string;
}

/** One part: a root and nested elements, with declarations, attributes and text chosen at random. */
export function generatedPart(random: () => number): string {
  const declared: Ns[][] = [[]];
  let depth = 0;
  const prefixes = ["", "x", "ns0", "p"];
  const uris = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main", "urn:other"];
  const attrText = (name: string, value: string) => {
    const q = random() < 0.2 ? "'" : '"';
    const v = q === "'" ? value.replace(/'/g, "&apos;") : value.replace(/"/g, "&quot;");
    return random() < 0.1 ? ` ${name} = ${q}${v}${q}` : ` ${name}=${q}${v}${q}`;
  };
  const element = (): string => {
    depth++;
    const scope: Ns[] = [];
    let decl = "";
    if (depth === 1 || random() < 0.1) {
      const prefix = pick(random, prefixes);
      const uri = pick(random, uris);
      scope.push({ prefix, uri });
      decl += attrText(prefix === "" ? "xmlns" : `xmlns:${prefix}`, uri);
    }
    declared.push(scope);
    const known = declared.flat().map((d) => d.prefix);
    const prefix = random() < 0.05 ? "undeclared" : pick(random, ["", ...known.filter((p) => p !== "")]);
    const name = (prefix ? `${prefix}:` : "") + pick(random, NAMES);
    let attrs = "";
    const count = Math.floor(random() * 4);
    const used = new Set<string>();
    for (let k = 0; k < count; k++) {
      const ap = random() < 0.25 ? pick(random, ["xml", ...known.filter((p) => p !== "")]) : "";
      const an = (ap ? `${ap}:` : "") + pick(random, ATTRS);
      if (used.has(an) && random() < 0.9) continue;
      used.add(an);
      attrs += attrText(an, pick(random, VALUES));
    }
    const order = random() < 0.5 ? decl + attrs : attrs + decl;
    let out: string;
    if (depth > 5 || random() < 0.3) out = `<${name}${order}${random() < 0.1 ? " " : ""}/>`;
    else {
      let body = "";
      const items = Math.floor(random() * 4);
      for (let k = 0; k < items; k++) {
        const r = random();
        if (r < 0.5) body += element();
        else if (r < 0.8) body += pick(random, TEXTS);
        else if (r < 0.9) body += `<![CDATA[${pick(random, TEXTS)}]]>`;
        else if (r < 0.95) body += "<!-- note -->";
        else body += "<?pi data?>";
      }
      out = `<${name}${order}>${body}</${name}${random() < 0.05 ? " " : ""}>`;
    }
    declared.pop();
    depth--;
    return out;
  };
  const prolog = (random() < 0.2 ? "\ufeff" : "") + (random() < 0.7 ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : "");
  return prolog + element() + (random() < 0.2 ? "\n" : "");
}

/** The attribute keys a handler may ask for in a generated part: plain names and "{uri}local" ones. */
export function keysOf(xml: string): string[] {
  const uris = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main", "urn:other", "http://www.w3.org/XML/1998/namespace", "urn:p"];
  const keys = [...ATTRS, "u"];
  for (const uri of uris) for (const a of ATTRS) keys.push(`{${uri}}${a}`);
  return xml.length >= 0 ? keys : [];
}
