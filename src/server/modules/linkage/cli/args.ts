// Minimal argument parsing for `sinergi match ...`: positionals and --flag value pairs.

export type ParsedArgs = { positional: string[]; flags: Map<string, string> };

/** Options that take no value. */
const SWITCHES = new Set(["many"]);

export function parseMatchArgs(args: readonly string[]): ParsedArgs | string {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a.startsWith("--") && SWITCHES.has(a.slice(2))) flags.set(a.slice(2), "true");
    else if (a.startsWith("--")) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--")) return `option ${a} needs a value`;
      flags.set(a.slice(2), value);
      i++;
    } else positional.push(a);
  }
  return { positional, flags };
}
