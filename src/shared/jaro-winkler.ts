// Jaro and Jaro-Winkler similarity (the standard definitions: prefix scale 0.1, prefix of at
// most 4, boost only above a Jaro of 0.7). Written for short strings (names) compared millions of
// times per dedup run: match-flag buffers are reused between calls.

// Match flags use a generation stamp instead of clearing: a slot is "used" when it holds the
// stamp of the current call.
let flagsA = new Int32Array(64);
let flagsB = new Int32Array(64);
let stamp = 0;

function nextStamp(la: number, lb: number): number {
  if (flagsA.length < la) flagsA = new Int32Array(la * 2);
  if (flagsB.length < lb) flagsB = new Int32Array(lb * 2);
  stamp++;
  if (stamp === 0x7fffffff) {
    flagsA.fill(0);
    flagsB.fill(0);
    stamp = 1;
  }
  return stamp;
}

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const st = nextStamp(la, lb);
  const fa = flagsA;
  const fb = flagsB;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = i > range ? i - range : 0;
    const hi = i + range < lb - 1 ? i + range : lb - 1;
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (fb[j] !== st && b.charCodeAt(j) === ca) {
        fa[i] = st;
        fb[j] = st;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (fa[i] !== st) continue;
    while (fb[k] !== st) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const t = transpositions / 2;
  return (matches / la + matches / lb + (matches - t) / matches) / 3;
}

/** Jaro-Winkler similarity with the usual prefix scale 0.1 and a prefix of at most 4. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}
