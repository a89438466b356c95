// The naik kelas report as an xlsx sheet (the shared report table layout).
import { localStamp } from "../../../../shared/local-time";
import type { NaikKelas } from "../contract-naik-kelas";
import { tableXlsx } from "../exports/xlsx-table";

const SIZE = {
  id: { mikro: "Mikro", kecil: "Kecil", menengah: "Menengah", besar: "Besar" },
  en: { mikro: "Micro", kecil: "Small", menengah: "Medium", besar: "Large" },
} as const;

const TEXT = {
  id: {
    title: "Usaha naik kelas",
    period: "Periode",
    all: "semua waktu",
    asOf: "Data per",
    total: "Jumlah usaha",
    header: [
      "Usaha",
      "Kode wilayah",
      "Wilayah",
      "Dari",
      "Ke",
      "Tanggal",
      "Pelatihan diikuti",
      "Bantuan dibayar",
      "Nilai bantuan (Rp)",
      "Terjual di toko (unit)",
      "Nilai penjualan (Rp)",
    ],
  },
  en: {
    title: "Businesses moved up a class",
    period: "Period",
    all: "all time",
    asOf: "Data as of",
    total: "Businesses",
    header: [
      "Business",
      "Region code",
      "Region",
      "From",
      "To",
      "Date",
      "Trainings attended",
      "Aid paid",
      "Aid amount (Rp)",
      "Store units sold",
      "Store sales (Rp)",
    ],
  },
};

export function naikKelasXlsx(report: NaikKelas, lang: "id" | "en"): Promise<Buffer> {
  const tx = TEXT[lang];
  const size = (c: string) => SIZE[lang][c as keyof (typeof SIZE)["id"]] ?? c;
  const period = report.from || report.to ? `${report.from ?? "…"} – ${report.to ?? "…"}` : tx.all;
  return tableXlsx({
    sheet: lang === "id" ? "Naik kelas" : "Moved up",
    title: `${tx.title}: ${report.regionName ?? report.region}`,
    lines: [
      `${tx.period}: ${period}`,
      `${tx.asOf} ${localStamp(new Date(report.asOf), report.region)}`,
      `${tx.total}: ${report.total}`,
    ],
    header: tx.header,
    rows: report.rows.map((r) => [
      r.businessName,
      r.regionCode,
      r.regionName,
      size(r.fromClass),
      size(r.toClass),
      r.movedOn,
      r.trainings,
      r.aidPaid,
      r.aidAmount,
      r.storeUnits,
      r.storeAmount,
    ]),
    widths: [32, 16, 24, 10, 10, 12, 12, 12, 16, 14, 16],
    freezeColumns: 1,
  });
}
