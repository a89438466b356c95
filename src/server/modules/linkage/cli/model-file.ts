// Loading a saved model and earlier cluster ids for the CLI.
import { readFile } from "node:fs/promises";
import type { LinkageModel } from "../domain/model";
import { parseModel } from "../domain/model-schema";
import { readCsvRows } from "./csv";

export async function loadModel(
  path: string,
): Promise<{ ok: true; model: LinkageModel } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { ok: false, error: `cannot read model file ${path}` };
  }
  const parsed = parseModel(text);
  return parsed.ok ? parsed : { ok: false, error: `model file ${path}: ${parsed.error}` };
}

/** record_id → cluster_id from an earlier clusters.csv, so entity ids stay stable. */
export async function loadPreviousClusters(path: string): Promise<Map<string, string> | string> {
  const out = new Map<string, string>();
  let header: string[] | null = null;
  try {
    for await (const row of readCsvRows(path)) {
      if (!header) {
        header = row;
        if (row[0] !== "record_id" || row[1] !== "cluster_id")
          return `${path}: expected columns record_id,cluster_id`;
        continue;
      }
      if (row[0] && row[1]) out.set(row[0], row[1]);
    }
  } catch {
    return `cannot read ${path}`;
  }
  return out;
}
