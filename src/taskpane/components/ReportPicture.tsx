// "Ảnh báo cáo": the report's pictures for the office's chat group, drawn from the same SVG as the command line's
// `report --image` (src/core/report/picture) on a canvas: the day's, or after "Báo cáo tuần" / "Báo cáo đợt" that
// period's, as `report --image --week/--phase` draws it, with the font loaded from the add-in's own files (no
// network). Copying puts the PNG on the clipboard inside the click where the host allows it; else each
// picture is offered as a file to save.
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, TableAnalysis } from "../../core/types";
import { t } from "../../core/messages";
import { reportPictures, type EmbeddedFont, type PicturePart } from "../../core/report/picture";
import { periodPictures } from "../../core/report/picture/period";
import type { PeriodAnalysis } from "../../core/history/period";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  picture: { width: "100%", height: "auto", border: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

/** The font files the build copies beside the pane (webpack.config.js), embedded in the SVG as data: URLs. */
const FONT_FILES: { weight: 400 | 700; file: string }[] = [
  { weight: 400, file: "NotoSans-Picture-Regular.ttf" },
  { weight: 700, file: "NotoSans-Picture-Bold.ttf" },
];

async function loadFonts(): Promise<EmbeddedFont[]> {
  return Promise.all(FONT_FILES.map(async ({ weight, file }) => {
    const bytes = new Uint8Array(await (await fetch(new URL(file, document.baseURI).href)).arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { weight, url: `data:font/ttf;base64,${btoa(binary)}` };
  }));
}

/** One SVG drawn on a canvas at its own size (1080 px wide), as a PNG blob. */
function toPng(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    const image = new Image(width, height);
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      canvas.getContext("2d")?.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob"))), "image/png");
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("image"));
    };
    image.src = url;
  });
}

interface Drawn {
  blob: Blob;
  url: string;
  name: string;
}

/** Puts a picture on the clipboard: call it inside the click (the user gesture), never after an await. */
function copyPicture(blob: Blob): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clipboard?.write || typeof ClipboardItem === "undefined") return Promise.resolve(false);
  return clipboard.write([new ClipboardItem({ "image/png": blob })]).then(() => true, () => false);
}

export interface ReportPictureProps {
  lang: Lang;
  analysis: TableAnalysis;
  /** The week or phase the run reported on: its picture instead of the day's. */
  period: PeriodAnalysis | null;
  measureId?: string;
}

/** The button's words and the files' name: the day's picture, or the week's or phase's. */
function wordsFor(period: PeriodAnalysis | null) {
  if (!period) return { show: "pane.picture.show", fileBase: "pane.picture.fileBase" } as const;
  return period.period.kind === "week"
    ? ({ show: "pane.picture.showWeek", fileBase: "pane.picture.fileBaseWeek" } as const)
    : ({ show: "pane.picture.showPhase", fileBase: "pane.picture.fileBasePhase" } as const);
}

export default function ReportPicture({ lang, analysis, period, measureId }: ReportPictureProps) {
  const s = useStyles();
  const words = wordsFor(period);
  const [drawn, setDrawn] = React.useState<{ source: TableAnalysis; measureId?: string; lang: Lang; items: Drawn[] } | null>(null);
  // Pictures of an earlier analysis (or measure, or language) are stale: not shown.
  const pictures = drawn && drawn.source === analysis && drawn.measureId === measureId && drawn.lang === lang ? drawn.items : null;
  const [note, setNote] = React.useState<{ key: "pane.picture.copied" | "pane.picture.cannotCopy" | "pane.picture.failed"; ok: boolean } | null>(null);
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => () => drawn?.items.forEach((p) => URL.revokeObjectURL(p.url)), [drawn]);

  const draw = async () => {
    setBusy(true);
    setNote(null);
    try {
      const fonts = await loadFonts();
      const parts: PicturePart[] = period ? periodPictures(analysis, period, { lang, measureId, fonts }) : reportPictures(analysis, { lang, measureId, fonts });
      const items = await Promise.all(parts.map(async (p) => {
        const blob = await toPng(p.svg, p.width, p.height);
        return { blob, url: URL.createObjectURL(blob), name: `${t(lang, words.fileBase)}-${p.index}.png` };
      }));
      setDrawn({ source: analysis, measureId, lang, items });
    } catch {
      setNote({ key: "pane.picture.failed", ok: false });
    } finally {
      setBusy(false);
    }
  };

  const copy = (p: Drawn) => {
    void copyPicture(p.blob).then((ok) => setNote({ key: ok ? "pane.picture.copied" : "pane.picture.cannotCopy", ok }));
  };

  return (
    <section aria-label={t(lang, "pane.picture.section")} className={s.root}>
      <Button onClick={() => void draw()} disabled={busy}>{t(lang, words.show)}</Button>
      {note && (
        <MessageBar intent={note.ok ? "success" : "warning"}>
          <MessageBarBody>{t(lang, note.key)}</MessageBarBody>
        </MessageBar>
      )}
      {pictures?.map((p, i) => (
        <div key={p.url} className={s.root}>
          {pictures.length > 1 && <Text weight="semibold">{t(lang, "pane.picture.part", { part: String(i + 1), parts: String(pictures.length) })}</Text>}
          <img className={s.picture} src={p.url} alt={t(lang, "pane.picture.section")} />
          <div className={s.row}>
            <Button appearance="primary" onClick={() => copy(p)}>{t(lang, "pane.picture.copy")}</Button>
            <Button as="a" href={p.url} download={p.name}>{t(lang, "pane.picture.save")}</Button>
          </div>
        </div>
      ))}
    </section>
  );
}
