// /toko/produk/<id>: photos, price, makers, WhatsApp share link, QR code and the order form.
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Image,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../shared/money";
import { PublicFrame } from "../../components/public-frame";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type CatalogueProduct, fetchProduct, photoUrl } from "./api";
import { OrderForm } from "./order-form";
import { PhotoPlaceholder } from "./photo-placeholder";
import { ProductQr } from "./product-qr";
import { categoryName, unitName } from "./vocab";

function productUrl(id: string): string {
  return `${window.location.origin}/toko/produk/${id}`;
}

function ShareBox({ product }: { product: CatalogueProduct }) {
  const { t } = useTranslation();
  const url = productUrl(product.id);
  const text = t("shop.shareText", {
    name: product.name,
    price: formatRupiah(product.price),
    plut: product.plut?.name ?? t("store.title"),
    url,
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={6}>
          <Text fw={600}>{t("shop.share")}</Text>
          <Button
            component="a"
            href={`https://wa.me/?text=${encodeURIComponent(text)}`}
            target="_blank"
            rel="noopener"
            color="green"
            size="sm"
            data-testid="wa-share"
          >
            {t("shop.shareWhatsApp")}
          </Button>
        </Stack>
        <ProductQr url={url} label={t("shop.qrTitle")} />
      </Group>
    </Paper>
  );
}

function Makers({ product }: { product: CatalogueProduct }) {
  const { t } = useTranslation();
  const shown = product.producers.slice(0, 5);
  if (shown.length === 0) return null;
  const rest = product.producers.length - shown.length;
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {t("shop.producers")}:{" "}
      </Text>
      {shown.map((p) => p.name).join(", ")}
      {rest > 0 ? ` ${t("shop.producersMore", { count: rest })}` : ""}
    </Text>
  );
}

function ProductView({ product }: { product: CatalogueProduct }) {
  const { t } = useTranslation();
  useDocumentTitle(`${product.name} · ${t("store.title")}`);
  const photo = product.photoIds[0];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        {photo ? (
          <Image src={photoUrl(product.id, photo)} alt={product.name} radius="md" mah={360} fit="cover" />
        ) : (
          <PhotoPlaceholder h={220} label={categoryName(product.category, t)} />
        )}
        <Title order={1} fz={{ base: "h2", sm: "h1" }} mt="md">
          {product.name}
        </Title>
        <Group gap="xs" mt={4}>
          <Text fw={700} fz="xl" c="teal.8">
            {formatRupiah(product.price)}
            <Text span c="dimmed" fz="md" fw={400}>
              {t("shop.perUnit", { unit: unitName(product.unit, t) })}
            </Text>
          </Text>
          <Badge variant="light">{categoryName(product.category, t)}</Badge>
        </Group>
        {product.description ? (
          <Text mt="sm" style={{ whiteSpace: "pre-line" }}>
            {product.description}
          </Text>
        ) : null}
        <Stack gap="md" mt="md">
          <Makers product={product} />
          <ShareBox product={product} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <OrderForm product={product} />
      </Grid.Col>
    </Grid>
  );
}

export function ProductPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/toko/produk/$id" });
  const product = useQuery({
    queryKey: ["shop", "product", id],
    queryFn: ({ signal }) => fetchProduct(id, signal),
  });
  return (
    <PublicFrame>
      <Anchor size="sm" renderRoot={(props) => <Link to="/toko" {...props} />}>
        ← {t("store.backToStore")}
      </Anchor>
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={product.error} />
        {product.data ? (
          <ProductView product={product.data} />
        ) : product.isPending ? (
          <Skeleton h={320} />
        ) : null}
      </div>
    </PublicFrame>
  );
}

export default ProductPage;
