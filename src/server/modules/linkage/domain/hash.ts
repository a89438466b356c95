// 31-bit string hash for blocking keys (never 0: 0 marks "no key").

export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h &= 0x7fffffff;
  return h === 0 ? 1 : h;
}
