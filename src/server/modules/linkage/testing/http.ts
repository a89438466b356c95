// Small helpers for linkage route tests: waiting for a job, building a multipart upload.
import type { Jobs } from "../../../platform/jobs/jobs";

export async function waitForJob(jobs: Jobs, id: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await jobs.status(id);
    if (s && (s.state === "completed" || s.state === "failed")) return s.state;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${s?.state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A multipart/form-data body with text fields and one file. */
export function multipart(
  fields: Record<string, string>,
  file: { name: string; type: string; content: string | Buffer },
) {
  const boundary = `----sinergi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
  );
  parts.push(typeof file.content === "string" ? Buffer.from(file.content) : file.content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
