// Dasbor: the summary of the user's scope (or a region below it) and a row per child region; a row
// opens that region, the trail above goes back up.
import { Anchor, Breadcrumbs, Card, Group, SimpleGrid, Skeleton, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localStamp } from "../../../../shared/local-time";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { fetchRegionRows, type Summary } from "../api";

const fmt = (n: number) => n.toLocaleString("id-ID");

function Stat({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId}>
        {fmt(value)}
      </Text>
    </div>
  );
}

function Group4({ title, stats }: { title: string; stats: Array<[string, number]> }) {
  return (
    <Card withBorder radius="md">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <SimpleGrid cols={2} spacing="xs">
        {stats.map(([label, value]) => (
          <Stat key={label} label={label} value={value} />
        ))}
      </SimpleGrid>
    </Card>
  );
}

function Figures({ s }: { s: Summary }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      <Card withBorder radius="md">
        <SimpleGrid cols={3} spacing="xs">
          <Stat label={t("reports.businesses")} value={s.businesses} testId="figure-businesses" />
          <Stat label={t("reports.affected")} value={s.affected} />
          <Stat label={t("reports.constraintsOpen")} value={s.constraintsOpen} />
        </SimpleGrid>
      </Card>
      <Group4
        title={t("reports.aid")}
        stats={[
          [t("reports.proposed"), s.aid.proposed],
          [t("reports.approved"), s.aid.approved],
          [t("reports.paid"), s.aid.paid],
        ]}
      />
      <Group4
        title={t("reports.market")}
        stats={[
          [t("reports.supply"), s.market.supply],
          [t("reports.demand"), s.market.demand],
          [t("reports.sold"), s.market.sold],
          [t("reports.unserved"), s.market.unserved],
        ]}
      />
      <Group4
        title={t("reports.training")}
        stats={[
          [t("reports.held"), s.training.held],
          [t("reports.postponed"), s.training.postponed],
        ]}
      />
      <Group4
        title={t("reports.prakerja")}
        stats={[
          [t("reports.registered"), s.prakerja.registered],
          [t("reports.passed"), s.prakerja.passed],
        ]}
      />
    </SimpleGrid>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [trail, setTrail] = useState<Array<{ code: string; name: string }>>([]);
  const region = trail.at(-1)?.code ?? (me.scope === "*" ? undefined : me.scope);
  const rows = useQuery({
    queryKey: ["reports", "regions", region ?? "*"],
    queryFn: ({ signal }) => fetchRegionRows(region, signal),
  });
  const data = rows.data;
  return (
    <>
      <PageHeader title={t("reports.title")} subtitle={t("reports.subtitle")} />
      <Breadcrumbs mb="sm" separator="›">
        <Anchor component="button" type="button" onClick={() => setTrail([])}>
          {data && trail.length === 0
            ? (data.parent.regionName ?? t("reports.allScope"))
            : t("reports.allScope")}
        </Anchor>
        {trail.map((step, i) => (
          <Anchor
            key={step.code}
            component="button"
            type="button"
            onClick={() => setTrail(trail.slice(0, i + 1))}
          >
            {step.name}
          </Anchor>
        ))}
      </Breadcrumbs>
      <ErrorAlert error={rows.error} />
      {!data ? <Skeleton h={300} /> : null}
      {data ? (
        <>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4" data-testid="dashboard-region">
              {data.parent.regionName ?? data.parent.region}
            </Title>
            <Text size="xs" c="dimmed">
              {t("reports.asOf", { date: localStamp(new Date(data.parent.asOf), data.parent.region) })}
            </Text>
          </Group>
          <Figures s={data.parent} />
          {data.children.length > 0 ? (
            <Card withBorder radius="md" mt="md" p={0}>
              <Title order={3} size="h5" p="sm">
                {t("reports.regions")}
              </Title>
              <Table.ScrollContainer minWidth={560}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("reports.region")}</Table.Th>
                      <Table.Th ta="right">{t("reports.businesses")}</Table.Th>
                      <Table.Th ta="right">{t("reports.affected")}</Table.Th>
                      <Table.Th ta="right">{t("reports.constraintsOpen")}</Table.Th>
                      <Table.Th ta="right">{t("reports.aid")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.children.map((c) => (
                      <Table.Tr key={c.region} data-testid="dashboard-child">
                        <Table.Td>
                          <Anchor
                            component="button"
                            type="button"
                            onClick={() =>
                              setTrail([...trail, { code: c.region, name: c.regionName ?? c.region }])
                            }
                          >
                            {c.regionName ?? c.region}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{fmt(c.businesses)}</Table.Td>
                        <Table.Td ta="right">{fmt(c.affected)}</Table.Td>
                        <Table.Td ta="right">{fmt(c.constraintsOpen)}</Table.Td>
                        <Table.Td ta="right">{fmt(c.aid.proposed)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}
