// Flyer (S8 "Ayo Beli Produk UMKM"): pick products or a category; download the A4 catalogue PDF
// and a square PNG for WhatsApp status (the server draws an SVG, the browser turns it into a PNG).
import { Anchor, Button, Group, MultiSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/ui/page-header";
import { MarketTabs } from "./market-tabs";
import { useStaffProducts } from "./product-select";

async function svgToPng(url: string): Promise<Blob> {
  const svg = await (await fetch(url, { credentials: "same-origin" })).text();
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = 1080;
  canvas.height = 1080;
  canvas.getContext("2d")?.drawImage(image, 0, 0, 1080, 1080);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("png"))), "image/png"),
  );
}

export function FlyerPage() {
  const { t } = useTranslation();
  const products = useStaffProducts();
  const [ids, setIds] = useState<string[]>([]);
  const [category, setCategory] = useState("");
  const [busy, setBusy] = useState(false);
  const query = new URLSearchParams({
    ...(ids.length ? { productIds: ids.join(",") } : {}),
    ...(category ? { category } : {}),
  }).toString();
  const png = async () => {
    setBusy(true);
    try {
      const blob = await svgToPng(`/api/market/flyers/square.svg?${query}`);
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "ayo-beli-produk-umkm.png";
      a.click();
    } finally {
      setBusy(false);
    }
  };
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
            <Button variant="light" loading={busy} onClick={() => void png()}>
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
