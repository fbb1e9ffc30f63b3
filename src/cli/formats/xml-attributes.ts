// One start tag's attributes as positions in the part's text, in one list the scanner reuses for every element:
// no object or string per attribute (a 50,000-row sheet has over a million), a name compared in place, and a
// value cut out (and decoded) only when a handler asks for it, or read in place by a hot reader.
import { attributeOf, XmlFormatError } from "./xml-text";

/**
 * The attributes of the element being opened, valid only during the `open` call (the scanner reuses it):
 * un-namespaced ones by local name ("r"), namespaced ones as "{uri}local".
 */
export interface XmlAttributes {
  get(key: string): string | undefined;
  /** The attribute's position in the list, or -1: with `isRaw`, `start` and `end`, a value read in place. */
  indexOf(key: string): number;
  /** Whether the value is written exactly as it reads (no reference, tab or line end to normalise). */
  isRaw(index: number): boolean;
  /** Where the written value starts and ends in `xml`. */
  start(index: number): number;
  end(index: number): number;
  readonly xml: string;
}

export class AttributeList implements XmlAttributes {
  count = 0;
  /** Per attribute, four numbers: where its name starts and ends, where its value starts and ends. */
  private at = new Int32Array(4 * 32);
  /** Per attribute: 1 when its value needs no decoding. */
  private raws = new Uint8Array(32);
  /** "{uri}local" for a prefixed attribute, null for a plain one. */
  private readonly resolved: (string | null)[] = [];

  constructor(readonly xml: string) {}

  /** Whether the plain name at `i` is `key`, compared in place. */
  private nameIs(i: number, key: string): boolean {
    const start = this.at[4 * i];
    if (this.at[4 * i + 1] - start !== key.length) return false;
    for (let k = 0; k < key.length; k++) if (this.xml.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
    return true;
  }

  private matches(i: number, key: string): boolean {
    const r = this.resolved[i];
    return r !== null ? r === key : this.nameIs(i, key);
  }

  /** Whether two plain names are the same text. */
  private sameName(i: number, start: number, end: number): boolean {
    const at = this.at[4 * i];
    if (this.at[4 * i + 1] - at !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.xml.charCodeAt(at + k) !== this.xml.charCodeAt(start + k)) return false;
    return true;
  }

  indexOf(key: string): number {
    if (key.length === 1) {
      // A sheet's cell asks for "r", "s" and "t": one length and one character compared per attribute.
      const code = key.charCodeAt(0);
      const at = this.at;
      for (let i = 0; i < this.count; i++) {
        if (at[4 * i + 1] - at[4 * i] === 1 && this.resolved[i] === null && this.xml.charCodeAt(at[4 * i]) === code) return i;
      }
      return -1;
    }
    for (let i = 0; i < this.count; i++) if (this.matches(i, key)) return i;
    return -1;
  }

  get(key: string): string | undefined {
    const i = this.indexOf(key);
    if (i < 0) return undefined;
    const value = this.xml.slice(this.at[4 * i + 2], this.at[4 * i + 3]);
    return this.raws[i] === 1 ? value : attributeOf(value);
  }

  isRaw(index: number): boolean {
    return this.raws[index] === 1;
  }

  start(index: number): number {
    return this.at[4 * index + 2];
  }

  end(index: number): number {
    return this.at[4 * index + 3];
  }

  /** `resolved` is the "{uri}local" of a prefixed name; plain names are all added before prefixed ones. */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, raw: boolean, resolved: string | null): void {
    for (let i = 0; i < this.count; i++) {
      const same = resolved === null ? this.sameName(i, nameStart, nameEnd) : this.matches(i, resolved);
      if (same) throw new XmlFormatError(`attribute ${resolved ?? this.xml.slice(nameStart, nameEnd)} twice`);
    }
    const k = this.count;
    if (k === this.raws.length) this.grow();
    const at = this.at;
    at[4 * k] = nameStart;
    at[4 * k + 1] = nameEnd;
    at[4 * k + 2] = valueStart;
    at[4 * k + 3] = valueEnd;
    this.raws[k] = raw ? 1 : 0;
    this.resolved[k] = resolved;
    this.count = k + 1;
  }

  /** A tag with more attributes than the list holds (rare): twice the room. */
  private grow(): void {
    const at = new Int32Array(this.at.length * 2);
    at.set(this.at);
    this.at = at;
    const raws = new Uint8Array(this.raws.length * 2);
    raws.set(this.raws);
    this.raws = raws;
  }
}
