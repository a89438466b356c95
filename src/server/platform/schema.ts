import { bigint, customType, integer, pgSchema, text, uuid } from "drizzle-orm/pg-core";
import { timestamps, ts } from "./db/columns";

export const platform = pgSchema("platform");

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** Progress of background jobs, written by workers and streamed to browsers and the CLI. */
export const jobProgress = platform.table("job_progress", {
  jobId: uuid("job_id").primaryKey(),
  name: text("name").notNull(),
  createdBy: text("created_by"),
  scope: text("scope").notNull().default(""),
  percent: integer("percent").notNull().default(0),
  message: text("message").notNull().default(""),
  state: text("state").notNull().default("created"),
  result: text("result"),
  error: text("error"),
  /** Worker process running the job; a sweep retries active jobs whose worker has gone. */
  worker: text("worker"),
  ...timestamps(),
});

/** Files (photos, proofs, uploads, generated PDFs) live in the database with their SHA-256. */
export const files = platform.table("files", {
  id: uuid("id").primaryKey(),
  sha256: text("sha256").notNull(),
  name: text("name").notNull(),
  mime: text("mime").notNull(),
  size: bigint("size", { mode: "number" }).notNull(),
  data: bytea("data").notNull(),
  uploadedBy: text("uploaded_by"),
  createdAt: ts("created_at").notNull().defaultNow(),
});
