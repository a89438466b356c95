// Picks a business of the register by typing part of its or its owner's name (server search,
// typo tolerant, within the user's scope).
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBusinesses } from "../../hooks/use-registry";

export function BusinessPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const results = useBusinesses({ q: debounced.length >= 2 ? debounced : undefined, limit: 20 });
  const data = (results.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.name} — ${item.ownerName}`,
  }));
  if (value && !data.some((option) => option.value === value))
    data.unshift({ value, label: labels[value] ?? value });
  return (
    <Select
      label={t("registry.board.businessLabel")}
      placeholder={t("registry.board.businessSearch")}
      required
      searchable
      data={data}
      value={value}
      onChange={(id, option) => {
        if (id && option) setLabels((current) => ({ ...current, [id]: option.label }));
        onChange(id);
      }}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("regions.pickerNothing")}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
