// Flyer (S8 "Ayo Beli Produk UMKM"): pick products or a category; download the A4 catalogue PDF
// and a square PNG for WhatsApp status (drawn on the server).
import { Anchor, Button, Group, MultiSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/ui/page-header";
import { MarketTabs } from "./market-tabs";
import { useStaffProducts } from "./product-select";

export function FlyerPage() {
  const { t } = useTranslation();
  const products = useStaffProducts();
  const [ids, setIds] = useState<string[]>([]);
  const [category, setCategory] = useState("");
  const query = new URLSearchParams({
    ...(ids.length ? { productIds: ids.join(",") } : {}),
    ...(category ? { category } : {}),
  }).toString();
  return (
    <>
      <PageHeader title={t("market.flyer.title")} subtitle={t("market.flyer.subtitle")} />
      <MarketTabs />
      <Paper withBorder p="md" radius="md" maw={720}>
        <Stack>
          <MultiSelect
            label={t("market.flyer.products")}
            data={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={ids}
            onChange={setIds}
            searchable
            clearable
          />
          <TextInput
            label={t("market.products.category")}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            {t("market.flyer.hint")}
          </Text>
          <Group>
            <Button
              component="a"
              href={`/api/market/flyers/catalogue.pdf?${query}`}
              target="_blank"
              data-testid="flyer-pdf"
            >
              {t("market.flyer.pdf")}
            </Button>
            <Button
              component="a"
              variant="light"
              href={`/api/market/flyers/square.png?${query}`}
              download="ayo-beli-produk-umkm.png"
              data-testid="flyer-png"
            >
              {t("market.flyer.png")}
            </Button>
            <Anchor href={`/api/market/flyers/square.svg?${query}`} target="_blank" size="sm">
              SVG
            </Anchor>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}

export default FlyerPage;
