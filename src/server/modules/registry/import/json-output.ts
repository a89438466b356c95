// The CLI's `--json` document, `{rows_total, rows_valid, rows_warning, rows_rejected, rows}`, with
// the totals first as specified. Rows are spooled to a temporary file while the analysis runs (the
// totals are known only at the end), so 100,000 rows never sit in memory.

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AnalysedRow, toRowJson } from "./row-result";
import type { ImportSummary } from "./summary";

export type JsonSpool = {
  add(row: AnalysedRow): Promise<void>;
  /** Writes the whole document to `out` and removes the spool. */
  finish(summary: ImportSummary, out: NodeJS.WritableStream): Promise<void>;
  discard(): Promise<void>;
};

export async function createJsonSpool(): Promise<JsonSpool> {
  const dir = await mkdtemp(join(tmpdir(), "sinergi-import-"));
  const path = join(dir, "rows.json");
  const file = createWriteStream(path);
  let count = 0;
  const write = async (text: string, out: NodeJS.WritableStream) => {
    if (!out.write(text)) await once(out, "drain");
  };
  return {
    async add(row) {
      await write(`${count === 0 ? "" : ","}${JSON.stringify(toRowJson(row))}`, file);
      count++;
    },
    async finish(summary, out) {
      file.end();
      await once(file, "finish");
      const head = {
        rows_total: summary.rows_total,
        rows_valid: summary.rows_valid,
        rows_warning: summary.rows_warning,
        rows_rejected: summary.rows_rejected,
      };
      await write(`${JSON.stringify(head).slice(0, -1)},"rows":[`, out);
      for await (const chunk of createReadStream(path)) await write((chunk as Buffer).toString("utf8"), out);
      await write("]}\n", out);
      await rm(dir, { recursive: true, force: true });
    },
    async discard() {
      file.on("error", () => {});
      file.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
