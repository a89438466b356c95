// Open data (public, no login): what the office may publish — counts by regency of one province,
// no personal data, with the moment they were counted; also as CSV. The counts are the summary's
// named figures (figures.ts), read over the whole register (public readers have no scope).
import { sql } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { FIGURES, type FigureName } from "../dashboard/figures";

/** The published figures, in column order. */
export const OPEN_FIGURES = [
  "businesses",
  "affected",
  "aidPaid",
  "trainingHeld",
  "prakerjaRegistered",
  "prakerjaPassed",
] as const satisfies readonly FigureName[];
export type OpenFigure = (typeof OPEN_FIGURES)[number];

export type OpenRow = { code: string; name: string } & Record<OpenFigure, number>;
export type OpenData = { asOf: string; province: string; provinceName: string; rows: OpenRow[] };

async function regionsOf(
  ctx: Ctx,
  province: string,
): Promise<{ name: string; regencies: Array<{ code: string; name: string }> }> {
  return tx(ctx, async (t) => {
    const p = await t.execute<{ name: string }>(
      sql`select name from regions.regions where code = ${province} and level = 1`,
    );
    const name = p.rows[0]?.name;
    if (!name) throw new AppError("NOT_FOUND");
    const r = await t.execute<{ code: string; name: string }>(
      sql`select code, name from regions.regions where parent_code = ${province} order by code`,
    );
    return { name, regencies: r.rows };
  });
}

export async function readOpenData({ ctx, province }: { ctx: Ctx; province: string }): Promise<OpenData> {
  const { name, regencies } = await regionsOf(ctx, province);
  const rows: OpenRow[] = [];
  for (const r of regencies) {
    const row = { code: r.code, name: r.name } as OpenRow;
    for (const f of OPEN_FIGURES) row[f] = await FIGURES[f]({ ctx, region: r.code });
    rows.push(row);
  }
  return { asOf: ctx.now.toISOString(), province, provinceName: name, rows };
}

const HEADERS: Record<"id" | "en", Record<OpenFigure | "code" | "name", string>> = {
  id: {
    code: "kode_wilayah",
    name: "kabupaten_kota",
    businesses: "usaha_terdaftar",
    affected: "usaha_terdampak",
    aidPaid: "penerima_bantuan_dibayar",
    trainingHeld: "pelatihan_terlaksana",
    prakerjaRegistered: "prakerja_terdaftar",
    prakerjaPassed: "prakerja_lulus",
  },
  en: {
    code: "region_code",
    name: "regency_city",
    businesses: "registered_businesses",
    affected: "affected_businesses",
    aidPaid: "aid_recipients_paid",
    trainingHeld: "trainings_held",
    prakerjaRegistered: "prakerja_registered",
    prakerjaPassed: "prakerja_passed",
  },
};

const cell = (v: string | number) =>
  typeof v === "number" || !/[",\r\n]/.test(v) ? String(v) : `"${v.replace(/"/g, '""')}"`;

/** The table as CSV (UTF-8 with BOM for spreadsheet programs), the data's moment in the last column. */
export function openDataCsv(data: OpenData, lang: "id" | "en"): string {
  const h = HEADERS[lang];
  const cols = ["code", "name", ...OPEN_FIGURES] as const;
  const head = [...cols.map((c) => h[c]), lang === "id" ? "data_per" : "as_of"].join(",");
  const lines = data.rows.map((r) => [...cols.map((c) => cell(r[c])), data.asOf].join(","));
  return `\uFEFF${[head, ...lines].join("\r\n")}\r\n`;
}
