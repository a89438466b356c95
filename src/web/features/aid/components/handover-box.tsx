// In-kind aid (S5): record that a listed recipient received the goods, with the signed receipt.
import { Anchor, Button, FileInput, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isIsoDate } from "../../../../shared/calendar";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { receiptUrl } from "../api/aid-api";
import type { Handover } from "../api/types-exchange";
import { useRecordHandover } from "../hooks/use-aid";
import { shortDate } from "../lib/format";

export function HandoverBox({
  proposalId,
  itemId,
  done,
  canRecord,
}: {
  proposalId: string;
  itemId: string;
  done: Handover | undefined;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const record = useRecordHandover(proposalId);
  const [open, setOpen] = useState(false);
  const [quantity, setQuantity] = useState("");
  const [date, setDate] = useState("");
  const [by, setBy] = useState("");
  const [file, setFile] = useState<File | null>(null);
  if (done) {
    return (
      <Group gap="xs">
        <Text size="sm" c="teal">
          {t("aid.handover.done", {
            quantity: done.quantity,
            date: shortDate(done.handedOn),
            by: done.receivedBy,
          })}
        </Text>
        {done.hasReceipt ? (
          <Anchor size="sm" href={receiptUrl(done.id)} target="_blank" rel="noopener">
            {t("aid.handover.receiptLink")}
          </Anchor>
        ) : null}
      </Group>
    );
  }
  if (!canRecord) return null;
  if (!open) {
    return (
      <Button size="xs" variant="light" onClick={() => setOpen(true)}>
        {t("aid.handover.open")}
      </Button>
    );
  }
  const n = Number(quantity);
  const ready = Number.isInteger(n) && n > 0 && isIsoDate(date) && by.trim().length >= 3 && file !== null;
  return (
    <Stack gap={4}>
      <Group grow>
        <TextInput
          label={t("aid.handover.quantity")}
          inputMode="numeric"
          value={quantity}
          onChange={(e) => setQuantity(e.currentTarget.value)}
        />
        <TextInput
          label={t("aid.handover.date")}
          placeholder="2020-07-01"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <TextInput
          label={t("aid.handover.receivedBy")}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value)}
        />
      </Group>
      <FileInput
        label={t("aid.handover.receipt")}
        accept="image/*,application/pdf"
        value={file}
        onChange={setFile}
        clearable
      />
      <ErrorAlert error={record.error} />
      <Group>
        <Button
          size="xs"
          disabled={!ready}
          loading={record.isPending}
          onClick={() =>
            file &&
            record.mutate({ itemId, quantity: n, handedOn: date, receivedBy: by.trim(), receipt: file })
          }
        >
          {t("aid.handover.save")}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}
