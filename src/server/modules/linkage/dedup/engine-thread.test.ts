// The register dedup's engine in a worker thread gives what it gives in the calling thread; a
// failure in the thread rejects its request instead of hanging the run, and the thread serves on.
import { describe, expect, it } from "vitest";
import { dedupRecords } from "../domain/dedup";
import { defaultModel } from "../domain/default-model";
import { rec } from "../domain/testing-records";
import type { LinkRecord } from "../domain/types";
import { dedupInThread } from "./engine-thread";

const GIVEN = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Wati", "Joko", "Rina", "Eko", "Sri"];
const FAMILY = ["Santoso", "Aminah", "Salim", "Lestari", "Hartono", "Pratama", "Wibowo", "Susanti"];

/** 600 people, one in three listed again with a typo in the name and no NIK. */
function register(): LinkRecord[] {
  const out: LinkRecord[] = [];
  for (let i = 0; i < 600; i++) {
    const serial = String(1 + i).padStart(4, "0");
    const person = rec(`P${i}`, {
      fullName: `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${i}`,
      nationalId: `627101150685${serial}`,
      familyId: `627101010112${serial}`,
      birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      phone: `+62812${String(30_000_000 + i)}`,
      businessName: `Usaha ${i}`,
    });
    out.push(person);
    if (i % 3 === 0)
      out.push({
        ...person,
        id: `C${i}`,
        nationalId: "",
        fullName: (person.fullName ?? "").replace("a", "o"),
      });
  }
  return out;
}

describe("dedupInThread", () => {
  it("finds the same pairs, entities and stats as the engine in the calling thread", async () => {
    const records = register();
    const options = { model: defaultModel(), train: false };
    const here = dedupRecords(records, options);
    const there = await dedupInThread(records, options);
    expect(there.stats).toEqual(here.stats);
    expect(there.pairs).toEqual(here.pairs);
    expect(there.entityIds).toEqual(here.entityIds);
    expect(there.model).toEqual(here.model);
    expect(here.stats.matches).toBeGreaterThan(150);
  }, 60_000);

  it("rejects with the thread's error, and the thread goes on serving", async () => {
    const broken = null as unknown as LinkRecord[];
    await expect(dedupInThread(broken, {})).rejects.toThrow(/TypeError/);
    const records = register().slice(0, 40);
    const [a, b] = await Promise.all([dedupInThread(records, {}), dedupInThread(records.slice(1), {})]);
    expect(a.entityIds).toHaveLength(40);
    expect(b.entityIds).toHaveLength(39);
  }, 60_000);
});
