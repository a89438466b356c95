// Stable entity ids: an entity keeps its id across runs as long as its records stay together.

/** Deterministic id for a new entity, derived from its first record id. */
export function newEntityId(anchorRecordId: string, salt = 0): string {
  let h1 = 0x811c9dc5 ^ salt;
  let h2 = 0x9e3779b9 ^ salt;
  for (let i = 0; i < anchorRecordId.length; i++) {
    const c = anchorRecordId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  const hex = (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0").slice(0, 4);
  return `E${hex}`;
}

/**
 * Gives every cluster an entity id. A cluster takes the previous id most of its records had
 * (the larger cluster wins when one old entity splits); other clusters get a new id.
 */
export function assignEntityIds(options: {
  recordIds: readonly string[];
  root: Int32Array;
  previous?: ReadonlyMap<string, string>;
}): string[] {
  const { recordIds, root, previous } = options;
  const members = new Map<number, number[]>();
  for (let i = 0; i < root.length; i++) {
    const r = root[i] ?? i;
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const clusters = [...members.values()].sort((x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0));
  const taken = new Set<string>();
  const out = new Array<string>(root.length);
  const fresh: number[][] = [];
  for (const list of clusters) {
    let chosen: string | null = null;
    if (previous && previous.size > 0) {
      const votes = new Map<string, number>();
      for (const i of list) {
        const old = previous.get(recordIds[i] ?? "");
        if (old !== undefined) votes.set(old, (votes.get(old) ?? 0) + 1);
      }
      const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      chosen = ranked.find(([id]) => !taken.has(id))?.[0] ?? null;
    }
    if (chosen === null) {
      fresh.push(list);
      continue;
    }
    taken.add(chosen);
    for (const i of list) out[i] = chosen;
  }
  if (previous) for (const id of previous.values()) taken.add(id);
  for (const list of fresh) {
    const anchor = list.map((i) => recordIds[i] ?? "").sort()[0] ?? "";
    let salt = 0;
    let id = newEntityId(anchor);
    while (taken.has(id)) id = newEntityId(anchor, ++salt);
    taken.add(id);
    for (const i of list) out[i] = id;
  }
  return out;
}
