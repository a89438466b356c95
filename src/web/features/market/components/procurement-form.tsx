// An office's bulk order for a date (S5): product, quantity, delivery date and contact.
import { Button, Paper, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { marketApi } from "../api";

export function ProcurementForm({ institution, due }: { institution?: string; due: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const catalogue = useQuery({
    queryKey: ["market", "catalogue"],
    queryFn: ({ signal }) => marketApi.catalogue(signal),
  });
  const [form, setForm] = useState({
    productId: "",
    quantity: "10000",
    dueDate: due,
    institution: institution ?? "",
    contactName: "",
    phone: "",
  });
  const create = useMutation({
    mutationFn: marketApi.createProcurement,
    onSuccess: () => client.invalidateQueries({ queryKey: ["market", "procurements"] }),
  });
  const set = (k: keyof typeof form, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ ...form, quantity: Number(form.quantity) });
  };
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="form" onSubmit={submit}>
      <Title order={3} fz="h5" mb="sm">
        {t("market.procurement.new")}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t("market.product")}
            data={(catalogue.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={form.productId || null}
            onChange={(v) => set("productId", v ?? "")}
            searchable
            required
          />
          <TextInput
            label={t("market.procurement.quantity")}
            inputMode="numeric"
            value={form.quantity}
            onChange={(e) => set("quantity", e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t("market.procurement.dueDate")}
            value={form.dueDate}
            onChange={(e) => set("dueDate", e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("market.procurement.institution")}
            value={form.institution}
            onChange={(e) => set("institution", e.currentTarget.value)}
            required
          />
          <TextInput
            label={t("market.procurement.contact")}
            value={form.contactName}
            onChange={(e) => set("contactName", e.currentTarget.value)}
            required
          />
          <TextInput
            label={t("market.procurement.phone")}
            type="tel"
            value={form.phone}
            onChange={(e) => set("phone", e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Button type="submit" w="fit-content" loading={create.isPending}>
          {t("market.procurement.submit")}
        </Button>
      </Stack>
    </Paper>
  );
}
