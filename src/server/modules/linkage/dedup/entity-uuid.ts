// The engine names new entities "E" + hex; the register stores entity ids as UUIDs. A new entity's
// UUID is derived from the engine's id (deterministic), and ids that are already UUIDs (kept from
// an earlier run) pass through unchanged.
import { createHash } from "node:crypto";
import { isUuid } from "../../../platform/ids";

export function entityUuid(engineId: string): string {
  if (isUuid(engineId)) return engineId.toLowerCase();
  const h = createHash("sha256").update(`sinergi-entity:${engineId}`).digest("hex");
  // Version 8 (custom) and the RFC 4122 variant bits.
  const variant = ((Number.parseInt(h[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
