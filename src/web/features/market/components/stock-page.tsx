// Stok: per producer of a product — consigned, returned, damaged, sold (attributed) and left.
import { Group, Skeleton, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { marketApi } from "../api";
import { MarketTabs } from "./market-tabs";
import { ProductSelect } from "./product-select";

export function StockPage() {
  const { t } = useTranslation();
  const [productId, setProductId] = useState<string | null>(null);
  const stock = useQuery({
    queryKey: ["market", "stock", productId],
    queryFn: ({ signal }) => marketApi.stock(productId ?? "", signal),
    enabled: Boolean(productId),
  });
  return (
    <>
      <PageHeader title={t("market.stock.title")} subtitle={t("market.stock.subtitle")} />
      <MarketTabs />
      <Group align="flex-end" mb="md">
        <ProductSelect value={productId} onChange={setProductId} />
        {stock.data ? (
          <Text>
            {t("market.stock.shelf")}: <b data-testid="shelf">{stock.data.shelf}</b> ·{" "}
            {t("market.stock.sold")}: <b>{stock.data.sold}</b>
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={stock.error} />
      {stock.isLoading ? <Skeleton h={200} /> : null}
      {stock.data ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.tabs.producers")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.intake")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.returned")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.damaged")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.sold")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.onHand")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stock.data.producers.map((p) => (
                <Table.Tr key={p.producerId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td ta="right">{p.intake}</Table.Td>
                  <Table.Td ta="right">{p.returned}</Table.Td>
                  <Table.Td ta="right">{p.damaged}</Table.Td>
                  <Table.Td ta="right">{p.sold}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {p.onHand}
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

export default StockPage;
