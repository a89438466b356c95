// S3 kendala in the demo: the elastic (karet/tali masker) shortage among the mask tailors, and other
// problems collected by field assistants, some followed up and resolved.
import type { ConstraintStatus, ConstraintType } from "../domain/vocab";
import type { BusinessInsert } from "./businesses";
import type { DemoContext } from "./population";
import { demoId } from "./rng";

const ELASTIC =
  "Karet/tali masker (elastis) sulit didapat di Palangka Raya; harga naik dari Rp15.000 menjadi Rp40.000 per gulung, produksi masker tertahan.";
const ASSIGNEE = "Bidang UMKM Diskop UKM Kalteng";
const OTHER: ReadonlyArray<[ConstraintType, string]> = [
  ["capital", "Modal kerja habis karena penjualan turun; butuh tambahan modal untuk bahan baku."],
  ["marketing", "Pelanggan tetap (kantor, sekolah) berhenti memesan; belum bisa jualan daring."],
  ["distribution", "Pengiriman ke kecamatan lain terhambat pembatasan; ongkos ojek naik."],
  ["permits", "Belum punya NIB dan izin edar PIRT untuk produk makanan kemasan."],
  ["raw_material", "Harga bahan baku naik dan pasokan dari Banjarmasin tidak menentu."],
  ["other", "Tempat usaha disewa dan pemilik meminta pembayaran di muka."],
];

type Step = { note: string; to?: ConstraintStatus; days: number };

function addConstraint(
  d: DemoContext,
  b: BusinessInsert,
  c: { type: ConstraintType; description: string; status: ConstraintStatus; reportedAt: Date; steps: Step[] },
): void {
  const id = demoId(d.rng, c.reportedAt.getTime());
  let status: ConstraintStatus = "open";
  let last = c.reportedAt;
  for (const s of c.steps) {
    last = new Date(c.reportedAt.getTime() + s.days * 86_400_000);
    d.batch.followUps.push({
      id: demoId(d.rng, last.getTime()),
      regionCode: b.regionCode,
      constraintId: id,
      note: s.note,
      actorName: "pendamping.palangkaraya",
      statusFrom: s.to ? status : null,
      statusTo: s.to ?? null,
      at: last,
    });
    if (s.to) status = s.to;
  }
  const assigned = c.steps.length > 0;
  d.batch.constraints.push({
    id,
    regionCode: b.regionCode,
    businessId: b.id as string,
    type: c.type,
    description: c.description,
    status: c.status,
    reportedBy: "pendamping.palangkaraya",
    reportedAt: c.reportedAt,
    assigneeName: assigned ? ASSIGNEE : null,
    resolvedAt: c.status === "resolved" ? last : null,
    createdAt: c.reportedAt,
    updatedAt: last,
  });
  if (c.status !== "resolved") b.openConstraints = (b.openConstraints ?? 0) + 1;
}

function stepsFor(status: ConstraintStatus, resolution: string): Step[] {
  if (status === "open") return [];
  const started: Step[] = [
    { note: `Ditugaskan kepada ${ASSIGNEE}`, days: 1 },
    { note: "Sedang ditangani", to: "in_progress", days: 2 },
  ];
  return status === "in_progress" ? started : [...started, { note: resolution, to: "resolved", days: 9 }];
}

export function addElasticShortage(d: DemoContext, tailors: readonly BusinessInsert[]): void {
  tailors.slice(0, 18).forEach((b, i) => {
    const status: ConstraintStatus = i < 10 ? "open" : i < 15 ? "in_progress" : "resolved";
    const reportedAt = new Date(Date.parse("2020-04-20T03:00:00Z") + i * 5_400_000);
    addConstraint(d, b, {
      type: "raw_material",
      description: ELASTIC,
      status,
      reportedAt,
      steps: stepsFor(
        status,
        "PLUT membeli karet elastis bersama 50 gulung dari Banjarmasin dan membagikannya ke penjahit; produksi kembali 50 masker/hari.",
      ),
    });
  });
}

export function addOtherConstraints(
  d: DemoContext,
  businesses: readonly BusinessInsert[],
  count: number,
): void {
  d.rng.sample(businesses, Math.min(count, businesses.length)).forEach((b) => {
    const [type, description] = d.rng.pick(OTHER);
    const x = d.rng.next();
    const status: ConstraintStatus = x < 0.6 ? "open" : x < 0.8 ? "in_progress" : "resolved";
    const reportedAt = new Date((b.createdAt as Date).getTime() + d.rng.int(1, 20) * 86_400_000);
    addConstraint(d, b, {
      type,
      description,
      status,
      reportedAt,
      steps: stepsFor(
        status,
        "Sudah difasilitasi (pelatihan daring / rujukan KUR / pendampingan izin); pelaku usaha menyatakan selesai.",
      ),
    });
  });
}
