export type Problem = { text: string; key?: string };
export function isContract(modules: string, target: string): boolean;
export function webRules(root: string): Problem[];
export function applyBaseline(problems: readonly Problem[], baseline: readonly string[]): string[];
