// Picks one of the PLUT's products; the first one is chosen when nothing is picked yet.
import { Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { marketApi } from "../api";

export function useStaffProducts() {
  return useQuery({ queryKey: ["market", "products"], queryFn: ({ signal }) => marketApi.products(signal) });
}

export function ProductSelect({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const products = useStaffProducts();
  const first = products.data?.[0]?.id;
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select
      label={t("market.product")}
      placeholder={t("market.pickProduct")}
      data={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      searchable
      w={320}
    />
  );
}
