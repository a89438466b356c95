// Stok: per producer of a product — consigned, returned, damaged, sold (attributed) and left.
import { Group, Skeleton, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { marketApi } from "../api";
import { MarketTabs } from "./market-tabs";
import { ProductSelect } from "./product-select";
import { StockCountsTable } from "./stock-counts-table";

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
        <StockCountsTable
          label={t("market.tabs.producers")}
          counts={["intake", "returned", "damaged", "sold"]}
          rows={stock.data.producers}
          rowKey={(p) => p.producerId}
          rowName={(p) => p.name}
          minWidth={640}
          striped
        />
      ) : null}
    </>
  );
}

export default StockPage;
