// What a correction form sends: only the fields the user changed (trimmed; "" clears a text).
export type Draft = Record<string, string>;

export function changedOnly(draft: Draft, original: Draft): Record<string, string> {
  return Object.fromEntries(
    Object.entries(draft)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([key, value]) => value !== (original[key] ?? "").trim()),
  );
}

/** A whole number typed in a form; undefined when empty, NaN when not a count. */
export function readWhole(value: string): number | undefined {
  const text = value.trim().replace(/\./g, "");
  if (text === "") return undefined;
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

export const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? "" : String(value);
