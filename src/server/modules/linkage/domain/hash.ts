// 31-bit hashes for blocking keys (never 0: 0 marks "no key"). The slice and mapping variants
// hash part of a string without allocating the substring.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function finish(h: number): number {
  const x = h & 0x7fffffff;
  return x === 0 ? 1 : x;
}

export function hashKey(s: string): number {
  let h = OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return finish(h);
}

/** Hash of `tag` followed by s[start, end). */
export function hashSlice(s: string, start: number, end: number, tag = 0): number {
  let h = Math.imul(OFFSET ^ tag, PRIME);
  for (let i = start; i < end && i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return finish(h);
}

const J = 74;
const Y = 89;

/** Hash of a name token read with J as Y (old spelling "Jusuf" = "Yusuf"). */
export function hashLoose(s: string): number {
  let h = OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c === J ? Y : c), PRIME);
  }
  return finish(h);
}

/** Hash of an integer (birth dates). */
export function hashInt(value: number, tag = 0): number {
  let h = Math.imul(OFFSET ^ tag, PRIME);
  h = Math.imul(h ^ (value & 0xffff), PRIME);
  h = Math.imul(h ^ (value >>> 16), PRIME);
  return finish(h);
}
