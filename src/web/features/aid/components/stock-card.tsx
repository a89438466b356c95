// In-kind aid's goods: the procurement whose delivered units the programme hands out, and what is
// left after the hand-overs; a programme manager links a delivered procurement here.
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fetchInKindSources, linkStockSource } from "../api/aid-api";
import type { Programme } from "../api/types";
import { aidKeys } from "../hooks/use-aid";

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value.toLocaleString("id-ID")}
      </Text>
    </div>
  );
}

function LinkForm({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [choice, setChoice] = useState<string | null>(p.stock?.procurementId ?? null);
  const sources = useQuery({
    queryKey: ["aid", "in-kind-sources"],
    queryFn: ({ signal }) => fetchInKindSources(signal),
  });
  const link = useMutation({
    mutationFn: (procurementId: string) => linkStockSource(p.id, procurementId),
    onSuccess: () => client.invalidateQueries({ queryKey: aidKeys.programme(p.id) }),
  });
  const data = (sources.data ?? []).map((s) => ({
    value: s.procurementId,
    label: t("aid.stock.of", {
      order: s.orderCode,
      institution: s.institution,
      product: s.productName,
      delivered: s.delivered,
      ordered: s.ordered,
    }),
  }));
  return (
    <Stack gap="xs" mt="sm">
      <Select label={t("aid.stock.source")} data={data} value={choice} onChange={setChoice} searchable />
      <Group>
        <Button
          size="sm"
          variant="light"
          disabled={!choice || choice === p.stock?.procurementId}
          loading={link.isPending}
          onClick={() => choice && link.mutate(choice)}
        >
          {t("aid.stock.link")}
        </Button>
      </Group>
      <ErrorAlert error={link.error ?? sources.error} />
    </Stack>
  );
}

export function StockCard({ p, canManage }: { p: Programme; canManage: boolean }) {
  const { t } = useTranslation();
  const s = p.stock;
  return (
    <Card withBorder radius="md" data-testid="in-kind-stock">
      <Title order={4} mb="xs">
        {t("aid.stock.title")}
      </Title>
      {s ? (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t("aid.stock.of", {
              order: s.orderCode,
              institution: s.institution,
              product: s.productName,
              delivered: s.delivered,
              ordered: s.ordered,
            })}
          </Text>
          <SimpleGrid cols={3}>
            <Figure label={t("aid.stock.delivered")} value={s.delivered} />
            <Figure label={t("aid.stock.handedOut")} value={s.handedOut} />
            <Figure label={t("aid.stock.remaining")} value={s.remaining} testId="stock-remaining" />
          </SimpleGrid>
        </>
      ) : (
        <Text size="sm">{t("aid.stock.none")}</Text>
      )}
      {canManage ? <LinkForm p={p} /> : null}
    </Card>
  );
}
