// "Laporkan kendala": kind and description for a business (picked here, or given by the page).
import { Button, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSTRAINT_TYPES, type ConstraintType } from "../../../../../shared/registry-vocab";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { fieldErrors } from "../../../../lib/api-error";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { sendOrQueue, useQueueKendala } from "../../hooks/use-kendala-outbox";
import { useOnline } from "../../hooks/use-online";
import { useOutboxSync } from "../../hooks/use-outbox";
import { useReportConstraint } from "../../hooks/use-registry";
import { BusinessPicker } from "./business-picker";

export function ReportConstraintModal({
  opened,
  onClose,
  businessId,
  onReported,
}: {
  opened: boolean;
  onClose: () => void;
  /** Fixed business (business page); without it the person picks one. */
  businessId?: string;
  onReported?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const report = useReportConstraint();
  const me = useCurrentUser();
  const online = useOnline();
  const queueKendala = useQueueKendala();
  // Kendala reported without signal wait in the outbox; this keeps its sync running here too.
  useOutboxSync(me.id);
  const [picked, setPicked] = useState<string | null>(null);
  const [type, setType] = useState<ConstraintType | null>(null);
  const [description, setDescription] = useState("");
  const [tried, setTried] = useState(false);
  const target = businessId ?? picked;
  const server = fieldErrors(report.error);
  const required = t("registry.check.required");

  const dismiss = () => {
    setPicked(null);
    setType(null);
    setDescription("");
    setTried(false);
    report.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!target || !type || description.trim() === "") return;
    const body = { type, description: description.trim() };
    void sendOrQueue(
      online,
      async () => {
        const detail = await report.mutateAsync({ businessId: target, body });
        notifications.show({ color: "teal", message: t("registry.board.reported") });
        dismiss();
        onReported?.(detail.id);
      },
      async () => {
        const kind = t(`registry.constraintTypes.${type}`);
        await queueKendala({ kind: "constraint", businessId: target, body }, kind, body.description);
        dismiss();
      },
    ).catch(() => undefined);
  };

  return (
    <Modal opened={opened} onClose={dismiss} title={t("registry.board.reportTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {report.error && Object.keys(server).length === 0 ? <ErrorAlert error={report.error} /> : null}
          {businessId ? null : (
            <BusinessPicker
              value={picked}
              onChange={setPicked}
              error={tried && !picked ? required : undefined}
            />
          )}
          <Select
            label={t("registry.form.constraintType")}
            required
            data={CONSTRAINT_TYPES.map((value) => ({ value, label: t(`registry.constraintTypes.${value}`) }))}
            value={type}
            onChange={(value) => setType(CONSTRAINT_TYPES.find((item) => item === value) ?? null)}
            error={server.type ?? (tried && !type ? required : undefined)}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t("registry.board.description")}
            placeholder={t("registry.form.constraintHint")}
            required
            autosize
            minRows={3}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={server.description ?? (tried && description.trim() === "" ? required : undefined)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={dismiss}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={report.isPending}>
              {t("registry.board.report")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
