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

/** Records grouped by cluster root without a map of arrays: order[start[k] .. start[k+1]). */
function groupByRoot(root: Int32Array): { order: Uint32Array; starts: number[] } {
  const n = root.length;
  const counts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) counts[(root[i] ?? i) + 1] = (counts[(root[i] ?? i) + 1] ?? 0) + 1;
  for (let r = 0; r < n; r++) counts[r + 1] = (counts[r + 1] ?? 0) + (counts[r] ?? 0);
  const next = counts.slice(0, n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const r = root[i] ?? i;
    order[next[r] ?? 0] = i;
    next[r] = (next[r] ?? 0) + 1;
  }
  const starts: number[] = [];
  for (let r = 0; r < n; r++) if ((counts[r + 1] ?? 0) > (counts[r] ?? 0)) starts.push(counts[r] ?? 0);
  starts.push(n);
  return { order, starts };
}

function previousId(
  members: Uint32Array,
  recordIds: readonly string[],
  previous: ReadonlyMap<string, string>,
  taken: Set<string>,
): string | null {
  const votes = new Map<string, number>();
  for (const i of members) {
    const old = previous.get(recordIds[i] ?? "");
    if (old !== undefined) votes.set(old, (votes.get(old) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [id, v] of votes) {
    if (taken.has(id)) continue;
    if (v > bestVotes || (v === bestVotes && best !== null && id < best)) {
      best = id;
      bestVotes = v;
    }
  }
  return best;
}

/**
 * Gives every cluster an entity id. A cluster takes the previous id most of its records had
 * (the larger cluster wins when one old entity splits); other clusters get a new id derived
 * from their smallest record id.
 */
export function assignEntityIds(options: {
  recordIds: readonly string[];
  root: Int32Array;
  previous?: ReadonlyMap<string, string>;
}): string[] {
  const { recordIds, root, previous } = options;
  const { order, starts } = groupByRoot(root);
  const clusters: Uint32Array[] = [];
  for (let k = 0; k + 1 < starts.length; k++)
    clusters.push(order.subarray(starts[k] ?? 0, starts[k + 1] ?? 0));
  if (previous && previous.size > 0)
    clusters.sort((x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0));
  const taken = new Set<string>();
  const out = new Array<string>(root.length);
  const fresh: Uint32Array[] = [];
  for (const members of clusters) {
    const chosen = previous && previous.size > 0 ? previousId(members, recordIds, previous, taken) : null;
    if (chosen === null) {
      fresh.push(members);
      continue;
    }
    taken.add(chosen);
    for (const i of members) out[i] = chosen;
  }
  if (previous) for (const id of previous.values()) taken.add(id);
  for (const members of fresh) {
    let anchor = recordIds[members[0] ?? 0] ?? "";
    for (const i of members) {
      const id = recordIds[i] ?? "";
      if (id < anchor) anchor = id;
    }
    let salt = 0;
    let id = newEntityId(anchor);
    while (taken.has(id)) id = newEntityId(anchor, ++salt);
    taken.add(id);
    for (const i of members) out[i] = id;
  }
  return out;
}
