// /toko: the PLUT gallery for phones first — search, product cards, and a box to track an order.
import { Alert, Button, Group, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../components/public-frame";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Icon } from "../../components/ui/icons";
import { fetchCatalogue, fetchPluts } from "./api";
import { campaignTag } from "./campaign";
import { PlutCard } from "./plut-card";
import { ProductCard } from "./product-card";

function TrackBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (code.trim())
          void navigate({ to: "/toko/pesanan/$code", params: { code: code.trim().toUpperCase() } });
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          flex={1}
          label={t("shop.trackLabel")}
          placeholder={t("shop.trackPlaceholder")}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Button type="submit" variant="light">
          {t("shop.trackButton")}
        </Button>
      </Group>
    </form>
  );
}

export function StorePage() {
  const { t } = useTranslation();
  // A flyer's QR opens the store with ?src=…: remember it for this visit, before the buyer navigates.
  useEffect(() => {
    campaignTag();
  }, []);
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 250);
  const catalogue = useQuery({
    queryKey: ["shop", "catalogue", q],
    queryFn: ({ signal }) => fetchCatalogue(q, signal),
  });
  const pluts = useQuery({ queryKey: ["shop", "pluts"], queryFn: ({ signal }) => fetchPluts(signal) });
  return (
    <PublicFrame>
      <Title order={1} fz={{ base: "h2", sm: "h1" }}>
        {t("store.title")}
      </Title>
      <Text c="dimmed" mt={4} mb="md">
        {t("store.subtitle")}
      </Text>
      <TextInput
        type="search"
        aria-label={t("shop.searchLabel")}
        placeholder={t("shop.searchPlaceholder")}
        leftSection={<Icon name="search" size={17} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        mb="lg"
      />
      <ErrorAlert error={catalogue.error} />
      {catalogue.data ? (
        catalogue.data.length === 0 ? (
          <Alert variant="light">{t("shop.empty")}</Alert>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing={{ base: "sm", sm: "md" }}>
            {catalogue.data.map((item) => (
              <ProductCard key={item.id} item={item} />
            ))}
          </SimpleGrid>
        )
      ) : catalogue.isPending ? (
        <Skeleton h={240} radius="md" />
      ) : null}
      <Group mt="xl" maw={480}>
        <TrackBox />
      </Group>
      {pluts.data?.length ? (
        <Stack mt="xl" gap="sm" maw={480}>
          {pluts.data.map((plut) => (
            <PlutCard key={plut.regionCode} plut={plut} />
          ))}
        </Stack>
      ) : null}
    </PublicFrame>
  );
}

export default StorePage;
