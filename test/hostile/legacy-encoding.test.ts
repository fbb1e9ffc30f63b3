// TCVN3 (.VnTime) and VNI text: real words converted, Unicode never touched.
import fc from "fast-check";
import { convertLegacyText, detectLegacyEncoding, sheetLegacyEncoding } from "../../src/core/legacy-encoding";

describe("legacy Vietnamese encodings", () => {
  test.each([
    ["§¬n vÞ", "Đơn vị"], ["ChØ tiªu", "Chỉ tiêu"], ["§· thùc hiÖn", "Đã thực hiện"], ["Tæng céng", "Tổng cộng"],
    ["X· Kim Ph\u00adîng", "Xã Kim Phượng"], ["ThÞ trÊn Chî Chu", "Thị trấn Chợ Chu"], ["Tû lÖ (%)", "Tỷ lệ (%)"],
  ])("TCVN3 %s → %s", (legacy, unicode) => {
    expect(convertLegacyText(legacy)).toEqual({ text: unicode, encoding: "tcvn3" });
  });

  test.each([
    ["Ñôn vò", "Đơn vị"], ["Ñaõ thöïc hieän", "Đã thực hiện"], ["Xaõ Kim Phöôïng", "Xã Kim Phượng"], ["Ñoäi", "Đội"],
  ])("VNI %s → %s", (legacy, unicode) => {
    expect(convertLegacyText(legacy)).toEqual({ text: unicode, encoding: "vni" });
  });

  test("a text that reads well in both encodings is left alone unless its sheet's encoding is known", () => {
    expect(detectLegacyEncoding("Toång coäng")).toBeNull();
    expect(sheetLegacyEncoding(["Ñôn vò", "Toång coäng", "Xaõ An"])).toBe("vni");
  });

  test("Unicode Vietnamese (Latin-1 look-alikes included) is never converted", () => {
    for (const s of ["Xã Hòa Bình", "Hoàng", "Đơn vị", "Tỷ lệ (%)", "Café", "STT", "Tổng cộng"]) expect(convertLegacyText(s).encoding).toBeNull();
    const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ "];
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((a) => a.join("").normalize("NFC")), (text) => {
      expect(convertLegacyText(text).text).toBe(text);
    }), { numRuns: 2000, seed: 1 });
  });
});
