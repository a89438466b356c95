// Bounded memoisation for normalisers: names, places and street words repeat a lot in a register,
// so caching them saves most of the normalisation time. The cache is dropped when it grows large.

export function memoise<T>(fn: (key: string) => T, limit = 200_000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= limit) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
