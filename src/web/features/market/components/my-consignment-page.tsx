// Usaha saya (pelaku usaha): the producer's own goods at the PLUT — stock consigned, sold and left,
// paid sales per day, each intake with its signed consignment receipt (PDF), and settlement
// statements per period.
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { marketApi } from "../api";
import { MyDailySales } from "./my-daily-sales";
import { StockCountsTable } from "./stock-counts-table";

function StockTable() {
  const { t } = useTranslation();
  const stock = useQuery({
    queryKey: ["market", "my", "stock"],
    queryFn: ({ signal }) => marketApi.myStock(signal),
  });
  if (stock.data && !stock.data.producerName) return <Alert variant="light">{t("market.mine.none")}</Alert>;
  return (
    <>
      <ErrorAlert error={stock.error} />
      {stock.data?.products.length ? (
        <Paper withBorder p="md" radius="md" mb="lg">
          <StockCountsTable
            label={t("market.product")}
            counts={["intake", "sold", "returned"]}
            rows={stock.data.products}
            rowKey={(p) => p.productId}
            rowName={(p) => p.productName}
            minWidth={320}
            testId="my-stock"
          />
        </Paper>
      ) : null}
    </>
  );
}

function Intakes() {
  const { t } = useTranslation();
  const intakes = useQuery({
    queryKey: ["market", "my", "intakes"],
    queryFn: ({ signal }) => marketApi.myIntakes(signal),
  });
  return (
    <>
      <Title order={3} fz="h5" mb="xs">
        {t("market.mine.intakes")}
      </Title>
      <ErrorAlert error={intakes.error} />
      {intakes.data?.length === 0 ? (
        <Text size="sm" c="dimmed" mb="lg">
          {t("market.mine.noIntakes")}
        </Text>
      ) : null}
      <Stack gap="xs" mb="lg">
        {(intakes.data ?? []).map((i) => (
          <Paper key={i.id} withBorder p="xs" radius="sm" data-testid="my-intake">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">
                {i.date} · {i.productName}
              </Text>
              <Text size="sm" fw={700}>
                {t("market.mine.units", { count: i.quantity, unit: i.unit })}
              </Text>
            </Group>
            <Anchor size="sm" href={`/api/market/consignments/${i.id}/receipt.pdf`} target="_blank">
              {t("market.mine.receipt", { number: i.receiptNumber })}
            </Anchor>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

function Statements() {
  const { t } = useTranslation();
  const statements = useQuery({
    queryKey: ["market", "my", "settlements"],
    queryFn: ({ signal }) => marketApi.mySettlements(signal),
  });
  return (
    <>
      <Title order={3} fz="h5" mb="xs">
        {t("market.settlement.title")}
      </Title>
      <ErrorAlert error={statements.error} />
      {statements.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("market.mine.noStatements")}
        </Text>
      ) : null}
      <Stack gap="xs">
        {(statements.data ?? []).map((s) => (
          <Paper key={s.id ?? s.producerId} withBorder p="xs" radius="sm" data-testid="my-statement">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" fw={600}>
                {s.periodFrom && s.periodTo
                  ? t("market.mine.period", { from: s.periodFrom, to: s.periodTo })
                  : t("market.settlement.status.preview")}
              </Text>
              <Badge variant="light" color={s.status === "paid" ? "teal" : "gray"}>
                {t(`market.settlement.status.${s.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t("market.mine.sold", { count: s.unitsSold, amount: formatRupiah(s.netSales) })}
            </Text>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" fw={700}>
                {t("market.mine.payable", { amount: formatRupiah(s.payable) })}
              </Text>
              {s.id ? (
                <Anchor size="sm" href={`/api/market/settlements/${s.id}/statement.pdf`} target="_blank">
                  {t("market.mine.statementPdf")}
                </Anchor>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

export function MyConsignmentPage() {
  const { t } = useTranslation();
  const stock = useQuery({
    queryKey: ["market", "my", "stock"],
    queryFn: ({ signal }) => marketApi.myStock(signal),
  });
  return (
    <>
      <PageHeader
        title={t("market.mine.title")}
        subtitle={stock.data?.producerName ?? t("market.mine.subtitle")}
      />
      <StockTable />
      <MyDailySales />
      <Intakes />
      <Statements />
    </>
  );
}

export default MyConsignmentPage;
