// 31-bit FNV-1a hash for blocking salts and keys (never 0: 0 marks "no key").

export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  const x = h & 0x7fffffff;
  return x === 0 ? 1 : x;
}
