// `sinergi import registry <file> --region <regency> [--sheet NAME]... [--dry-run] [--json]
// [--error-report out.xlsx] [--mapping mapping.json]`: analyses an office spreadsheet and prints
// every data row's status and reasons (stdout: one JSON object with --json; progress on stderr
// when it is a terminal). Without --dry-run the rows are committed through deps.commit.

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { RegionDirectory } from "../domain";
import { createErrorReport, type ImportSummary, type MappingOverride, startAnalysis } from "../import";
import { createJsonSpool } from "../import/json-output";
import { formatRowLine, formatSheetLines, formatTotals } from "../import/text-report";

export type ImportCommitInput = {
  readonly file: string;
  readonly fileName: string;
  readonly regencyCode: string;
  readonly sheets?: readonly string[];
  readonly mapping?: MappingOverride;
  /** The dry run's totals, for the batch record and a sanity check. */
  readonly summary: ImportSummary;
};

export type ImportCommitResult =
  | { readonly ok: true; readonly batchId: string; readonly rowsImported: number }
  | { readonly ok: false; readonly message: string };

export type ImportCliDeps = {
  /** Commits the valid and warning rows as one batch (re-reading the file); needs the database. */
  readonly commit?: (input: ImportCommitInput) => Promise<ImportCommitResult>;
  readonly regions?: RegionDirectory;
};

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

export type ImportArgs = {
  file: string;
  region: string;
  sheets: string[];
  dryRun: boolean;
  json: boolean;
  errorReport: string | null;
  mappingFile: string | null;
};

const USAGE =
  "Pemakaian: sinergi import registry <berkas.xlsx|.csv> --region <kode kab/kota, mis. 13.10> [--sheet NAMA]... [--dry-run] [--json] [--error-report laporan.xlsx] [--mapping pemetaan.json]\n";

export function parseImportArgs(args: readonly string[]): ImportArgs | string {
  const out: ImportArgs = {
    file: "",
    region: "",
    sheets: [],
    dryRun: false,
    json: false,
    errorReport: null,
    mappingFile: null,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = () => (eq === -1 ? args[++i] : arg.slice(eq + 1)) ?? "";
    if (flag === "--dry-run") out.dryRun = true;
    else if (flag === "--json") out.json = true;
    else if (flag === "--region") out.region = value();
    else if (flag === "--sheet") out.sheets.push(value());
    else if (flag === "--error-report") out.errorReport = value();
    else if (flag === "--mapping") out.mappingFile = value();
    else if (flag.startsWith("--")) return `Opsi tidak dikenal: ${flag}`;
    else if (!out.file) out.file = arg;
    else return `Argumen berlebih: ${arg}`;
  }
  if (!out.file) return "Berkas belum disebut.";
  if (!out.region) return "Kode kabupaten/kota belum disebut (--region, mis. 62.71).";
  if (out.sheets.some((s) => s.trim() === "")) return "Nama sheet kosong pada --sheet.";
  if (out.errorReport === "") return "Nama berkas laporan kosong pada --error-report.";
  return out;
}

function progressBar(io: Io): { update: (done: number, total: number) => void; end: () => void } {
  if ((io.stderr as { isTTY?: boolean }).isTTY !== true) return { update: () => {}, end: () => {} };
  let shown = false;
  return {
    update(done, total) {
      shown = true;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * 30);
      const bar = `${"#".repeat(filled)}${"-".repeat(30 - filled)}`;
      io.stderr.write(`\r[${bar}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total} baris `);
    },
    end: () => shown && io.stderr.write("\n"),
  };
}

async function readMapping(path: string | null): Promise<MappingOverride | undefined | string> {
  if (!path) return undefined;
  try {
    return JSON.parse(await readFile(path, "utf8")) as MappingOverride;
  } catch {
    return `Berkas pemetaan ${path} tidak dapat dibaca sebagai JSON.`;
  }
}

/** Runs `import registry ...`; returns the exit code (0 when the analysis ran, rejected rows or not). */
export async function runImportRegistryCli(
  args: string[],
  io: Io,
  deps: ImportCliDeps = {},
): Promise<number> {
  const parsed = parseImportArgs(args);
  if (typeof parsed === "string") {
    io.stderr.write(`${parsed}\n${USAGE}`);
    return 2;
  }
  if (!parsed.dryRun && !deps.commit) {
    io.stderr.write(
      "Menyimpan hasil impor membutuhkan basis data dan belum tersedia di sini. Jalankan dengan --dry-run untuk memeriksa berkas saja.\n",
    );
    return 1;
  }
  const mapping = await readMapping(parsed.mappingFile);
  if (typeof mapping === "string") {
    io.stderr.write(`${mapping}\n`);
    return 1;
  }
  const bar = progressBar(io);
  const started = await startAnalysis({
    file: parsed.file,
    fileName: basename(parsed.file),
    regencyCode: parsed.region,
    regions: deps.regions,
    sheets: parsed.sheets.length > 0 ? parsed.sheets : undefined,
    mapping,
    onProgress: (p) => bar.update(p.rowsDone, p.rowsTotalEstimate),
  });
  if (!started.ok) {
    io.stderr.write(`Galat: ${started.error.message}\n`);
    return 1;
  }
  const { run } = started;
  // `... --json | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  io.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") io.stderr.write(`Galat: ${err.message}\n`);
  });
  const spool = parsed.json ? await createJsonSpool() : null;
  const report = parsed.errorReport ? createErrorReport({ output: parsed.errorReport }) : null;
  const problems: string[] = [];
  try {
    for await (const row of run.rows) {
      await spool?.add(row);
      report?.add(
        row,
        run.summary().sheets.find((s) => s.name === row.sheet),
      );
      if (!spool && row.status !== "valid" && problems.length < 50) problems.push(formatRowLine(row));
    }
  } catch (err) {
    bar.end();
    await spool?.discard();
    io.stderr.write(`Galat: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  bar.end();
  const summary = run.summary();
  if (spool) {
    try {
      await spool.finish(summary, io.stdout);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EPIPE") throw err;
      return 0; // the reader of stdout has gone away (| head): nothing left to say
    }
  } else {
    const lines = [
      `Berkas: ${basename(parsed.file)}`,
      ...formatSheetLines(summary),
      ...formatTotals(summary),
    ];
    if (problems.length > 0) lines.push("Baris bermasalah (paling banyak 50):", ...problems);
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  if (report) {
    await report.close();
    io.stderr.write(`Laporan kesalahan ditulis ke ${parsed.errorReport} (${report.rowsWritten} baris).\n`);
  }
  if (!summary.sheets.some((s) => s.status === "imported")) {
    // Not a failure of the analysis (the file was read), but the clerk must know why nothing came.
    io.stderr.write(
      "Peringatan: tidak ada sheet berisi data (perlu kolom Nama, NIK, dan Desa/Kelurahan). Periksa judul kolom atau pilih sheet dengan --sheet.\n",
    );
    if (!parsed.dryRun) return 1;
  }
  if (parsed.dryRun || !deps.commit) return 0;
  return commitRows(parsed, summary, mapping, deps.commit, io);
}

async function commitRows(
  parsed: ImportArgs,
  summary: ImportSummary,
  mapping: MappingOverride | undefined,
  commit: NonNullable<ImportCliDeps["commit"]>,
  io: Io,
): Promise<number> {
  if (summary.rows_valid + summary.rows_warning === 0) {
    io.stderr.write("Tidak ada baris yang dapat disimpan (semua ditolak).\n");
    return 1;
  }
  const result = await commit({
    file: parsed.file,
    fileName: basename(parsed.file),
    regencyCode: parsed.region,
    sheets: parsed.sheets.length > 0 ? parsed.sheets : undefined,
    mapping,
    summary,
  });
  const out = parsed.json ? io.stderr : io.stdout;
  if (!result.ok) {
    io.stderr.write(`Galat saat menyimpan: ${result.message}\n`);
    return 1;
  }
  out.write(`Disimpan sebagai batch ${result.batchId}: ${result.rowsImported} baris.\n`);
  return 0;
}
