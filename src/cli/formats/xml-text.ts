// Text and attribute values as XML hands them over: line ends normalised, entities and character references
// decoded. Each checks first whether there is anything to do, since nearly every value in a sheet is plain.

export class XmlFormatError extends Error {}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(?:([^;&\s<]{1,32});)?/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new XmlFormatError("bare &");
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlFormatError(`bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[name];
    if (named === undefined) throw new XmlFormatError(`unknown entity ${whole}`);
    return named;
  });
}

/** Text as XML hands it over: CRLF and lone CR become LF, then references are decoded. */
export function textOf(raw: string): string {
  return decodeEntities(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
}

/** An attribute value as XML normalises it: literal tabs and line ends become spaces, then references decoded. */
export function attributeOf(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
}
