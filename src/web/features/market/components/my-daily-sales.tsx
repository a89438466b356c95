// Usaha saya: the producer's paid sales per day — units sold, the paid sales and their share.
import { Paper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { marketApi } from "../api";

export function MyDailySales() {
  const { t } = useTranslation();
  const sales = useQuery({
    queryKey: ["market", "my", "sales"],
    queryFn: ({ signal }) => marketApi.mySales(signal),
  });
  return (
    <>
      <Title order={3} fz="h5" mb={4}>
        {t("market.mine.sales")}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t("market.mine.salesNote")}
      </Text>
      <ErrorAlert error={sales.error} />
      {sales.data?.length === 0 ? (
        <Text size="sm" c="dimmed" mb="lg">
          {t("market.mine.noSales")}
        </Text>
      ) : null}
      {sales.data?.length ? (
        <Paper withBorder p="xs" radius="md" mb="lg">
          <Table data-testid="my-sales" fz="sm" horizontalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.mine.salesDate")}</Table.Th>
                <Table.Th ta="right">{t("market.mine.salesUnits")}</Table.Th>
                <Table.Th ta="right">{t("market.mine.salesPaid")}</Table.Th>
                <Table.Th ta="right">{t("market.mine.salesShare")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sales.data.map((d) => (
                <Table.Tr key={d.date} data-testid="my-sales-day">
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{d.date}</Table.Td>
                  <Table.Td ta="right">{d.unitsSold}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {formatRupiah(d.paidSales)}
                  </Table.Td>
                  <Table.Td ta="right" fw={700} style={{ whiteSpace: "nowrap" }}>
                    {formatRupiah(d.share)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </>
  );
}
