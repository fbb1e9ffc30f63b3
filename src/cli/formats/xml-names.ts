// The element and attribute names of one part, each cut out of the text once: a name is found again by a hash
// of its characters, compared in place, so the millionth <c> costs no new string, and its namespace is resolved
// once per scope rather than at every tag.
import { XmlFormatError } from "./xml-text";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Namespace scopes: a new one only where an element declares something (most elements share their parent's). */
export type Scope = Map<string, string>;

export function resolve(scope: Scope, prefix: string, isAttribute: boolean): string {
  if (prefix === "") return isAttribute ? "" : scope.get("") ?? "";
  if (prefix === "xml") return XML_NS;
  const uri = scope.get(prefix);
  if (uri === undefined || uri === "") throw new XmlFormatError(`undeclared prefix ${prefix}`);
  return uri;
}

const SLOTS = 512;

/** Hash step for a name's characters (the scanner folds it in while it looks for the name's end). */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

export class NameTable {
  /** By slot: the name, its prefix ("" when none) and local part. */
  readonly qname: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  readonly prefix: string[] = new Array<string>(SLOTS).fill("");
  readonly local: string[] = new Array<string>(SLOTS).fill("");
  /** The scope the name was last resolved in, and what it resolved to (a URI, or "{uri}local" for attributes). */
  private readonly scope: (Scope | null)[] = new Array<Scope | null>(SLOTS).fill(null);
  private readonly resolved: string[] = new Array<string>(SLOTS).fill("");

  constructor(
    private readonly xml: string,
    private readonly forAttributes: boolean,
  ) {}

  /** The slot of the name written at [start, end), whose characters hash to `hash`. */
  slot(start: number, end: number, hash: number): number {
    const s = (hash ^ (hash >>> 9)) & (SLOTS - 1);
    const known = this.qname[s];
    if (known !== undefined && known.length === end - start) {
      let k = 0;
      while (k < known.length && known.charCodeAt(k) === this.xml.charCodeAt(start + k)) k++;
      if (k === known.length) return s;
    }
    const name = this.xml.slice(start, end);
    const colon = name.indexOf(":");
    this.qname[s] = name;
    this.prefix[s] = colon < 0 ? "" : name.slice(0, colon);
    this.local[s] = colon < 0 ? name : name.slice(colon + 1);
    this.scope[s] = null;
    return s;
  }

  /** An element's namespace URI, or an attribute's "{uri}local", in `scope`; throws for an undeclared prefix. */
  resolve(s: number, scope: Scope): string {
    if (this.scope[s] === scope) return this.resolved[s];
    const uri = resolve(scope, this.prefix[s], this.forAttributes);
    const out = this.forAttributes ? `{${uri}}${this.local[s]}` : uri;
    this.scope[s] = scope;
    this.resolved[s] = out;
    return out;
  }
}
