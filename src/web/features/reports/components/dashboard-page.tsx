// Dasbor: the summary of the user's scope (or a region below it) and a row per child region; a row
// opens that region, the trail above goes back up.
import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localStamp } from "../../../../shared/local-time";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { fetchRegionRows, type Period, reportFileUrl, type Summary } from "../api";
import { PeriodFilter } from "./period-filter";
import { RegionChart } from "./region-chart";
import { RegionTrail, useRegionTrail } from "./region-trail";

const fmt = (n: number) => n.toLocaleString("id-ID");

function Stat({
  label,
  value,
  testId,
  href,
}: {
  label: string;
  value: number;
  testId?: string;
  href: string;
}) {
  return (
    <Anchor
      component={Link}
      to={href}
      underline="hover"
      c="inherit"
      data-testid={testId ? `${testId}-link` : undefined}
    >
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" c="teal.8" data-testid={testId}>
        {fmt(value)}
      </Text>
    </Anchor>
  );
}

/** The list behind each figure: the register filtered to the region, or the module's page. */
const listOf = (region: string) => {
  const w = region === "*" ? "" : `wilayah=${region}`;
  return {
    businesses: `/app/registri?${w}`,
    affected: `/app/registri?${w}&terdampak=ya`,
    constraints: `/app/registri?${w}&kendala=ya`,
    aid: "/app/bantuan",
    market: "/app/toko/laporan",
    training: "/app/pelatihan",
    prakerja: "/app/prakerja",
  };
};

function Group4({ title, stats, href }: { title: string; stats: Array<[string, number]>; href: string }) {
  return (
    <Card withBorder radius="md">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <SimpleGrid cols={2} spacing="xs">
        {stats.map(([label, value]) => (
          <Stat key={label} label={label} value={value} href={href} />
        ))}
      </SimpleGrid>
    </Card>
  );
}

function Figures({ s }: { s: Summary }) {
  const { t } = useTranslation();
  const to = listOf(s.region);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      <Card withBorder radius="md">
        <SimpleGrid cols={2} spacing="xs">
          <Stat
            label={t("reports.businesses")}
            value={s.businesses}
            testId="figure-businesses"
            href={to.businesses}
          />
          <Stat label={t("reports.affected")} value={s.affected} href={to.affected} />
          <Stat label={t("reports.constraintsOpen")} value={s.constraintsOpen} href={to.constraints} />
          <Stat
            label={`${t("reports.opened")}*`}
            value={s.constraintsOpened}
            testId="figure-constraints-opened"
            href={to.constraints}
          />
        </SimpleGrid>
      </Card>
      <Group4
        title={t("reports.aid")}
        href={to.aid}
        stats={[
          [t("reports.proposed"), s.aid.proposed],
          [t("reports.approved"), s.aid.approved],
          [`${t("reports.paid")}*`, s.aid.paid],
        ]}
      />
      <Group4
        title={t("reports.market")}
        href={to.market}
        stats={[
          [t("reports.supply"), s.market.supply],
          [t("reports.demand"), s.market.demand],
          [`${t("reports.sold")}*`, s.market.sold],
          [t("reports.unserved"), s.market.unserved],
        ]}
      />
      <Group4
        title={t("reports.training")}
        href={to.training}
        stats={[
          [`${t("reports.held")}*`, s.training.held],
          [t("reports.postponed"), s.training.postponed],
        ]}
      />
      <Group4
        title={t("reports.prakerja")}
        href={to.prakerja}
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
  const { trail, setTrail, region, open } = useRegionTrail();
  const [period, setPeriod] = useState<Period>({ from: "", to: "" });
  const rows = useQuery({
    queryKey: ["reports", "regions", region ?? "*", period],
    queryFn: ({ signal }) => fetchRegionRows(region, period, signal),
  });
  const fileUrl = (kind: "xlsx" | "pdf", code: string) =>
    reportFileUrl(`/api/reports/regions.${kind}`, code, period);
  const data = rows.data;
  return (
    <>
      <PageHeader title={t("reports.title")} subtitle={t("reports.subtitle")} />
      <PeriodFilter value={period} onChange={setPeriod} />
      <Text size="xs" c="dimmed" mb="sm" data-testid="period-note">
        * {t("reports.period.dated")} {t("reports.period.pointInTime")}
      </Text>
      <RegionTrail trail={trail} setTrail={setTrail} topName={data?.parent.regionName} />
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
          <Group gap="xs" mb="sm">
            <Button
              component="a"
              size="xs"
              variant="light"
              href={fileUrl("xlsx", data.parent.region)}
              download
            >
              {t("reports.exportXlsx")}
            </Button>
            <Button
              component="a"
              size="xs"
              variant="light"
              href={fileUrl("pdf", data.parent.region)}
              target="_blank"
            >
              {t("reports.printPdf")}
            </Button>
          </Group>
          <Figures s={data.parent} />
          <RegionChart
            regions={data.children}
            onOpen={(c) => open({ code: c.region, name: c.regionName ?? c.region })}
          />
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
                            onClick={() => open({ code: c.region, name: c.regionName ?? c.region })}
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
