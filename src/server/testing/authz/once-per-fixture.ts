import type { Database } from "../../platform/db/pool";
import type { Fixture } from "./types";

/** A module's rows for its authorisation specs, seeded once per fixture however many specs ask. */
export function oncePerFixture<T>(seed: (db: Database) => Promise<T>): (f: Fixture) => Promise<T> {
  const cache = new WeakMap<Fixture, Promise<T>>();
  return (f) => {
    let p = cache.get(f);
    if (!p) {
      p = seed(f.t.database);
      cache.set(f, p);
    }
    return p;
  };
}
