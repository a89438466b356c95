// S2: what the business made before and after a production pivot (since when), and the products
// it makes now, pivot products marked.
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Pivot, Product } from "../../../../../server/modules/registry/contract-business-page";
import { formatRupiah } from "../../../../../shared/money";
import { formatDay } from "../../lib/format";

export function ProductionCard({
  pivots,
  products,
  scope,
  inStore,
  onMakeStoreProduct,
}: {
  pivots: readonly Pivot[];
  products: readonly Product[];
  scope: string;
  /** Pivot ids that already have a store product (known to store managers only). */
  inStore?: ReadonlySet<string> | undefined;
  /** Given to roles that manage the store: turns a pivot into a store product. */
  onMakeStoreProduct?: ((pivot: Pivot) => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("registry.business.pivots")}
    >
      <Title order={2} fz="h5" mb="sm">
        {t("registry.business.pivots")}
      </Title>
      {pivots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("registry.business.noPivots")}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="pivots">
          {pivots.map((pivot) => (
            <div key={pivot.id} data-testid="pivot">
              <Group gap="xs" wrap="wrap">
                <Text size="sm" c="dimmed" td="line-through">
                  {pivot.before}
                </Text>
                <Text size="sm">→</Text>
                <Text size="sm" fw={600}>
                  {pivot.after}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {t("registry.business.pivotSince", {
                  date: formatDay(pivot.since, { scope, language: i18n.language }),
                })}
                {pivot.share === null
                  ? ""
                  : ` · ${t("registry.edit.pivotShareText", { share: pivot.share })}`}
                {pivot.note ? ` · ${pivot.note}` : ""}
              </Text>
              {inStore?.has(pivot.id) ? (
                <Badge size="sm" variant="light" color="teal" mt={4}>
                  {t("registry.edit.inStore")}
                </Badge>
              ) : onMakeStoreProduct ? (
                <Button size="compact-sm" variant="light" mt={4} onClick={() => onMakeStoreProduct(pivot)}>
                  {t("registry.edit.storeCreate")}
                </Button>
              ) : null}
            </div>
          ))}
        </Stack>
      )}
      <Title order={3} fz="h6" mt="md" mb="xs">
        {t("registry.business.products")}
      </Title>
      {products.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("registry.business.noProducts")}
        </Text>
      ) : (
        <Stack gap={6}>
          {products.map((product) => (
            <Group key={product.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  {product.name}
                </Text>
                {product.isPivot ? (
                  <Badge size="xs" variant="light" color="grape">
                    {t("registry.business.pivotProduct")}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                {product.price === null
                  ? ""
                  : `${formatRupiah(product.price)}${product.unit ? ` / ${product.unit}` : ""}`}
                {product.dailyCapacity === null
                  ? ""
                  : ` · ${t("registry.business.capacity", { count: product.dailyCapacity })}`}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
