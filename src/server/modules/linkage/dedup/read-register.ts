// Reads every business (with owner) under a region prefix in keyset pages, for a run.
import { type Ctx, tx } from "../../access";
import { type LinkSourceRow, readLinkRecords } from "../../registry";

const PAGE = 10_000;

export async function readRegister(
  ctx: Ctx,
  prefix: string,
  onPage?: (count: number) => Promise<void>,
): Promise<LinkSourceRow[]> {
  const out: LinkSourceRow[] = [];
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const page: LinkSourceRow[] = await tx(ctx, (t) =>
      readLinkRecords(t, { prefix, after: cursor, limit: PAGE }),
    );
    out.push(...page);
    if (onPage) await onPage(out.length);
    if (page.length < PAGE) return out;
    after = page[page.length - 1]?.businessId ?? null;
  }
}

/** Common dotted prefix of two region codes ("62.71.01.1001" and "62.71.02.1003" → "62.71"). */
export function commonRegion(a: string, b: string): string {
  const x = a.split(".");
  const y = b.split(".");
  const out: string[] = [];
  for (let i = 0; i < Math.min(x.length, y.length) && x[i] === y[i]; i++) out.push(x[i] ?? "");
  // No common province: only country-wide actors may see the pair.
  return out.join(".");
}
