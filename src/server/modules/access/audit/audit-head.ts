import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../../../platform/db/pool";
import { type ChainHead, currentHead } from "./audit-chain";

/**
 * A copy of the audit chain head kept outside the database (in the data directory, also when the
 * database is external), so deleting the newest events or re-sealing a rewritten chain is detected.
 */
export function auditHeadFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), "audit-head.json");
}

export function readHeadFile(file: string): ChainHead | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const parsed = JSON.parse(text) as Partial<ChainHead>;
  if (typeof parsed.position !== "number" || typeof parsed.hash !== "string") {
    throw new Error(`audit head file ${file} is malformed`);
  }
  return { position: parsed.position, hash: parsed.hash };
}

export function writeHeadFile(file: string, head: ChainHead): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ ...head, at: new Date().toISOString() })}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

export type HeadAdvance = { head: ChainHead; problem?: string };

/**
 * Moves the recorded head forward to the table's head, but only when the table still holds the
 * recorded event unchanged: a cut or rewritten chain leaves the file as it was, for `audit verify`.
 */
export async function advanceHeadFile(database: Database, file: string): Promise<HeadAdvance> {
  const recorded = readHeadFile(file);
  const head = await currentHead(database);
  if (!recorded) {
    writeHeadFile(file, head);
    return { head };
  }
  if (recorded.position === head.position && recorded.hash === head.hash) return { head };
  const r = await database.pool.query<{ hash: string }>(
    "select hash from access.audit_events where chain_pos = $1",
    [recorded.position],
  );
  const held = recorded.position === 0 || r.rows[0]?.hash === recorded.hash;
  if (!held || head.position < recorded.position) {
    return { head: recorded, problem: `audit chain no longer holds the recorded head ${recorded.position}` };
  }
  writeHeadFile(file, head);
  return { head };
}
