// The drill-down trail of the region reports (dashboard, naik kelas): the user's scope at the top,
// then each region opened below it; a crumb goes back up to its region. The trail lives in the
// address (?wilayah=62.71,62.71.01), so the browser's Back goes up a level and a link keeps it.
import { Anchor, Breadcrumbs } from "@mantine/core";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useRegion } from "../../../lib/regions/use-regions";
import { useCurrentUser } from "../../../lib/session/current-user";

export type TrailStep = { code: string; name: string };

const readCodes = (value: unknown): string[] =>
  typeof value === "string" && value ? value.split(",").filter((c) => /^\d{2}(\.\d{2,4})*$/.test(c)) : [];

/** The trail and the region it leads to (undefined: the user's whole scope when that is national). */
export function useRegionTrail() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const search: Record<string, unknown> = useSearch({ strict: false });
  // Names of the regions opened in this visit. A trail read from a link or a reload names its steps
  // from the deepest region's ancestors (one request; the codes show only until it answers).
  const names = useRef(new Map<string, string>());
  const codes = readCodes(search.wilayah);
  const unnamed = codes.some((code) => !names.current.has(code));
  const deepest = useRegion(unnamed ? codes.at(-1) : null).data;
  const looked = new Map((deepest ? [...deepest.ancestors, deepest] : []).map((r) => [r.code, r.name]));
  const trail: TrailStep[] = codes.map((code) => ({
    code,
    name: names.current.get(code) ?? looked.get(code) ?? code,
  }));
  const setTrail = (next: TrailStep[]) => {
    for (const step of next) names.current.set(step.code, step.name);
    const wilayah = next.map((s) => s.code).join(",");
    const query: Record<string, string | undefined> = { wilayah: wilayah || undefined };
    void navigate({ to: ".", search: () => query });
  };
  const region = trail.at(-1)?.code ?? (me.scope === "*" ? undefined : me.scope);
  return { trail, setTrail, region, open: (step: TrailStep) => setTrail([...trail, step]) };
}

export function RegionTrail({
  trail,
  setTrail,
  topName,
}: {
  trail: TrailStep[];
  setTrail: (trail: TrailStep[]) => void;
  /** The name of the top region once known (e.g. the province); "Seluruh cakupan" before. */
  topName?: string | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs mb="sm" separator="›" data-testid="region-trail">
      <Anchor component="button" type="button" onClick={() => setTrail([])}>
        {trail.length === 0 && topName ? topName : t("reports.allScope")}
      </Anchor>
      {trail.map((step, i) => (
        <Anchor
          key={step.code}
          component="button"
          type="button"
          onClick={() => setTrail(trail.slice(0, i + 1))}
        >
          {step.name}
        </Anchor>
      ))}
    </Breadcrumbs>
  );
}
