// The linking task of the hashed bench: list A holds each entity's first record, list B its
// second (when it has one); singletons alternate between A and B so that most records have no
// partner.
import type { FieldPresence, Prepared } from "../../src/server/modules/linkage/domain/types";

export type Task = { a: Prepared[]; b: Prepared[]; truePairs: number; presence: FieldPresence };

export function splitTask(
  records: readonly Prepared[],
  entity: (r: Prepared) => string,
  presence: FieldPresence,
): Task {
  const seen = new Map<string, number>();
  const a: Prepared[] = [];
  const b: Prepared[] = [];
  let alternate = 0;
  const count = new Map<string, number>();
  for (const r of records) count.set(entity(r), (count.get(entity(r)) ?? 0) + 1);
  for (const r of records) {
    const e = entity(r);
    const n = seen.get(e) ?? 0;
    seen.set(e, n + 1);
    if ((count.get(e) ?? 0) === 1) (alternate++ % 2 === 0 ? a : b).push(r);
    else if (n === 0) a.push(r);
    else if (n === 1) b.push(r);
  }
  const inA = new Set(a.map(entity));
  return {
    a,
    b,
    truePairs: b.filter((r) => (count.get(entity(r)) ?? 0) > 1 && inA.has(entity(r))).length,
    presence,
  };
}

export function taskF1(
  pairs: ReadonlyArray<{ idA: string; idB: string; decision: string }>,
  task: Task,
  entity: (id: string) => string,
): number {
  const matches = pairs.filter((p) => p.decision === "match");
  const correct = matches.filter((p) => entity(p.idA) === entity(p.idB)).length;
  const precision = matches.length === 0 ? 1 : correct / matches.length;
  const recall = task.truePairs === 0 ? 1 : correct / task.truePairs;
  return (2 * precision * recall) / Math.max(precision + recall, 1e-9);
}
