// The person's copy of their data (UU PDP Pasal 32) as a PDF in Bahasa Indonesia: identity, each
// business with its impact history, pivots, products and kendala, where the records came from,
// outside lists that name them, aid, store orders and trainings. Times in the person's region zone.
import { formatDateTimeId, formatShortDateId } from "../../../../shared/dates";
import { regionZone } from "../../../../shared/local-time";
import { formatRupiah } from "../../../../shared/money";
import { FONT, type Pdf, renderPdf } from "../../../platform/pdf";
import type { AidPersonData } from "../../aid";
import type { LinkagePersonData } from "../../linkage";
import type { MarketPersonData } from "../../market";
import type { Person, RegistryPersonData } from "../../registry";
import type { TrainingPersonData } from "../../training";
import { word } from "./person-data-words";

export type PersonDataParts = {
  generatedAt: string;
  generatedBy: string;
  legalBasis: string;
  person: Person;
  register: Omit<RegistryPersonData, "person">;
  sources: LinkagePersonData;
  aid: AidPersonData;
  market: MarketPersonData;
  training: TrainingPersonData;
};

const SEX = { L: "Laki-laki", P: "Perempuan" } as const;
const NONE = "Tidak ada data.";

type Doc = { doc: Pdf; tz: ReturnType<typeof regionZone> };

function heading(d: Doc, text: string): void {
  if (d.doc.y > d.doc.page.height - 140) d.doc.addPage();
  d.doc.moveDown(0.8).font(FONT.bold).fontSize(13).fillColor("#1c4e80").text(text);
  d.doc.moveDown(0.2).font(FONT.regular).fontSize(10).fillColor("#000");
}

function sub(d: Doc, text: string): void {
  d.doc.moveDown(0.4).font(FONT.bold).fontSize(10.5).text(text).font(FONT.regular).fontSize(10);
}

function field(d: Doc, label: string, value: string | number | null | undefined): void {
  const shown = value === null || value === undefined || value === "" ? "–" : String(value);
  d.doc.font(FONT.bold).text(`${label}: `, { continued: true }).font(FONT.regular).text(shown);
}

function line(d: Doc, text: string): void {
  d.doc.text(`• ${text}`, { indent: 8 });
}

function list<T>(d: Doc, items: readonly T[], show: (item: T) => string): void {
  if (items.length === 0) d.doc.fillColor("#555").text(NONE).fillColor("#000");
  for (const item of items) line(d, show(item));
}

const day = (d: Doc, iso: string | null): string => (iso ? formatShortDateId(new Date(iso), d.tz) : "–");
const money = (n: number | null | undefined): string =>
  n === null || n === undefined ? "–" : formatRupiah(n);

function identity(d: Doc, p: Person): void {
  heading(d, "1. Identitas");
  field(d, "Nama", p.name);
  field(d, "NIK", p.nik);
  field(d, "No. KK", p.noKk);
  field(d, "Jenis kelamin", p.sex ? SEX[p.sex] : null);
  field(
    d,
    "Tempat, tanggal lahir",
    [p.birthPlace, p.birthDate ? day(d, p.birthDate) : null].filter(Boolean).join(", "),
  );
  field(d, "Nomor HP", p.phone);
  field(
    d,
    "Alamat KTP",
    [p.street, p.rt ? `RT ${p.rt}` : null, p.rw ? `RW ${p.rw}` : null].filter(Boolean).join(", "),
  );
  field(d, "Kode desa/kelurahan (Kemendagri)", p.villageCode);
  field(d, "Dicatat pertama", formatDateTimeId(new Date(p.createdAt), d.tz));
}

function businesses(d: Doc, r: PersonDataParts["register"]): void {
  heading(d, `2. Usaha (${r.businesses.length})`);
  if (r.businesses.length === 0) d.doc.text(NONE);
  for (const page of r.businesses) {
    const b = page.business;
    sub(d, b.name);
    field(d, "Sektor", word(b.sector));
    field(d, "NIB", b.nib);
    field(d, "Alamat usaha", [b.street, b.regionName ?? b.regionCode].filter(Boolean).join(", "));
    field(d, "Kelas usaha", word(b.sizeClass));
    field(d, "Omzet tahunan", money(b.annualTurnover));
    field(d, "Produk", b.products);
    d.doc.text("Penilaian dampak:");
    list(
      d,
      page.impacts,
      (i) =>
        `${day(d, i.assessedOn)}: omzet ${money(i.turnoverBefore)} menjadi ${money(i.turnoverAfter)}, ${i.affected ? "terdampak" : "tidak terdampak"}`,
    );
    d.doc.text("Peralihan produksi:");
    list(d, page.pivots, (p) => `sejak ${day(d, p.since)}: dari ${p.before} menjadi ${p.after}`);
    d.doc.text("Produk tercatat:");
    list(d, page.products, (p) => `${p.name}${p.price ? ` (${money(p.price)})` : ""}`);
    d.doc.text("Kendala:");
    list(d, page.constraints, (c) => `${word(c.type)}: ${c.description} (${word(c.status)})`);
    d.doc.text("Asal data:");
    list(
      d,
      page.sources,
      (s) =>
        `${day(d, s.createdAt)}: ${word(s.kind)}${s.userName ? `, oleh ${s.userName}` : ""}${s.rowNumber ? `, baris ${s.rowNumber}` : ""}`,
    );
  }
  sub(d, "Keanggotaan koperasi");
  d.doc.text("Register tidak mencatat keanggotaan koperasi per orang.");
}

function outsideLists(d: Doc, s: LinkagePersonData): void {
  heading(d, "3. Daftar instansi lain yang memuat Anda");
  list(
    d,
    s.listRows,
    (r) =>
      `${r.listName} (${r.source ?? r.listKind}${r.asOf ? `, per ${day(d, r.asOf)}` : ""}), baris ${r.rowNumber}: ${r.name ?? "–"}, NIK ${r.nik ?? "–"} — ${word(r.decision)}`,
  );
  if (s.pairs.length > 0 || s.merges.length > 0)
    d.doc.text(`Pemeriksaan data ganda: ${s.pairs.length} pasangan, ${s.merges.length} penggabungan.`);
}

function aid(d: Doc, a: AidPersonData): void {
  heading(d, "4. Bantuan");
  list(
    d,
    a.proposalItems,
    (i) =>
      `${i.programme}, usulan ${i.proposalNumber} (${word(i.proposalStatus)}): ${word(i.itemStatus)}${i.decision ? `, keputusan: ${word(i.decision)}` : ""}${i.decisionReason ? ` — ${i.decisionReason}` : ""}`,
  );
  if (a.payments.length > 0) d.doc.text("Penyaluran:");
  for (const p of a.payments)
    line(
      d,
      `${p.programme}: ${money(p.amount)}, ${word(p.status)}${p.paidOn ? `, ${day(d, p.paidOn)}` : ""}${p.account ? `, rekening ${p.account}` : ""}`,
    );
}

function orders(d: Doc, m: MarketPersonData): void {
  heading(d, "5. Pesanan di toko PLUT (menurut nomor HP)");
  list(d, m.orders, (o) => {
    const items = o.items.map((i) => `${i.quantity} × ${i.product}`).join(", ");
    return `${o.code}, ${day(d, o.placedAt)}: ${items}; total ${money(o.total)} (${word(o.status)}, ${word(o.paymentStatus)})`;
  });
  if (m.producers.length > 0) d.doc.text("Terdaftar sebagai pemasok toko:");
  for (const p of m.producers)
    line(d, `${p.name}${p.phone ? `, ${p.phone}` : ""}, kapasitas ${p.dailyCapacity}/hari`);
}

function trainings(d: Doc, t: TrainingPersonData): void {
  heading(d, "6. Pelatihan dan sertifikat");
  list(
    d,
    t.participations,
    (p) =>
      `${p.event} (${p.topic}), ${day(d, p.startsOn)}: ${p.attended === true ? "hadir" : p.attended === false ? "tidak hadir" : "belum dicatat"}${p.certificateCode ? `, sertifikat ${p.certificateCode}` : ""}`,
  );
}

/** The PDF for the person; every section says "Tidak ada data." rather than disappearing. */
export function personDataPdf(parts: PersonDataParts): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      const d: Doc = { doc, tz: regionZone(parts.person.villageCode ?? parts.person.regionCode) };
      doc.font(FONT.bold).fontSize(17).text("Data Pribadi Anda di Sinergi");
      doc.font(FONT.regular).fontSize(10).fillColor("#333");
      doc.text(`Salinan atas permintaan subjek data berdasarkan ${parts.legalBasis}.`);
      doc.text(`Dibuat ${formatDateTimeId(new Date(parts.generatedAt), d.tz)} oleh ${parts.generatedBy}.`);
      doc.fillColor("#000");
      identity(d, parts.person);
      businesses(d, parts.register);
      outsideLists(d, parts.sources);
      aid(d, parts.aid);
      orders(d, parts.market);
      trainings(d, parts.training);
      doc.moveDown(1).fontSize(9).fillColor("#555");
      doc.text(
        "Jika ada data yang keliru, Anda berhak meminta perbaikan kepada Dinas Koperasi dan UKM yang mencatatnya (UU PDP Pasal 6).",
      );
    },
    { title: `Data pribadi ${parts.person.name}` },
  );
}
