// The strings derived from a name's canonical tokens, computed once per distinct name.

export type NameKeys = { tokens: readonly string[]; joined: string; concat: string; sorted: string };

export function nameKeys(tokens: readonly string[]): NameKeys {
  return { tokens, joined: tokens.join(" "), concat: tokens.join(""), sorted: [...tokens].sort().join(" ") };
}
