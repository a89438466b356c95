// Where the buyer comes from (a regency or city anywhere in Indonesia), for the PLUT's reports of
// buyers by origin: type a few letters, pick from the region search. On a phone the field and its
// list keep to the form's width: long names ("Kabupaten Kepulauan Siau Tagulandang Biaro") wrap.
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { searchRegencies } from "./api";

export function RegionField({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const hits = useQuery({
    queryKey: ["shop", "regions", q],
    queryFn: ({ signal }) => searchRegencies(q, signal),
    enabled: q.length >= 2,
    staleTime: 60_000,
  });
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const data = (hits.data ?? []).map((r) => ({
    value: r.code,
    label: r.parentName ? `${r.name}, ${r.parentName}` : r.name,
  }));
  const options = picked && !data.some((d) => d.value === picked.value) ? [picked, ...data] : data;
  return (
    <Select
      label={t("shop.originRegion")}
      placeholder={t("shop.originPlaceholder")}
      searchable
      clearable
      data={options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(code, option) => {
        setPicked(option ?? null);
        onChange(code ?? "");
      }}
      nothingFoundMessage={q.length >= 2 && !hits.isFetching ? "—" : undefined}
      filter={({ options: all }) => all}
      w="100%"
      maxDropdownHeight={260}
      comboboxProps={{ width: "target", position: "bottom", middlewares: { flip: true, shift: true } }}
      styles={{ option: { whiteSpace: "normal", overflowWrap: "anywhere" } }}
    />
  );
}
