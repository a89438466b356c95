// Produk: the PLUT's products with price, ready stock, producers and photos.
import { Anchor, Button, FileButton, Group, Skeleton, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import { type StaffProduct, uploadPhoto } from "../api-catalogue";
import { MarketTabs } from "./market-tabs";
import { ProductModal } from "./product-modal";
import { useStaffProducts } from "./product-select";
import { resizePhoto } from "./resize-photo";

function PhotoButton({ product }: { product: StaffProduct }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      await uploadPhoto(product.id, await resizePhoto(file));
      notifications.show({ message: t("market.products.photoAdded"), color: "teal" });
      await client.invalidateQueries({ queryKey: ["market", "products"] });
    } catch (error) {
      notifications.show({ message: String(error), color: "red" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <FileButton onChange={(file) => void upload(file)} accept="image/png,image/jpeg,image/webp">
      {(props) => (
        <Button {...props} size="xs" variant="light" loading={busy}>
          {t("market.products.addPhoto")} ({product.photoFileIds.length})
        </Button>
      )}
    </FileButton>
  );
}

export function ProductsPage() {
  const { t } = useTranslation();
  const products = useStaffProducts();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title={t("market.products.title")}
        subtitle={t("market.products.subtitle")}
        actions={
          <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setAdding(true)}>
            {t("market.products.add")}
          </Button>
        }
      />
      <MarketTabs />
      <ErrorAlert error={products.error} />
      {products.isPending ? <Skeleton h={200} /> : null}
      {products.data?.length === 0 ? <Text c="dimmed">{t("market.products.empty")}</Text> : null}
      {products.data?.length ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.products.name")}</Table.Th>
                <Table.Th ta="right">{t("market.products.price")}</Table.Th>
                <Table.Th ta="right">{t("market.products.stock")}</Table.Th>
                <Table.Th ta="right">{t("market.products.producers")}</Table.Th>
                <Table.Th>{t("market.products.photo")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {products.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text fw={600}>{p.name}</Text>
                    <Group gap="xs">
                      <Text size="xs" c="dimmed">
                        {p.category} · {p.codePrefix}
                      </Text>
                      <Anchor size="xs" href={`/toko/produk/${p.id}`} target="_blank">
                        {t("market.products.openStore")}
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatRupiah(p.price)}/{p.unit}
                  </Table.Td>
                  <Table.Td ta="right">{p.stockAvailable}</Table.Td>
                  <Table.Td ta="right">{p.producers.length}</Table.Td>
                  <Table.Td>
                    <PhotoButton product={p} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <ProductModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}

export default ProductsPage;
