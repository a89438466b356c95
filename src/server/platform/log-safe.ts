// What the log may say about an error and a request. Logs go to files and log collectors that
// many people read, so they carry no personal data: a failed query is logged with its SQL text
// (placeholders only) and SQLSTATE, never its parameters or PostgreSQL's message; other messages
// lose their quoted values, and request URLs lose their query string.

type Serialized = Record<string, unknown>;

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
// PostgreSQL error fields that name schema objects, never row values.
const PG_FIELDS = ["code", "severity", "routine", "schema", "table", "column", "constraint"] as const;

function withoutValues(message: string): string {
  // Drizzle appends "params: …" to the SQL; the SQL itself uses $1-style placeholders.
  const cut = message.indexOf("\nparams:");
  return (cut >= 0 ? message.slice(0, cut) : message).replace(QUOTED, '"…"');
}

function stackFrames(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  return stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
}

/** Serializes an error (and its causes) without parameters, details or quoted values. */
export function safeError(err: unknown, depth = 0): Serialized | unknown {
  if (!(err instanceof Error)) return typeof err === "string" ? withoutValues(err) : undefined;
  const e = err as Error & Record<string, unknown>;
  const out: Serialized = { type: e.name };
  // PostgreSQL messages may quote or interpolate row values (RAISE, input syntax, key details):
  // the SQLSTATE and the named objects identify the failure; a failed query keeps its SQL only.
  const fromDatabase = typeof e.code === "string" && typeof e.severity === "string";
  if (typeof e.query === "string") out.message = "Failed query";
  else if (!fromDatabase) out.message = withoutValues(e.message);
  for (const key of PG_FIELDS) if (typeof e[key] === "string") out[key] = e[key];
  if (typeof e.statusCode === "number") out.statusCode = e.statusCode;
  if (typeof e.query === "string") out.query = e.query;
  const frames = stackFrames(e.stack);
  if (frames) out.stack = frames;
  if (e.cause !== undefined && depth < 4) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** A request as logged: method, path without query string, request id. */
export function safeRequest(req: { method?: string; url?: string; id?: unknown }): Serialized {
  const url = typeof req.url === "string" ? req.url.split("?")[0] : undefined;
  return { method: req.method, url, id: req.id };
}
