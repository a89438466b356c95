// npm run gen:registry -- --records N --seed S --out F.csv [--truth T.csv] [--region 62]
// Writes a synthetic register in the canonical columns (and its truth: record_id,entity_id).
import { createWriteStream, type WriteStream } from "node:fs";
import { generateRegister } from "./generate";
import { COLUMNS } from "./record";

type Args = {
  records: number;
  seed: number;
  out: string;
  truth?: string;
  region: string;
  duplicateRate: number;
};

function parseArgs(argv: string[]): Args | string {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const records = Number(get("records") ?? "10000");
  const seed = Number(get("seed") ?? "1");
  const out = get("out");
  if (!out) return "missing --out <file.csv>";
  if (!Number.isInteger(records) || records < 1) return "--records must be a positive integer";
  if (!Number.isInteger(seed)) return "--seed must be an integer";
  const duplicateRate = Number(get("duplicate-rate") ?? "0.2");
  return { records, seed, out, truth: get("truth"), region: get("region") ?? "", duplicateRate };
}

function field(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve) => stream.end(() => resolve()));
}

/** Generates the register; returns the process exit code. */
export async function runGenerator(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`gen:registry: ${args}\n`);
    return 2;
  }
  const out = createWriteStream(args.out);
  const truth = args.truth ? createWriteStream(args.truth) : null;
  await write(out, `${COLUMNS.join(",")}\n`);
  if (truth) await write(truth, "record_id,entity_id\n");
  let chunk = "";
  let truthChunk = "";
  let n = 0;
  const started = Date.now();
  for await (const row of generateRegister({
    records: args.records,
    seed: args.seed,
    region: args.region,
    duplicateRate: args.duplicateRate,
  })) {
    const r = row.record;
    chunk += `${[row.recordId, r.nik, r.no_kk, r.nama, r.jenis_kelamin, r.tempat_lahir, r.tanggal_lahir, r.alamat, r.rt, r.rw, r.kode_wilayah, r.no_hp, r.nama_usaha, r.bidang_usaha, r.sumber].map(field).join(",")}\n`;
    if (truth) truthChunk += `${row.recordId},${row.entityId}\n`;
    if (++n % 5000 === 0) {
      await write(out, chunk);
      chunk = "";
      if (truth) await write(truth, truthChunk);
      truthChunk = "";
      if (n % 100_000 === 0) process.stderr.write(`gen:registry: ${n} records\n`);
    }
  }
  await write(out, chunk);
  if (truth) await write(truth, truthChunk);
  await close(out);
  if (truth) await close(truth);
  process.stderr.write(
    `gen:registry: ${n} records in ${((Date.now() - started) / 1000).toFixed(1)} s → ${args.out}\n`,
  );
  return 0;
}

const isMain = process.argv[1]?.endsWith("synth/cli.ts") ?? false;
if (isMain) process.exitCode = await runGenerator(process.argv.slice(2));
