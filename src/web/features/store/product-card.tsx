// One product in the gallery grid: photo, name, price per unit, maker and stock.
import { Badge, Card, Image, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../shared/money";
import { type CatalogueItem, photoUrl } from "./api";
import { PhotoPlaceholder } from "./photo-placeholder";
import { categoryName, unitName } from "./vocab";

export function ProductCard({ item }: { item: CatalogueItem }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      renderRoot={(props) => <Link to="/toko/produk/$id" params={{ id: item.id }} {...props} />}
      data-testid="product-card"
    >
      <Card.Section>
        {item.photoId ? (
          <Image src={photoUrl(item.id, item.photoId)} alt={item.name} h={140} fit="cover" loading="lazy" />
        ) : (
          <PhotoPlaceholder h={140} label={categoryName(item.category, t)} />
        )}
      </Card.Section>
      <Text fw={600} mt="xs" lineClamp={2}>
        {item.name}
      </Text>
      <Text fw={700} c="teal.8">
        {formatRupiah(item.price)}
        <Text span size="sm" c="dimmed" fw={400}>
          {t("shop.perUnit", { unit: unitName(item.unit, t) })}
        </Text>
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {t("shop.by", { producer: item.producer })}
      </Text>
      <Badge mt={6} variant="light" color={item.stockAvailable > 0 ? "teal" : "orange"} size="sm">
        {item.stockAvailable > 0 ? t("shop.inStock", { count: item.stockAvailable }) : t("shop.preorderOnly")}
      </Badge>
    </Card>
  );
}
