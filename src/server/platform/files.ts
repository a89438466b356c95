import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "./db/pool";
import { newId } from "./ids";
import { files } from "./schema";

export type StoredFile = { id: string; sha256: string; name: string; mime: string; size: number };

/** Stores a file in PostgreSQL with its SHA-256, so one backup holds everything. */
export async function storeFile(
  db: Db | Tx,
  input: { name: string; mime: string; data: Buffer; uploadedBy?: string | null },
): Promise<StoredFile> {
  const sha256 = createHash("sha256").update(input.data).digest("hex");
  const row = {
    id: newId(),
    sha256,
    name: input.name.slice(0, 255),
    mime: input.mime,
    size: input.data.length,
  };
  await db.insert(files).values({ ...row, data: input.data, uploadedBy: input.uploadedBy ?? null });
  return row;
}

export async function readFile(
  db: Db | Tx,
  id: string,
): Promise<(StoredFile & { data: Buffer }) | undefined> {
  const rows = await db.select().from(files).where(eq(files.id, id)).limit(1);
  const r = rows[0];
  return r
    ? { id: r.id, sha256: r.sha256, name: r.name, mime: r.mime, size: r.size, data: r.data }
    : undefined;
}

export function sha256Of(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
