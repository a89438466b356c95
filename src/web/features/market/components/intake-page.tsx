// Titip jual: quick entry of a day's consignment — 40 tailors × 50 masks in a few keystrokes.
import { Button, Checkbox, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { marketApi } from "../api";
import { MarketTabs } from "./market-tabs";
import { plutDay } from "./plut-dates";
import { ProductSelect, useStaffProducts } from "./product-select";

export function IntakePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const [productId, setProductId] = useState<string | null>(null);
  const [date, setDate] = useState(plutDay(me.scope, 1));
  const [fill, setFill] = useState("50");
  const [showAll, setShowAll] = useState(false);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const products = useStaffProducts();
  const producers = useQuery({
    queryKey: ["market", "producers"],
    queryFn: ({ signal }) => marketApi.producers(signal),
  });
  const product = products.data?.find((p) => p.id === productId);
  const linked = new Set(product?.producers.map((p) => p.id));
  const rows = (producers.data ?? []).filter((p) => showAll || linked.has(p.id));
  const entries = rows
    .map((p) => ({ producerId: p.id, quantity: Number(quantities[p.id] ?? "") }))
    .filter((e) => Number.isInteger(e.quantity) && e.quantity > 0);
  const total = entries.reduce((s, e) => s + e.quantity, 0);
  const save = useMutation({
    mutationFn: marketApi.consignBatch,
    onSuccess: () => {
      notifications.show({
        color: "teal",
        message: t("market.intake.saved", { count: total, producers: entries.length }),
      });
      setQuantities({});
      void client.invalidateQueries({ queryKey: ["market"] });
    },
  });
  return (
    <>
      <PageHeader title={t("market.intake.title")} subtitle={t("market.intake.subtitle")} />
      <MarketTabs />
      <Group align="flex-end" mb="md">
        <ProductSelect value={productId} onChange={setProductId} />
        <TextInput
          type="date"
          label={t("market.date")}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <TextInput
          w={90}
          label={t("market.intake.fillAll")}
          inputMode="numeric"
          value={fill}
          onChange={(e) => setFill(e.currentTarget.value)}
        />
        <Button
          variant="light"
          onClick={() => setQuantities(Object.fromEntries(rows.map((p) => [p.id, fill])))}
        >
          {t("market.intake.fillAll")} {fill}
        </Button>
        <Checkbox
          label={t("market.intake.allProducers")}
          checked={showAll}
          onChange={(e) => setShowAll(e.currentTarget.checked)}
        />
      </Group>
      {rows.length === 0 && producers.data ? <Text c="dimmed">{t("market.intake.noProducers")}</Text> : null}
      <Stack gap="sm">
        {rows.length > 0 ? (
          <Table striped maw={640}>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm">{p.name}</Text>
                    <Text size="xs" c="dimmed">
                      {p.ownerName ?? ""}
                    </Text>
                  </Table.Td>
                  <Table.Td w={120}>
                    <TextInput
                      aria-label={`${t("market.intake.quantity")} ${p.name}`}
                      inputMode="numeric"
                      size="xs"
                      value={quantities[p.id] ?? ""}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setQuantities((q) => ({ ...q, [p.id]: value }));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Text fw={600}>{t("market.intake.total", { count: total })}</Text>
        <ErrorAlert error={save.error} />
        <Button
          w="fit-content"
          disabled={!productId || entries.length === 0}
          loading={save.isPending}
          onClick={() => productId && save.mutate({ productId, date, entries })}
        >
          {t("market.intake.save")}
        </Button>
      </Stack>
    </>
  );
}

export default IntakePage;
