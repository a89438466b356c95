// The buyer's own details on the tracking page (name, institution, phone, address): anyone holding
// an order code sees the order, but these only after typing the last 4 digits of the WhatsApp
// number the order was placed with.
import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import type { TrackedOrder } from "./api";

type Props = {
  /** The order as fetched with the digits, once they were given and matched. */
  revealed: TrackedOrder | undefined;
  error: unknown;
  pending: boolean;
  onDigits: (digits: string) => void;
};

export function BuyerDetails({ revealed, error, pending, onDigits }: Props) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState("");
  const buyer = revealed?.buyer.revealed ? revealed : undefined;
  if (buyer) {
    return (
      <Paper withBorder p="md" radius="md" data-testid="buyer-details">
        <Title order={2} fz="h5" mb={4}>
          {t("shop.buyer.title")}
        </Title>
        <Text data-testid="buyer-name">
          {buyer.buyer.name}
          {buyer.buyer.institution ? ` · ${buyer.buyer.institution}` : ""}
        </Text>
        <Text size="sm">{buyer.buyer.phone}</Text>
        {buyer.fulfilment.address ? <Text size="sm">{buyer.fulfilment.address}</Text> : null}
      </Paper>
    );
  }
  const valid = /^\d{4}$/.test(digits);
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onDigits(digits);
        }}
      >
        <Stack gap="xs">
          <Text size="sm">{t("shop.buyer.hidden")}</Text>
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t("shop.buyer.digitsLabel")}
              value={digits}
              onChange={(e) => setDigits(e.currentTarget.value.replace(/\D/g, "").slice(0, 4))}
              inputMode="numeric"
              autoComplete="off"
              w={200}
              data-testid="phone-digits"
            />
            <Button type="submit" variant="light" disabled={!valid} loading={pending}>
              {t("shop.buyer.show")}
            </Button>
          </Group>
          <ErrorAlert error={error} />
        </Stack>
      </form>
    </Paper>
  );
}
