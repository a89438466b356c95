// The registry's duplicate gate and its port to the linkage engine. Registry sits left of linkage,
// so it cannot call the engine; the composition root hands it an OwnerMatcher (linkage's candidate
// search and blocking keys). Without one (CLI, verb tests) the gate still catches the same valid
// NIK, which registry can see on its own; probable matches and match keys need the engine.
import type { Ctx } from "../../access";

/** The owner fields the engine compares (a typed form, a synced record, an imported row). */
export type OwnerFields = {
  nik: string | null;
  noKk: string | null;
  name: string;
  sex: "L" | "P" | null;
  birthPlace: string | null;
  birthDate: string | null;
  phone: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
};

export type OwnerCandidate = {
  personId: string;
  /** Match probability, 0..1. */
  score: number;
  /** "match" is strong enough to stop a save; "possible" only informs. */
  decision: "match" | "possible";
  /** Fields that agreed, strongest first. */
  reasons: string[];
};

export type OwnerMatcher = {
  /** Registered persons (in the actor's scope) the owner probably is, best first. */
  candidates(ctx: Ctx, owner: OwnerFields & { regionCode: string }): Promise<OwnerCandidate[]>;
  /** Blocking keys stored on the person, so the next search finds it at once. */
  matchKeys(person: OwnerFields & { id: string; regionCode: string }): string[];
};

let matcher: OwnerMatcher | null = null;

/** Called once by the composition root (routes and job services). */
export function provideOwnerMatcher(m: OwnerMatcher): void {
  matcher = m;
}

export function ownerMatcher(): OwnerMatcher | null {
  return matcher;
}
