// Laporan: daily sales, supply vs demand, unserved buyers, per producer, buyers by origin, campaign.
import { Paper, SimpleGrid, Skeleton, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { marketApi } from "../api";
import { MarketTabs } from "./market-tabs";
import { monthToDate, PeriodPicker } from "./period-picker";
import { plutDay } from "./plut-dates";

function Section({ title, head, rows }: { title: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} fz="h5" mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={420} mah={360}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: report rows have no id of their own
              <Table.Tr key={i}>
                {r.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <Table.Td key={j}>{c}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [period, setPeriod] = useState(monthToDate(plutDay(me.scope, 1)));
  const report = useQuery({
    queryKey: ["market", "report", period],
    queryFn: ({ signal }) => marketApi.report(period.from, period.to, signal),
  });
  const r = report.data;
  const h = (key: string) => t(`market.report.${key}` as "market.report.date");
  return (
    <>
      <PageHeader title={t("market.report.title")} subtitle={t("market.report.subtitle")} />
      <MarketTabs />
      <PeriodPicker value={period} onChange={setPeriod} />
      <ErrorAlert error={report.error} />
      {report.isPending ? <Skeleton h={300} mt="md" /> : null}
      {r ? (
        <>
          <Text mt="md" mb="md" data-testid="campaign">
            {t("market.report.campaignLine", {
              orders: r.campaign.orders,
              institutions: r.campaign.institutions,
              units: r.campaign.units,
              revenue: formatRupiah(r.campaign.revenue),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Section
              title={h("daily")}
              head={[h("date"), h("orders"), h("units"), h("revenue"), h("paid")]}
              rows={r.dailySales.map((d) => [d.date, d.orders, d.units, formatRupiah(d.revenue), d.paid])}
            />
            <Section
              title={h("supplyDemand")}
              head={[h("date"), t("market.product"), h("supply"), h("demand"), h("allocated"), h("nothing")]}
              rows={r.supplyDemand.map((d) => [
                d.date,
                d.productName,
                d.supply,
                d.demand,
                d.allocated,
                `${d.buyersWithNothing}/${d.buyers}`,
              ])}
            />
            <Section
              title={h("unserved")}
              head={[
                t("market.orders.code"),
                t("market.orders.buyer"),
                h("date"),
                h("ordered"),
                h("received"),
              ]}
              rows={r.unserved.map((u) => [
                u.code,
                u.institution ?? u.buyerName,
                u.supplyDate ?? "",
                u.ordered,
                u.received,
              ])}
            />
            <Section
              title={h("perProducer")}
              head={[t("market.tabs.producers"), h("consigned"), h("sold"), h("onHand")]}
              rows={r.perProducer.map((p) => [p.producerName, p.consigned, p.sold, p.onHand])}
            />
            <Section
              title={h("byOrigin")}
              head={[h("region"), h("buyers"), h("orders"), h("units")]}
              rows={r.byOrigin.map((o) => [`${o.regionName} (${o.regionCode})`, o.buyers, o.orders, o.units])}
            />
          </SimpleGrid>
        </>
      ) : null}
    </>
  );
}

export default ReportsPage;
