// One follow-up's outcome: the size class observed now and the monthly turnover (and a note).
import { Modal, Select, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { FormActions } from "../../../components/ui/form-actions";
import { RupiahInput, readRupiahField } from "../../../components/ui/rupiah-input";
import { fieldErrors } from "../../../lib/api";
import { type FollowUp, recordOutcome, type SizeClass } from "../api";

const SIZES: readonly SizeClass[] = ["mikro", "kecil", "menengah", "besar"];

export function RecordOutcomeModal({ item, onClose }: { item: FollowUp | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [size, setSize] = useState<SizeClass>("mikro");
  const [turnover, setTurnover] = useState("");
  const [note, setNote] = useState("");
  const save = useMutation({
    mutationFn: recordOutcome,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["outcomes"] });
      notifications.show({ message: t("outcomes.saved"), color: "green" });
      onClose();
    },
    // A refusal (already recorded by someone else, missed, not due) stays in the form with the
    // server's message; the list behind it is refreshed so the stale card goes away.
    onError: () => void qc.invalidateQueries({ queryKey: ["outcomes"] }),
  });
  const errors = fieldErrors(save.error);
  const read = readRupiahField(turnover);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!item || save.isPending || read.kind === "invalid") return;
    save.mutate({
      participantId: item.participantId,
      checkpoint: item.checkpoint === 6 ? 6 : 3,
      sizeClass: size,
      monthlyTurnover: read.kind === "ok" ? read.value : Number.NaN,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={item ? t("outcomes.recordTitle", { months: item.checkpoint, name: item.businessName }) : ""}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t("outcomes.sizeClass")}
            data={SIZES.map((s) => ({ value: s, label: t(`registry.sizes.${s}`) }))}
            value={size}
            onChange={(v) => v && setSize(v as SizeClass)}
            allowDeselect={false}
            required
          />
          <RupiahInput
            label={t("outcomes.monthlyTurnover")}
            value={turnover}
            onChange={setTurnover}
            required
            error={errors["body.monthlyTurnover"]}
          />
          <Textarea
            label={t("outcomes.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ErrorAlert error={save.error} />
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
