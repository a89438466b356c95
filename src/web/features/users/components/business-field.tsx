// The business a pelaku_usaha account is bound to: searched in the register by business or owner
// name, each hit shown with its owner and village so namesakes can be told apart.
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../lib/api";

type Hit = { id: string; name: string; ownerName: string; regionName: string | null };

export function BusinessField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const hits = useQuery({
    queryKey: ["users", "business-search", q],
    enabled: q.length >= 2,
    queryFn: ({ signal }) =>
      api.get<{ items: Hit[] }>("/api/registry/businesses", { query: { q, limit: 20 }, signal }),
  });
  const [picked, setPicked] = useState<Hit | null>(null);
  const items = hits.data?.items ?? [];
  const label = (h: Hit) => `${h.name} — ${h.ownerName}${h.regionName ? `, ${h.regionName}` : ""}`;
  const data = [...(picked && !items.some((h) => h.id === picked.id) ? [picked] : []), ...items].map((h) => ({
    value: h.id,
    label: label(h),
  }));
  return (
    <Select
      label={t("users.business")}
      description={t("users.businessHint")}
      required
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        setPicked([...items, ...(picked ? [picked] : [])].find((h) => h.id === id) ?? null);
        onChange(id);
      }}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && !hits.isFetching ? t("users.businessNone") : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
