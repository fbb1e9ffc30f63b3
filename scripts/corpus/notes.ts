// What offices write under a table: notes, "Nơi nhận", signatures.
import type { Rng } from "./prng";

const NOTES: readonly string[] = [
  "Ghi chú: số liệu do Công an các xã, thị trấn báo cáo",
  "Ghi chú: các đơn vị chậm tiến độ khẩn trương thực hiện",
  "* Số liệu được tổng hợp từ báo cáo của các đơn vị",
  "Nơi nhận:",
];
const SIGNERS: readonly (readonly string[])[] = [
  ["NGƯỜI LẬP BIỂU", "Nguyễn Văn An"],
  ["TRƯỞNG CÔNG AN", "Thượng tá Lò Văn Thắng"],
  ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Thị Bình"],
];

/** What goes under a table: a note (or none) and the lines of a signature block (or none). */
export function notesUnder(rng: Rng): { note: string | null; signer: readonly string[] | null } {
  return {
    note: rng.chance(0.5) ? rng.pick(NOTES) : null,
    signer: rng.chance(0.5) ? rng.pick(SIGNERS) : null,
  };
}
