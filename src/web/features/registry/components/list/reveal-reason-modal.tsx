// "Alasan menampilkan NIK": a full NIK is shown only with a reason, which the server keeps in the
// audit log with the reveal (admins read it on the reveal log page). Same bounds as the server.
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN, revealReason } from "../../../../../shared/reveal-reason";
import { ErrorAlert } from "../../../../components/ui/error-alert";

export function RevealReasonModal({
  opened,
  pending,
  error,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const reason = revealReason(text);
  const dismiss = () => {
    setText("");
    setTried(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setTried(true);
    if (reason) onConfirm(reason);
  };
  return (
    <Modal opened={opened} onClose={dismiss} title={t("registry.reveal.title")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t("registry.reveal.intro")}</Text>
          {error ? <ErrorAlert error={error} /> : null}
          <Textarea
            label={t("registry.reveal.reason")}
            placeholder={t("registry.reveal.placeholder")}
            required
            autosize
            minRows={2}
            maxLength={REVEAL_REASON_MAX}
            data-autofocus
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            description={t("registry.reveal.length", { count: text.trim().length, min: REVEAL_REASON_MIN })}
            error={tried && !reason ? t("registry.reveal.tooShort", { count: REVEAL_REASON_MIN }) : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              {t("registry.reveal.cancel")}
            </Button>
            <Button type="submit" loading={pending}>
              {t("registry.reveal.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
