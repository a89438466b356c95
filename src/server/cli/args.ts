/** Minimal flag parser: `--name value`, `--flag`, repeated flags collect into arrays. */
export type Parsed = { positional: string[]; flags: Map<string, string[]> };

export function parseArgs(args: string[], booleans: string[] = []): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      const value = inline ?? (booleans.includes(name) ? "true" : args[++i]);
      if (value === undefined) throw new Error(`--${name} memerlukan nilai / needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function flag(p: Parsed, name: string): string | undefined {
  return p.flags.get(name)?.at(-1);
}

export function requireFlag(p: Parsed, name: string): string {
  const v = flag(p, name);
  if (!v) throw new Error(`--${name} wajib diisi / is required`);
  return v;
}
