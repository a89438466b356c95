// The dashboard as files for the head of office: an xlsx workbook (the region and one row per child
// region, every figure) and a printable one-page A4 PDF, both from the same RegionRows as the screen.
import { localStamp } from "../../../../shared/local-time";
import { FONT, renderPdf } from "../../../platform/pdf";
import type { RegionRows, Summary } from "../contract";
import { tableXlsx } from "../exports/xlsx-table";

type Lang = "id" | "en";
type Column = { key: string; id: string; en: string; get: (s: Summary) => number };

const COLUMNS: Column[] = [
  { key: "businesses", id: "Usaha terdaftar", en: "Registered businesses", get: (s) => s.businesses },
  { key: "affected", id: "Usaha terdampak", en: "Affected businesses", get: (s) => s.affected },
  {
    key: "constraintsOpen",
    id: "Kendala belum selesai",
    en: "Unresolved kendala",
    get: (s) => s.constraintsOpen,
  },
  {
    key: "constraintsOpened",
    id: "Kendala dibuka*",
    en: "Kendala opened*",
    get: (s) => s.constraintsOpened,
  },
  { key: "aidProposed", id: "Bantuan diusulkan", en: "Aid proposed", get: (s) => s.aid.proposed },
  { key: "aidApproved", id: "Bantuan disetujui", en: "Aid approved", get: (s) => s.aid.approved },
  { key: "aidPaid", id: "Bantuan dibayar*", en: "Aid paid*", get: (s) => s.aid.paid },
  { key: "supply", id: "Pasokan toko (unit)", en: "Store supply (units)", get: (s) => s.market.supply },
  { key: "demand", id: "Permintaan (unit)", en: "Demand (units)", get: (s) => s.market.demand },
  { key: "sold", id: "Terjual (unit)*", en: "Sold (units)*", get: (s) => s.market.sold },
  { key: "unserved", id: "Pembeli tak terlayani", en: "Unserved buyers", get: (s) => s.market.unserved },
  { key: "held", id: "Pelatihan terlaksana*", en: "Trainings held*", get: (s) => s.training.held },
  { key: "postponed", id: "Pelatihan ditunda", en: "Trainings postponed", get: (s) => s.training.postponed },
  {
    key: "prakerjaRegistered",
    id: "Prakerja terdaftar",
    en: "Prakerja registered",
    get: (s) => s.prakerja.registered,
  },
  { key: "prakerjaPassed", id: "Prakerja lulus", en: "Prakerja passed", get: (s) => s.prakerja.passed },
];

const TEXT = {
  id: { region: "Wilayah", code: "Kode", total: "Jumlah wilayah", asOf: "Data per", title: "Dasbor Sinergi" },
  en: {
    region: "Region",
    code: "Code",
    total: "Region total",
    asOf: "Data as of",
    title: "Sinergi dashboard",
  },
};

/** The period line: which figures it narrows (marked *) and which are the state now. */
export function periodLine(s: Summary, lang: Lang): string {
  const { from, to } = s.period;
  const span = from || to ? `${from ?? "…"} – ${to ?? "…"}` : lang === "id" ? "semua waktu" : "all time";
  return lang === "id"
    ? `Periode ${span}: berlaku untuk angka bertanda *; angka lain keadaan saat ini.`
    : `Period ${span}: applies to the figures marked *; the others are the current state.`;
}

export function dashboardXlsx(rows: RegionRows, lang: Lang): Promise<Buffer> {
  const tx = TEXT[lang];
  const line = (s: Summary, name: string) => [s.region, name, ...COLUMNS.map((c) => c.get(s))];
  return tableXlsx({
    sheet: lang === "id" ? "Dasbor" : "Dashboard",
    title: `${tx.title}: ${rows.parent.regionName ?? rows.parent.region}`,
    lines: [
      `${tx.asOf} ${localStamp(new Date(rows.parent.asOf), rows.parent.region)}`,
      periodLine(rows.parent, lang),
    ],
    header: [tx.code, tx.region, ...COLUMNS.map((c) => c[lang])],
    rows: [
      line(rows.parent, `${tx.total}: ${rows.parent.regionName ?? rows.parent.region}`),
      ...rows.children.map((c) => line(c, c.regionName ?? c.region)),
    ],
    totalFirst: true,
    widths: [12, 32, ...COLUMNS.map(() => 16)],
    freezeColumns: 2,
  });
}

/** One A4 landscape page: the region's figures, then the child regions' main figures. */
export function dashboardPdf(rows: RegionRows, lang: Lang): Promise<Buffer> {
  const tx = TEXT[lang];
  const p = rows.parent;
  return renderPdf(
    (doc) => {
      doc
        .font(FONT.bold)
        .fontSize(16)
        .text(`${tx.title}: ${p.regionName ?? p.region}`);
      doc
        .font(FONT.regular)
        .fontSize(9)
        .fillColor("#555")
        .text(`${tx.asOf} ${localStamp(new Date(p.asOf), p.region)}. ${periodLine(p, lang)}`);
      doc.moveDown(0.6).fillColor("#000");
      const x0 = doc.page.margins.left;
      const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
      const boxW = width / 7;
      let y = doc.y;
      COLUMNS.forEach((c, i) => {
        const x = x0 + (i % 7) * boxW;
        const yy = y + Math.floor(i / 7) * 38;
        doc
          .font(FONT.regular)
          .fontSize(7)
          .fillColor("#555")
          .text(c[lang], x, yy, { width: boxW - 6 });
        doc
          .font(FONT.bold)
          .fontSize(13)
          .fillColor("#000")
          .text(c.get(p).toLocaleString("id-ID"), x, yy + 12, { width: boxW - 6 });
      });
      y += 84;
      const main = COLUMNS.filter((c) =>
        ["businesses", "affected", "constraintsOpen", "aidPaid", "held", "prakerjaPassed"].includes(c.key),
      );
      const nameW = width - main.length * 90;
      const rowH = Math.min(
        14,
        (doc.page.height - doc.page.margins.bottom - y - 16) / Math.max(1, rows.children.length + 1),
      );
      const cellsAt = (yy: number, name: string, values: string[], bold: boolean) => {
        doc.font(bold ? FONT.bold : FONT.regular).fontSize(Math.min(8, rowH - 4));
        doc.text(name, x0, yy, { width: nameW - 4, lineBreak: false, ellipsis: true });
        for (const [i, v] of values.entries())
          doc.text(v, x0 + nameW + i * 90, yy, { width: 86, align: "right", lineBreak: false });
      };
      cellsAt(
        y,
        tx.region,
        main.map((c) => c[lang]),
        true,
      );
      y += rowH + 2;
      for (const c of rows.children) {
        cellsAt(
          y,
          c.regionName ?? c.region,
          main.map((m) => m.get(c).toLocaleString("id-ID")),
          false,
        );
        y += rowH;
      }
    },
    { size: [841.89, 595.28], margin: 36, title: `${tx.title} ${p.regionName ?? p.region}` },
  );
}
