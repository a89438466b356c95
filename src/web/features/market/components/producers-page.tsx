// Produsen: producers consigning at the PLUT, and registering businesses of the register as producers.
import {
  Button,
  Group,
  List,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { marketApi } from "../api";
import type { BusinessHit } from "../api-catalogue";
import { MarketTabs } from "./market-tabs";
import { RemoveProducerButton } from "./remove-producer-button";

function RegistrySearch({ registered }: { registered: Set<string> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const hits = useQuery({
    queryKey: ["market", "registry", q],
    queryFn: ({ signal }) =>
      marketApi.searchBusinesses(q.length >= 2 ? { q } : { sector: "konveksi" }, signal),
  });
  const [confirming, setConfirming] = useState(false);
  const save = useMutation({
    mutationFn: async (items: BusinessHit[]) => {
      for (const b of items) await marketApi.saveProducer({ businessId: b.id, producerShareBps: 8500 });
    },
    onSuccess: () => {
      setConfirming(false);
      return client.invalidateQueries({ queryKey: ["market", "producers"] });
    },
  });
  const fresh = (hits.data?.items ?? []).filter((b) => !registered.has(b.id));
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Title order={3} fz="h5" mb="xs">
        {q.length >= 2 ? t("market.producers.search") : t("market.producers.tailors")}
      </Title>
      <Group align="flex-end" mb="sm">
        <TextInput
          flex={1}
          maw={360}
          aria-label={t("market.producers.search")}
          placeholder={t("market.producers.searchPlaceholder")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button variant="light" disabled={fresh.length === 0} onClick={() => setConfirming(true)}>
          {t("market.producers.registerAll", { count: fresh.length })}
        </Button>
      </Group>
      <ErrorAlert error={hits.error ?? (confirming ? null : save.error)} />
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("market.producers.confirmTitle", { count: fresh.length })}
      >
        <Stack>
          <Text size="sm">{t("market.producers.confirmBody")}</Text>
          <List size="sm" mah={320} style={{ overflowY: "auto" }} data-testid="register-list">
            {fresh.map((b) => (
              <List.Item key={b.id}>
                {b.name} · {b.ownerName} · {b.regionName ?? ""}
              </List.Item>
            ))}
          </List>
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("market.orders.back")}
            </Button>
            <Button loading={save.isPending} onClick={() => save.mutate(fresh)}>
              {t("market.producers.confirmRegister", { count: fresh.length })}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Stack gap={4} mah={240} style={{ overflowY: "auto" }}>
        {(hits.data?.items ?? []).slice(0, 50).map((b) => (
          <Group key={b.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {b.name}{" "}
              <Text span c="dimmed" size="xs">
                · {b.ownerName} · {b.regionName ?? ""}
              </Text>
            </Text>
            {registered.has(b.id) ? (
              <Text size="xs" c="teal">
                {t("market.producers.registered")}
              </Text>
            ) : (
              <Button size="compact-xs" variant="subtle" onClick={() => save.mutate([b])}>
                {t("market.producers.register")}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

export function ProducersPage() {
  const { t } = useTranslation();
  const producers = useQuery({
    queryKey: ["market", "producers"],
    queryFn: ({ signal }) => marketApi.producers(signal),
  });
  const registered = new Set(
    (producers.data ?? []).map((p) => p.businessId).filter((x): x is string => x !== null),
  );
  return (
    <>
      <PageHeader title={t("market.producers.title")} subtitle={t("market.producers.subtitle")} />
      <MarketTabs />
      <RegistrySearch registered={registered} />
      <ErrorAlert error={producers.error} />
      {producers.isPending ? <Skeleton h={200} /> : null}
      {producers.data ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.tabs.producers")}</Table.Th>
                <Table.Th>{t("market.producers.region")}</Table.Th>
                <Table.Th>{t("market.producers.phone")}</Table.Th>
                <Table.Th ta="right">{t("market.producers.capacity")}</Table.Th>
                <Table.Th ta="right">{t("market.producers.share")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {producers.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.name}
                    <Text size="xs" c="dimmed">
                      {[p.ownerName, p.regionName].filter(Boolean).join(" · ")}
                    </Text>
                  </Table.Td>
                  <Table.Td>{p.regionCode}</Table.Td>
                  <Table.Td>{p.phone ?? "—"}</Table.Td>
                  <Table.Td ta="right">{p.dailyCapacity}</Table.Td>
                  <Table.Td ta="right">
                    {p.producerShareBps === null ? "—" : `${p.producerShareBps / 100} %`}
                  </Table.Td>
                  <Table.Td>
                    <RemoveProducerButton producer={p} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </>
  );
}

export default ProducersPage;
