// Region choice by drilling down from the user's scope (regency → district → village), one select
// per level, each listing only the children of the level above. Children come from /api/regions
// and are cached (and kept by the service worker), so the picker also works offline in the field.
import { Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RegionLevel } from "../../../lib/regions/types";
import { useRegionChildren } from "../../../lib/regions/use-regions";

const levels: readonly RegionLevel[] = ["province", "regency", "district", "village"];
const placeholders = {
  province: "registry.form.pickRegency",
  regency: "registry.form.pickRegency",
  district: "registry.form.pickDistrict",
  village: "registry.form.pickVillage",
} as const;

const segmentsOf = (code: string) => (code === "" ? [] : code.split("."));
const prefix = (code: string, depth: number) => segmentsOf(code).slice(0, depth).join(".");

type LevelSelectProps = {
  parent: string;
  depth: number;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  required?: boolean;
  /** Filters show "Semua" where entry forms ask to pick. */
  isFilter: boolean;
  size: "sm" | "md";
  testId?: string;
};

function LevelSelect({
  parent,
  depth,
  value,
  onChange,
  error,
  required,
  isFilter,
  size,
  testId,
}: LevelSelectProps) {
  const { t } = useTranslation();
  const level = levels[depth - 1] ?? "village";
  const children = useRegionChildren(parent === "" ? undefined : parent);
  const data = (children.data ?? []).map((region) => ({ value: region.code, label: region.name }));
  // Keep a chosen code visible while its siblings load (restored drafts, shared links).
  if (value && !data.some((option) => option.value === value)) data.unshift({ value, label: value });
  return (
    <Select
      label={t(`regionLevels.${level}`)}
      placeholder={
        children.isPending ? t("app.loading") : isFilter ? t("registry.list.any") : t(placeholders[level])
      }
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={!required}
      required={required}
      error={error}
      size={size}
      nothingFoundMessage={t("regions.pickerNothing")}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

export type RegionDrillProps = {
  scope: string;
  value: string | null;
  onChange: (code: string | null) => void;
  /** "village": the value is set only when a village is chosen (entry forms); "any": filters. */
  depth: "village" | "any";
  error?: string;
  size?: "sm" | "md";
  testIdPrefix?: string;
  /** "inline" renders the selects without their own grid, for a parent grid to place. */
  layout?: "grid" | "inline";
};

export function RegionDrill({
  scope,
  value,
  onChange,
  depth,
  error,
  size = "md",
  testIdPrefix,
  layout = "grid",
}: RegionDrillProps) {
  const scopeDepth = segmentsOf(scope).length;
  const chosenDepth = value ? segmentsOf(value).length : scopeDepth;
  const selects = [];
  for (let d = scopeDepth + 1; d <= 4; d++) {
    const parent = d === scopeDepth + 1 ? scope : value && chosenDepth >= d - 1 ? prefix(value, d - 1) : null;
    const own = value && chosenDepth >= d ? prefix(value, d) : null;
    const isLeaf = d === 4;
    selects.push(
      parent === null ? null : (
        <LevelSelect
          key={d}
          parent={parent}
          depth={d}
          value={own}
          size={size}
          required={depth === "village"}
          isFilter={depth === "any"}
          error={isLeaf ? error : undefined}
          testId={testIdPrefix ? `${testIdPrefix}-${levels[d - 1]}` : undefined}
          // Choosing a level clears the deeper ones; clearing it falls back to its parent.
          onChange={(code) => onChange(code ?? (d - 1 > scopeDepth && value ? prefix(value, d - 1) : null))}
        />
      ),
    );
  }
  const visible = selects.filter(Boolean);
  if (layout === "inline") return <>{visible}</>;
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(visible.length || 1, 3) }} spacing="sm">
      {visible}
    </SimpleGrid>
  );
}

/** True when a code is a village (the deepest level), as entry forms require. */
export const isVillageCode = (code: string | null): code is string =>
  code !== null && segmentsOf(code).length === 4;
