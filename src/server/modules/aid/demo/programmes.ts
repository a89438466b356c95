// Demo programmes: BPUM 2020 (national, APBN, Rp2.400.000 cash), the Kalimantan Tengah stimulus
// (APBD, excludes BPUM in 2020) and free masks in Kotawaringin Timur (S5, in kind).
import { eq } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { BPUM_RULES, OPEN_RULES } from "../domain";
import { createProgramme } from "../programmes/manage-programmes";
import { programmes } from "../schema";

export const BPUM_CODE = "BPUM-2020";
export const STIMULUS_CODE = "KALTENG-STIMULUS-2020";
export const MASKS_CODE = "MASKER-KOTIM-2020";

async function idOf(ctx: Ctx, code: string): Promise<string | null> {
  const rows = await tx(ctx, (t) =>
    t.select({ id: programmes.id }).from(programmes).where(eq(programmes.code, code)).limit(1),
  );
  return rows[0]?.id ?? null;
}

export async function ensureProgrammes(ctx: Ctx): Promise<{ bpum: string; stimulus: string; masks: string }> {
  const bpum =
    (await idOf(ctx, BPUM_CODE)) ??
    (
      await createProgramme({
        ctx,
        input: {
          code: BPUM_CODE,
          name: "Banpres Produktif Usaha Mikro (BPUM) 2020",
          fundSource: "APBN",
          kind: "cash",
          amount: 2_400_000,
          periodStart: "2020-08-17",
          periodEnd: "2020-12-31",
          phases: [
            { no: 1, name: "Tahap 1", from: "2020-08-17", to: "2020-09-30" },
            { no: 2, name: "Tahap 2", from: "2020-10-01", to: "2020-12-31" },
          ],
          rules: {
            ...BPUM_RULES,
            sizeClasses: ["mikro"],
            sectors: [],
            excludedOccupations: [...BPUM_RULES.excludedOccupations],
          },
          requiredDocuments: ["ktp", "kk", "sku"],
          exclusions: [],
          description:
            "Bantuan Presiden untuk usaha mikro, Rp2.400.000 sekali; diusulkan dinas kabupaten/kota, diverifikasi provinsi, diputuskan kementerian, disalurkan bank.",
        },
      })
    ).id;
  const stimulus =
    (await idOf(ctx, STIMULUS_CODE)) ??
    (
      await createProgramme({
        ctx,
        input: {
          code: STIMULUS_CODE,
          name: "Stimulus UMKM Terdampak COVID-19 Kalimantan Tengah 2020",
          fundSource: "APBD",
          kind: "cash",
          amount: 1_000_000,
          periodStart: "2020-09-01",
          periodEnd: "2020-12-31",
          phases: [],
          ownerRegion: "62",
          rules: {
            ...OPEN_RULES,
            sizeClasses: ["mikro"],
            sizeDate: null,
            requireAffected: true,
            sectors: [],
            excludedOccupations: ["pns", "tni", "polri", "bumn"],
            oneBusinessPerHousehold: true,
          },
          requiredDocuments: ["ktp", "kk"],
          exclusions: [{ programmeId: bpum, from: "2020-01-01", to: "2020-12-31" }],
          description:
            "Stimulus APBD Provinsi Kalimantan Tengah bagi usaha mikro terdampak yang belum menerima BPUM 2020.",
        },
      })
    ).id;
  const masks =
    (await idOf(ctx, MASKS_CODE)) ??
    (
      await createProgramme({
        ctx,
        input: {
          code: MASKS_CODE,
          name: "Masker Gratis Kotawaringin Timur 2020",
          fundSource: "APBD",
          kind: "in_kind",
          amount: 0, // goods: recipients get units, not money
          unit: "masker",
          unitsPerRecipient: 50,
          periodStart: "2020-06-01",
          periodEnd: "2020-12-31",
          phases: [],
          ownerRegion: "62.02",
          rules: { ...OPEN_RULES, sizeClasses: [], sectors: [], excludedOccupations: [] },
          requiredDocuments: ["ktp"],
          exclusions: [],
          description:
            "Masker kain dibeli dari UMKM lokal melalui pesanan instansi PLUT dan dibagikan gratis dengan tanda terima.",
        },
      })
    ).id;
  return { bpum, stimulus, masks };
}
