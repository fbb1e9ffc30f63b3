// The text of a CSV or HTML export: UTF-8 (with or without its mark), UTF-16 with its mark (Excel's
// "Unicode Text"), or, when the bytes are not UTF-8, the Vietnamese Windows code page older tools write.

const decoders = {
  utf8: () => new TextDecoder("utf-8", { fatal: true }),
  utf16le: () => new TextDecoder("utf-16le"),
  windows1258: () => new TextDecoder("windows-1258"),
};

export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoders.utf16le().decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return decoders.utf8().decode(body);
  } catch {
    return decoders.windows1258().decode(body);
  }
}
