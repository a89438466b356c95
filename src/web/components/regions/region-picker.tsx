// Picks one region inside a scope: offers the scope itself and its direct children, and searches
// (typo-tolerant, server side) as the user types. Results outside the scope are never offered.
import { Badge, Group, Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RegionSearchHit } from "../../lib/regions/types";
import { useRegion, useRegionChildren, useRegionSearch } from "../../lib/regions/use-regions";
import { isWithinScope } from "../../lib/scope";

type Option = { value: string; label: string; hit: RegionSearchHit };

function toOption(hit: RegionSearchHit): Option {
  const label = hit.parentName ? `${hit.name} — ${hit.parentName}` : hit.name;
  return { value: hit.code, label, hit };
}

export type RegionPickerProps = {
  scope: string;
  value: string | null;
  onChange: (code: string | null) => void;
  label?: string;
  description?: string;
  error?: string;
  required?: boolean;
};

export function RegionPicker({
  scope,
  value,
  onChange,
  label,
  description,
  error,
  required,
}: RegionPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<Option | null>(null);
  const root = useRegion(scope === "" ? null : scope);
  const children = useRegionChildren(scope === "" ? undefined : scope);
  const results = useRegionSearch(debounced);

  const options = useMemo(() => {
    const byCode = new Map<string, Option>();
    const add = (hit: RegionSearchHit) => {
      if (isWithinScope(hit.code, scope) && !byCode.has(hit.code)) byCode.set(hit.code, toOption(hit));
    };
    if (chosen) add(chosen.hit);
    if (root.data) add(root.data);
    for (const child of children.data ?? []) add({ ...child, parentName: root.data?.name });
    for (const hit of results.data ?? []) add(hit);
    return [...byCode.values()];
  }, [chosen, root.data, children.data, results.data, scope]);

  return (
    <Select
      label={label ?? t("regions.pickerLabel")}
      description={description}
      error={error}
      required={required}
      placeholder={t("regions.pickerPlaceholder")}
      searchable
      clearable
      value={value}
      data={options.map(({ value: v, label: l }) => ({ value: v, label: l }))}
      // The server already ranks by similarity; client filtering would hide typo-tolerant hits.
      filter={({ options: all }) => all}
      onSearchChange={setSearch}
      nothingFoundMessage={t("regions.pickerNothing")}
      onChange={(code) => {
        setChosen(options.find((o) => o.value === code) ?? null);
        onChange(code);
      }}
      renderOption={({ option }) => {
        const hit = options.find((o) => o.value === option.value)?.hit;
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
            <Text size="sm">{option.label}</Text>
            {hit ? (
              <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                {t(`regionLevels.${hit.level}`)}
              </Badge>
            ) : null}
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
