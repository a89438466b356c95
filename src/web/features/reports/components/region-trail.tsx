// The drill-down trail of the region reports (dashboard, naik kelas): the user's scope at the top,
// then each region opened below it; a crumb goes back up to its region.
import { Anchor, Breadcrumbs } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../lib/session/current-user";

export type TrailStep = { code: string; name: string };

/** The trail and the region it leads to (undefined: the user's whole scope when that is national). */
export function useRegionTrail() {
  const me = useCurrentUser();
  const [trail, setTrail] = useState<TrailStep[]>([]);
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
    <Breadcrumbs mb="sm" separator="›">
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
