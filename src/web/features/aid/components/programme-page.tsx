// One programme: its conditions, exclusions and quotas, and the report (coverage by region,
// duplicates prevented, days from proposal to payment).
import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { Programme } from "../api/types";
import type { AidReport } from "../api/types-exchange";
import { useProgramme, useReport } from "../hooks/use-aid";
import { canVerify, formatRupiah, perRecipient } from "../lib/format";
import { StockCard } from "./stock-card";

function Conditions({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const r = p.rules;
  const items = [
    r.sizeClasses.length
      ? `${t("aid.add.size")}: ${r.sizeClasses.join(", ")}${r.sizeDate ? ` (${r.sizeDate})` : ""}`
      : null,
    r.requireAffected ? t("aid.programmeForm.affected") : null,
    r.oneBusinessPerHousehold ? t("aid.programmeForm.household") : null,
    r.excludedOccupations.length ? t("aid.programmeForm.occupations") : null,
    r.requireValidNik ? "NIK valid" : null,
  ].filter((x): x is string => Boolean(x));
  return (
    <Card withBorder radius="md">
      <Title order={4} mb="xs">
        {t("aid.report.rules")}
      </Title>
      <Group gap="xs">
        {items.map((x) => (
          <Badge key={x} variant="light">
            {x}
          </Badge>
        ))}
      </Group>
      <Title order={5} mt="sm">
        {t("aid.report.exclusions")}
      </Title>
      <Text size="sm">
        {p.exclusions.length ? p.exclusions.map((e) => e.programmeName).join(", ") : t("aid.report.none")}
      </Text>
      <Title order={5} mt="sm">
        {t("aid.report.quotas")}
      </Title>
      <Text size="sm">
        {p.quotas.length
          ? p.quotas.map((q) => `${q.regionCode}: ${q.used}/${q.quota}`).join(" · ")
          : t("aid.report.none")}
      </Text>
    </Card>
  );
}

function Report({ r, inKind }: { r: AidReport; inKind: boolean }) {
  const { t } = useTranslation();
  const d = r.daysToPayment;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder radius="md">
          <Text size="sm" c="dimmed">
            {t("aid.report.prevented")}
          </Text>
          <Text fw={700} size="lg">
            {inKind
              ? t("aid.report.preventedPeople", { count: r.prevented.count })
              : t("aid.report.preventedText", {
                  count: r.prevented.count,
                  amount: formatRupiah(r.prevented.amount),
                })}
          </Text>
        </Card>
        <Card withBorder radius="md">
          <Text size="sm" c="dimmed">
            {inKind ? t("aid.report.daysToHandover") : t("aid.report.days")}
          </Text>
          <Text fw={700} size="lg">
            {d.count
              ? t("aid.report.daysText", { median: d.median, min: d.min, max: d.max, count: d.count })
              : t("aid.report.none")}
          </Text>
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md">
        <Title order={4} mb="xs">
          {t("aid.report.coverage")}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("aid.region")}</Table.Th>
                <Table.Th ta="right">{t("aid.report.affected")}</Table.Th>
                <Table.Th ta="right">{t("aid.exchange.proposed")}</Table.Th>
                <Table.Th ta="right">{t("aid.exchange.approved")}</Table.Th>
                <Table.Th ta="right">{inKind ? t("aid.handedOver") : t("aid.exchange.paid")}</Table.Th>
                {inKind ? null : <Table.Th ta="right">{t("aid.exchange.paidAmount")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.coverage.map((c) => (
                <Table.Tr key={c.regionCode}>
                  <Table.Td>{`${c.regionName ?? ""} (${c.regionCode})`}</Table.Td>
                  <Table.Td ta="right">{c.affected.toLocaleString("id-ID")}</Table.Td>
                  <Table.Td ta="right">{c.proposed.toLocaleString("id-ID")}</Table.Td>
                  <Table.Td ta="right">{c.approved.toLocaleString("id-ID")}</Table.Td>
                  <Table.Td ta="right">{c.paid.toLocaleString("id-ID")}</Table.Td>
                  {inKind ? null : <Table.Td ta="right">{formatRupiah(c.paidAmount)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}

export function ProgrammePage() {
  const { t } = useTranslation();
  const { programmeId = "" } = useParams({ strict: false }) as { programmeId?: string };
  const programme = useProgramme(programmeId);
  const report = useReport(programmeId);
  const me = useCurrentUser();
  const p = programme.data;
  if (!p) return programme.error ? <ErrorAlert error={programme.error} /> : <Skeleton h={300} />;
  return (
    <>
      <PageHeader
        title={p.name}
        subtitle={`${t(`aid.funds.${p.fundSource}`)} · ${t(`aid.kinds.${p.kind}`)} · ${perRecipient(t, p)} · ${p.periodStart}${p.periodEnd ? ` – ${p.periodEnd}` : ""}`}
      />
      <Stack gap="md">
        {p.description ? <Text>{p.description}</Text> : null}
        {p.kind === "in_kind" ? <StockCard p={p} canManage={canVerify(me.role)} /> : null}
        <Conditions p={p} />
        <Title order={3} size="h4">
          {t("aid.report.title")}
        </Title>
        <ErrorAlert error={report.error} />
        {report.data ? <Report r={report.data} inKind={p.kind === "in_kind"} /> : <Skeleton h={200} />}
      </Stack>
    </>
  );
}
