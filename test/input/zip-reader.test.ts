// The one zip reader (src/cli/formats/zip-reader), on archives written by another program (Python's zipfile)
// and on the hostile corpus: what a sound archive holds comes out byte for byte; what is damaged, cut off or
// lying is refused with ZipFormatError, never read as something else.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { entryPastLimit, readZipEntries, unpackEntry, ZipFormatError } from "../../src/cli/formats/zip-reader";
import { readZip, entryBytes } from "../../src/cli/xlsx/zip";

const HOSTILE = path.join(__dirname, "..", "hostile");

/** Three entries (text, 200 KB of digits, an empty one) written by Python's zipfile in the given way. */
const WRITE = `
import io, sys, zipfile
class Unseekable(io.RawIOBase):
    def __init__(self, f): self.f = f
    def writable(self): return True
    def write(self, b): return self.f.write(b)
method = zipfile.ZIP_STORED if sys.argv[2] == "stored" else zipfile.ZIP_DEFLATED
with open(sys.argv[1], "wb") as f:
    target = Unseekable(f) if sys.argv[3] == "descriptors" else f
    with zipfile.ZipFile(target, "w", method) as z:
        for name, data in [("xl/workbook.xml", "<workbook>Tiến độ</workbook>".encode()), ("xl/big.txt", ("0123456789" * 20000).encode()), ("empty.txt", b"")]:
            with z.open(name, "w", force_zip64=(sys.argv[3] == "zip64")) as w:
                w.write(data)
`;

const EXPECTED: Record<string, Buffer> = {
  "xl/workbook.xml": Buffer.from("<workbook>Tiến độ</workbook>"),
  "xl/big.txt": Buffer.from("0123456789".repeat(20000)),
  "empty.txt": Buffer.alloc(0),
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zip-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function archive(method: string, layout: string): Buffer {
  const file = path.join(dir, `${method}-${layout}.zip`);
  execFileSync("/usr/bin/python3", ["-c", WRITE, file, method, layout]);
  return fs.readFileSync(file);
}

describe.each([["stored"], ["deflated"]])("%s entries", (method) => {
  test.each([["plain"], ["descriptors"], ["zip64"]])("written with %s headers: every entry as written", (layout) => {
    const bytes = archive(method, layout);
    const entries = readZipEntries(bytes);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(EXPECTED));
    for (const e of entries) expect(unpackEntry(e, 1 << 20).equals(EXPECTED[e.name])).toBe(true);
    if (layout === "descriptors") expect(entries.every((e) => (e.flags & 0x8) !== 0)).toBe(true);
    // The copy writer's names read through the same reader.
    expect(readZip(bytes).map((e) => entryBytes(e).length)).toEqual(Object.values(EXPECTED).map((b) => b.length));
  });
});

test("an entry claiming more than the limit is refused before unpacking; the total counts too", () => {
  const entries = readZipEntries(archive("deflated", "plain"));
  expect(() => unpackEntry(entries[1], 1000)).toThrow(ZipFormatError);
  expect(entryPastLimit(entries, 200000 + 10)?.name).toBe("xl/big.txt");
  expect(entryPastLimit(entries, 10 << 20)).toBeNull();
});

test("a cut-off archive, a flipped byte in the data, and no zip at all are refused", () => {
  const bytes = archive("deflated", "plain");
  expect(() => readZipEntries(bytes.subarray(0, bytes.length - 30))).toThrow(ZipFormatError);
  expect(() => readZipEntries(Buffer.from("STT,Đơn vị\n1,Quyết Thắng\n"))).toThrow(ZipFormatError);
  const damaged = Buffer.from(bytes);
  const big = readZipEntries(damaged)[1];
  damaged[big.offset + 30 + "xl/big.txt".length + 5] ^= 0xff;
  expect(() => unpackEntry(readZipEntries(damaged)[1], 1 << 20)).toThrow(ZipFormatError);
});

test("a flipped byte in a stored entry (same size, so only the checksum can tell) is refused", () => {
  const bytes = Buffer.from(archive("stored", "plain"));
  const entry = readZipEntries(bytes)[0];
  bytes[entry.offset + 30 + "xl/workbook.xml".length + 3] ^= 0x01;
  expect(() => unpackEntry(readZipEntries(bytes)[0], 1 << 20)).toThrow(ZipFormatError);
});

test("an entry flagged as encrypted is refused, not unpacked as garbage", () => {
  const bytes = Buffer.from(archive("stored", "plain"));
  const entry = readZipEntries(bytes)[0];
  expect(() => unpackEntry({ ...entry, flags: entry.flags | 0x1 }, 1 << 20)).toThrow(ZipFormatError);
});

test("the hostile corpus: a part lying about its size is refused, a ZIP64 directory is read", () => {
  const lying = readZipEntries(fs.readFileSync(path.join(HOSTILE, "input", "i07-part-lies-about-its-size.xlsx")));
  expect(lying.some((e) => {
    try {
      unpackEntry(e, 256 << 20);
      return false;
    } catch (err) {
      return err instanceof ZipFormatError;
    }
  })).toBe(true);
  const zip64 = readZipEntries(fs.readFileSync(path.join(HOSTILE, "input", "i27-zip64-directory.xlsx")));
  expect(zip64.map((e) => e.name)).toContain("xl/workbook.xml");
  for (const e of zip64) expect(unpackEntry(e, 256 << 20).length).toBe(e.size);
  expect(() => readZipEntries(fs.readFileSync(path.join(HOSTILE, "32-corrupt-zip.xlsx")))).toThrow(ZipFormatError);
});
