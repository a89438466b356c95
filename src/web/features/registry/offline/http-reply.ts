// Raw calls for the sync: fetch that never throws, and the mapping of every reply to an outcome.
// (The app's api client drops the error envelope's `details`, which a conflict needs.)
import type { BusinessPage } from "../../../../server/modules/registry/contract-business-page";
import { currentLanguage, i18n } from "../../../i18n";
import { parseErrorEnvelope } from "../../../lib/api-error";
import type { DuplicateCandidate, SendOutcome } from "./outbox-types";

export type Reply = { status: number; body: unknown };

/** fetch that never throws: status 0 means the request did not reach the server. */
export async function call(method: string, path: string, body?: unknown): Promise<Reply> {
  try {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "Accept-Language": currentLanguage(),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): kept as text.
    }
    return { status: response.status, body: parsed };
  } catch {
    return { status: 0, body: undefined };
  }
}

function conflictDetails(body: unknown): BusinessPage | null {
  if (typeof body !== "object" || body === null) return null;
  const error = (body as { error?: { details?: { existing?: BusinessPage } } }).error;
  return error?.details?.existing ?? null;
}

/** The outcome of a failed reply; null when the reply was a success. */
export function failureOutcome(reply: Reply): SendOutcome | null {
  if (reply.status >= 200 && reply.status < 300) return null;
  if (reply.status === 0) return { kind: "retry", message: i18n.t("errors.network"), offline: true };
  const envelope = parseErrorEnvelope(reply.status, reply.body);
  const message = envelope?.message ?? i18n.t("errors.unexpected", { status: reply.status });
  if (reply.status === 401) return { kind: "unauthenticated" };
  if (reply.status === 409 && envelope?.code === "SYNC_CONFLICT") {
    return { kind: "conflict", message, serverVersion: conflictDetails(reply.body) };
  }
  if (reply.status === 409 && envelope?.code === "LIKELY_DUPLICATE") {
    const details = (reply.body as { error?: { details?: { candidates?: DuplicateCandidate[] } } }).error
      ?.details;
    return { kind: "decision", message, candidates: details?.candidates ?? [] };
  }
  if (reply.status >= 400 && reply.status < 500 && reply.status !== 408 && reply.status !== 429) {
    const issues: Record<string, string> = {};
    for (const issue of envelope?.issues ?? []) issues[issue.path] ??= issue.message;
    return { kind: "rejected", message, issues };
  }
  return { kind: "retry", message, offline: false };
}
