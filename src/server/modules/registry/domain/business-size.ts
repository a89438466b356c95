// Size class of a business by the rule in force on a date:
// - UU 20/2008 (until 1 Feb 2021): net assets (land and buildings excluded) OR annual sales — the
//   law says "atau", so meeting either ceiling of a class is enough: the smaller class wins.
// - PP 7/2021 (from 2 Feb 2021), Pasal 35: capital for founding a business; for facilitation,
//   protection and empowerment (what this office does) annual sales are used, so sales decide when
//   known and capital otherwise.

export type SizeClass = "mikro" | "kecil" | "menengah" | "besar";
export type SizeRule = "UU_20_2008" | "PP_7_2021";

export type SizeInput = {
  /** Date the classification refers to (YYYY-MM-DD). */
  readonly date: string;
  /** Net assets (UU 20/2008) or business capital (PP 7/2021), Rupiah, land and buildings excluded. */
  readonly assets?: number | null;
  readonly annualSales?: number | null;
};

export type SizeResult =
  | {
      readonly kind: "classified";
      readonly sizeClass: SizeClass;
      readonly rule: SizeRule;
      readonly basis: "assets" | "sales" | "both";
    }
  | { readonly kind: "unknown"; readonly rule: SizeRule };

const JUTA = 1_000_000;
const MILIAR = 1_000_000_000;
export const PP_7_2021_FROM = "2021-02-02";

// Inclusive ceilings ("paling banyak") for mikro, kecil, menengah; above the last is besar.
const CEILINGS: Record<SizeRule, { assets: readonly number[]; sales: readonly number[] }> = {
  UU_20_2008: {
    assets: [50 * JUTA, 500 * JUTA, 10 * MILIAR],
    sales: [300 * JUTA, 2_500 * JUTA, 50 * MILIAR],
  },
  PP_7_2021: { assets: [1 * MILIAR, 5 * MILIAR, 10 * MILIAR], sales: [2 * MILIAR, 15 * MILIAR, 50 * MILIAR] },
};

const ORDER: readonly SizeClass[] = ["mikro", "kecil", "menengah", "besar"];

function classBy(amount: number, ceilings: readonly number[]): number {
  const index = ceilings.findIndex((ceiling) => amount <= ceiling);
  return index === -1 ? ORDER.length - 1 : index;
}

export function sizeRuleOn(date: string): SizeRule {
  return date < PP_7_2021_FROM ? "UU_20_2008" : "PP_7_2021";
}

const known = (v: number | null | undefined): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0;

export function classifyBusinessSize(input: SizeInput): SizeResult {
  const rule = sizeRuleOn(input.date);
  const ceilings = CEILINGS[rule];
  const byAssets = known(input.assets) ? classBy(input.assets, ceilings.assets) : null;
  const bySales = known(input.annualSales) ? classBy(input.annualSales, ceilings.sales) : null;
  if (byAssets === null && bySales === null) return { kind: "unknown", rule };
  let index: number;
  let basis: "assets" | "sales" | "both";
  if (rule === "UU_20_2008" && byAssets !== null && bySales !== null) {
    index = Math.min(byAssets, bySales);
    basis = "both";
  } else if (bySales !== null) {
    index = bySales;
    basis = "sales";
  } else {
    index = byAssets ?? 0;
    basis = "assets";
  }
  return { kind: "classified", sizeClass: ORDER[index] ?? "besar", rule, basis };
}
