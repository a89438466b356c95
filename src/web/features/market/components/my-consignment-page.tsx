// Titipan di PLUT (pelaku usaha): the producer's own stock at the PLUT and settlement statements.
import { Alert, Anchor, Badge, Paper, Table, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { marketApi } from "../api";

export function MyConsignmentPage() {
  const { t } = useTranslation();
  const stock = useQuery({
    queryKey: ["market", "my", "stock"],
    queryFn: ({ signal }) => marketApi.myStock(signal),
  });
  const statements = useQuery({
    queryKey: ["market", "my", "settlements"],
    queryFn: ({ signal }) => marketApi.mySettlements(signal),
  });
  return (
    <>
      <PageHeader
        title={t("market.mine.title")}
        subtitle={stock.data?.producerName ?? t("market.mine.subtitle")}
      />
      <ErrorAlert error={stock.error ?? statements.error} />
      {stock.data && !stock.data.producerName ? <Alert variant="light">{t("market.mine.none")}</Alert> : null}
      {stock.data?.products.length ? (
        <Paper withBorder p="md" radius="md" mb="lg">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.product")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.intake")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.sold")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.returned")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.onHand")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stock.data.products.map((p) => (
                <Table.Tr key={p.productId}>
                  <Table.Td>{p.productName}</Table.Td>
                  <Table.Td ta="right">{p.intake}</Table.Td>
                  <Table.Td ta="right">{p.sold}</Table.Td>
                  <Table.Td ta="right">{p.returned}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {p.onHand}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      <Title order={3} fz="h5" mb="xs">
        {t("market.settlement.title")}
      </Title>
      <Table>
        <Table.Tbody>
          {(statements.data ?? []).map((s) => (
            <Table.Tr key={s.id ?? s.producerId}>
              <Table.Td>{formatRupiah(s.payable)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={s.status === "paid" ? "teal" : "gray"}>
                  {t(`market.settlement.status.${s.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {s.id ? (
                  <Anchor href={`/api/market/settlements/${s.id}/statement.pdf`} target="_blank">
                    PDF
                  </Anchor>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

export default MyConsignmentPage;
