// One rule for text that enters Sinergi from outside: no NUL and no other C0 control characters
// (tab, line feed and carriage return stay allowed for multi-line notes and addresses). PostgreSQL
// cannot store NUL in text at all, and control characters only ever arrive by mistake or attack.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * The path (`a.b.0`) of the first string, or object key, in `value` that holds a control
 * character, or null. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findControlChars(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, ""]];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === "string") {
      if (hasControlChars(item)) return path || "(value)";
      continue;
    }
    if (item === null || typeof item !== "object" || item instanceof Uint8Array) continue;
    for (const [key, child] of Object.entries(item)) {
      const at = path ? `${path}.${key}` : key;
      if (hasControlChars(key)) return at;
      stack.push([child, at]);
    }
  }
  return null;
}
