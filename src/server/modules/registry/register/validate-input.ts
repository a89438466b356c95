// Turns form input into clean values with the domain's checks, or a 400 VALIDATION whose message
// says what is wrong (in the caller's language) and whose issues point at each bad field.
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import type { BusinessInput, PersonInput } from "../contract-register";
import {
  type CleanBusiness,
  type CleanPerson,
  checkBusinessFields,
  checkPersonFields,
  type FormIssue,
} from "../domain/form-checks";
import { formMessage } from "../domain/form-messages";
import { regionExists } from "./repository";

export function throwIfIssues(issues: readonly FormIssue[], lang: "id" | "en"): void {
  const first = issues[0];
  if (!first) return;
  throw new AppError("VALIDATION", {
    text: { id: formMessage(first.code, "id"), en: formMessage(first.code, "en") },
    issues: issues.map((i) => ({ path: i.path, message: formMessage(i.code, lang) })),
  });
}

async function regionIssues(
  t: Tx,
  checks: ReadonlyArray<{ code: string | undefined; path: string }>,
): Promise<FormIssue[]> {
  const issues: FormIssue[] = [];
  for (const c of checks) {
    if (c.code !== undefined && !(await regionExists(t, c.code)))
      issues.push({ path: c.path, code: "REGION_UNKNOWN" });
  }
  return issues;
}

/** Checks a (possibly partial) person; `prefix` is the issue path prefix, e.g. "owner.". */
export async function cleanPersonInput(
  t: Tx,
  input: Partial<PersonInput>,
  opts: { prefix: string; lang: "id" | "en" },
): Promise<CleanPerson> {
  const { value, issues } = checkPersonFields(input, opts.prefix);
  issues.push(...(await regionIssues(t, [{ code: input.villageCode, path: `${opts.prefix}villageCode` }])));
  throwIfIssues(issues, opts.lang);
  return value;
}

export async function cleanBusinessInput(
  t: Tx,
  input: Partial<BusinessInput>,
  opts: { prefix: string; lang: "id" | "en" },
): Promise<CleanBusiness> {
  const { value, issues } = checkBusinessFields(input, opts.prefix);
  issues.push(...(await regionIssues(t, [{ code: input.regionCode, path: `${opts.prefix}regionCode` }])));
  throwIfIssues(issues, opts.lang);
  return value;
}

/** Checks owner and business together so the form shows every error at once. */
export async function cleanCreateInput(
  t: Tx,
  input: { owner?: PersonInput | undefined; business: BusinessInput },
  lang: "id" | "en",
): Promise<{ person: CleanPerson | null; business: CleanBusiness }> {
  const p = input.owner ? checkPersonFields(input.owner, "owner.") : null;
  const b = checkBusinessFields(input.business, "business.");
  const issues = [...(p?.issues ?? []), ...b.issues];
  issues.push(
    ...(await regionIssues(t, [
      { code: input.owner?.villageCode, path: "owner.villageCode" },
      { code: input.business.regionCode, path: "business.regionCode" },
    ])),
  );
  throwIfIssues(issues, lang);
  return { person: p?.value ?? null, business: b.value };
}
