// Removing a producer registered by mistake, after a confirmation; the server refuses once the
// producer has consigned goods (its stock and settlements keep their owner).
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { marketApi } from "../api";

export function RemoveProducerButton({ producer }: { producer: { id: string; name: string } }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: marketApi.removeProducer,
    onSuccess: () => {
      setOpen(false);
      return client.invalidateQueries({ queryKey: ["market", "producers"] });
    },
  });
  return (
    <>
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOpen(true)}>
        {t("market.producers.remove")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("market.producers.removeTitle")}>
        <Stack>
          <Text size="sm">{t("market.producers.removeBody", { name: producer.name })}</Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("market.orders.back")}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(producer.id)}>
              {t("market.producers.remove")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
