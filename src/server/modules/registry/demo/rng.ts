// Seeded ids and moments for the demo: the same seed gives the same register, ids included (the
// generator itself is src/shared/rng.ts).
import type { Rng } from "../../../../shared/rng";

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** A UUIDv7 whose time part is `ms` and whose random part comes from the seeded generator. */
export function demoId(rng: Rng, ms: number): string {
  const time = hex(ms, 12);
  const r = () => rng.int(0, 0xffff);
  const variant = (0x8000 | (r() & 0x3fff)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r() & 0xfff, 3)}-${variant}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`;
}

/** A moment between two ISO dates (UTC), for created_at and assessment dates. */
export function momentBetween(rng: Rng, from: string, to: string): Date {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + Math.floor(rng.next() * (b - a)));
}
