// The next statuses an event may take (from the server's state machine), each a button; a move that
// needs a reason, a link or a date opens a small form first.
import { Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { EventDetail, EventStatus } from "../api/types";
import { useChangeStatus } from "../hooks/use-training";

const NEEDS_FORM: ReadonlySet<EventStatus> = new Set([
  "postponed",
  "cancelled",
  "moved_online",
  "rescheduled",
]);

export function StatusActions({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const change = useChangeStatus(event.id);
  const [target, setTarget] = useState<EventStatus | null>(null);
  const [reason, setReason] = useState("");
  const [link, setLink] = useState(event.onlineLink ?? "");
  const [date, setDate] = useState("");
  const close = () => {
    setTarget(null);
    change.reset();
  };
  const go = (status: EventStatus) => {
    if (NEEDS_FORM.has(status)) {
      setTarget(status);
      setReason("");
      return;
    }
    change.mutate({ status });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    change.mutate(
      {
        status: target,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(target === "moved_online" && link.trim() ? { onlineLink: link.trim() } : {}),
        ...(date ? { startsOn: date } : {}),
      },
      { onSuccess: close },
    );
  };
  if (event.nextStatuses.length === 0) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {event.nextStatuses.map((s) => (
          <Button
            key={s}
            size="sm"
            variant={s === "cancelled" ? "subtle" : "light"}
            color={s === "cancelled" ? "red" : undefined}
            onClick={() => go(s)}
            loading={change.isPending && !target}
          >
            {t(`training.actions.${s}`)}
          </Button>
        ))}
      </Group>
      {!target ? <ErrorAlert error={change.error} /> : null}
      <Modal opened={target !== null} onClose={close} title={target ? t(`training.actions.${target}`) : ""}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {target === "moved_online" ? (
              <TextInput
                label={t("training.onlineLink")}
                value={link}
                onChange={(e) => setLink(e.currentTarget.value)}
                placeholder="https://"
                required
              />
            ) : null}
            {target === "moved_online" || target === "rescheduled" ? (
              <TextInput
                type="date"
                label={t("training.newDate")}
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
              />
            ) : null}
            <Textarea
              label={t("training.reason")}
              placeholder={t("training.reasonHint")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required={target === "postponed" || target === "cancelled"}
              autosize
              minRows={2}
            />
            <ErrorAlert error={change.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={change.isPending}>
                {t("training.confirm")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
