// Column-mapping configuration for files not in the register's canonical columns.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { FIELD_ROLES, type FieldRole } from "../domain/types";

export const MatchConfig = z.object({
  /** Column header → field role; several columns may share a role (they are joined). */
  columns: z.record(z.string(), z.enum(FIELD_ROLES)),
  delimiter: z.string().length(1).default(","),
  /** Trim spaces around fields (FEBRL writes ", "). */
  trimSpaces: z.boolean().default(true),
  dateOrder: z.enum(["auto", "ymd", "dmy", "mdy"]).default("auto"),
  thresholds: z
    .object({ match: z.number().min(0).max(1), review: z.number().min(0).max(1) })
    .partial()
    .optional(),
});
export type MatchConfig = z.infer<typeof MatchConfig>;

export const CANONICAL_COLUMNS: Readonly<Record<string, FieldRole>> = {
  record_id: "id",
  nik: "national_id",
  no_kk: "family_id",
  nama: "full_name",
  jenis_kelamin: "sex",
  tempat_lahir: "birth_place",
  tanggal_lahir: "birth_date",
  alamat: "address",
  rt: "rt",
  rw: "rw",
  kode_wilayah: "region_code",
  no_hp: "phone",
  nama_usaha: "business_name",
  bidang_usaha: "business_field",
  sumber: "source",
};

export const CANONICAL_CONFIG: MatchConfig = {
  columns: { ...CANONICAL_COLUMNS },
  delimiter: ",",
  trimSpaces: true,
  dateOrder: "auto",
};

export type ConfigResult = { ok: true; config: MatchConfig } | { ok: false; error: string };

export async function loadConfig(path: string | undefined): Promise<ConfigResult> {
  if (path === undefined) return { ok: true, config: CANONICAL_CONFIG };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { ok: false, error: `cannot read config file ${path}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `config file ${path} is not valid JSON` };
  }
  const parsed = MatchConfig.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { ok: false, error: `config file ${path} is invalid: ${issues}` };
  }
  return { ok: true, config: parsed.data };
}
