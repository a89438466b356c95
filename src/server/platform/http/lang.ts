import type { Lang } from "../errors";

/** Indonesian unless the client asks for English first. */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return "id";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}
