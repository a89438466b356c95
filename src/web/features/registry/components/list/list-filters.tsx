// The register's filters: region drill-down inside the user's scope, sector, size, affected,
// source, status and "open kendala". Shown inline on wide screens and in a drawer on phones.
import { Checkbox, Select, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { BUSINESS_STATUSES, SECTORS, SIZE_CLASSES, SOURCE_KINDS } from "../../../../../shared/registry-vocab";
import { RegionDrill } from "../region-drill";
import type { ListState } from "./list-search";

type Props = { state: ListState; scope: string; onChange: (patch: Partial<ListState>) => void };

function choice<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

export function ListFilters({ state, scope, onChange }: Props) {
  const { t } = useTranslation();
  const any = t("registry.list.any");
  const common = {
    size: "sm" as const,
    clearable: true,
    placeholder: any,
    comboboxProps: { withinPortal: true },
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <RegionDrill
          scope={scope}
          depth="any"
          size="sm"
          layout="inline"
          value={state.region}
          onChange={(region) => onChange({ region })}
          testIdPrefix="filter"
        />
        <Select
          {...common}
          label={t("registry.list.sector")}
          data={SECTORS.map((value) => ({ value, label: t(`registry.sectors.${value}`) }))}
          value={state.sector ?? null}
          onChange={(value) => onChange({ sector: choice(SECTORS, value) })}
        />
        <Select
          {...common}
          label={t("registry.list.size")}
          data={SIZE_CLASSES.map((value) => ({ value, label: t(`registry.sizes.${value}`) }))}
          value={state.size ?? null}
          onChange={(value) => onChange({ size: choice(SIZE_CLASSES, value) })}
        />
        <Select
          {...common}
          label={t("registry.list.affected")}
          data={[
            { value: "ya", label: t("registry.list.yes") },
            { value: "tidak", label: t("registry.list.no") },
          ]}
          value={state.affected === undefined ? null : state.affected ? "ya" : "tidak"}
          onChange={(value) => onChange({ affected: value === null ? undefined : value === "ya" })}
        />
        <Select
          {...common}
          label={t("registry.list.source")}
          data={SOURCE_KINDS.map((value) => ({ value, label: t(`registry.sources.${value}`) }))}
          value={state.source ?? null}
          onChange={(value) => onChange({ source: choice(SOURCE_KINDS, value) })}
        />
        <Select
          {...common}
          label={t("registry.list.status")}
          data={BUSINESS_STATUSES.map((value) => ({ value, label: t(`registry.statuses.${value}`) }))}
          value={state.status ?? null}
          onChange={(value) => onChange({ status: choice(BUSINESS_STATUSES, value) })}
        />
      </SimpleGrid>
      <Checkbox
        label={t("registry.list.openConstraints")}
        checked={state.openConstraints}
        onChange={(event) => onChange({ openConstraints: event.currentTarget.checked })}
      />
    </Stack>
  );
}
