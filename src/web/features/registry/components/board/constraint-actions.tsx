// What can be done with a kendala: assign a person, record a follow-up note, move its status
// (open → in progress → resolved; a resolved one may be reopened). Each is one audited request.
import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConstraintDetail } from "../../../../../server/modules/registry/contract-constraints";
import { type ConstraintStatus, canMoveConstraint } from "../../../../../shared/registry-vocab";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { sendOrQueue, useQueueKendala } from "../../hooks/use-kendala-outbox";
import { useOnline } from "../../hooks/use-online";
import {
  useAssignConstraint,
  useChangeConstraintStatus,
  useFollowUpConstraint,
} from "../../hooks/use-registry";

const moves: Array<{
  to: ConstraintStatus;
  label: "start" | "resolve" | "reopen";
  variant: string;
  color?: string;
}> = [
  { to: "in_progress", label: "start", variant: "filled", color: "yellow" },
  { to: "resolved", label: "resolve", variant: "filled", color: "teal" },
  { to: "open", label: "reopen", variant: "default" },
];

export function ConstraintActions({ detail }: { detail: ConstraintDetail }) {
  const { t } = useTranslation();
  const assign = useAssignConstraint();
  const followUp = useFollowUpConstraint();
  const online = useOnline();
  const queueKendala = useQueueKendala();
  const status = useChangeConstraintStatus();
  const [assignee, setAssignee] = useState(detail.assigneeName ?? "");
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const done = (message: string) => notifications.show({ color: "teal", message });

  // mutateAsync: the toast must not depend on this component still being mounted when the
  // refreshed kendala arrives.
  const saveNote = async () => {
    if (note.trim() === "") return setNoteError(t("registry.board.noteRequired"));
    const body = { note: note.trim() };
    const how = await sendOrQueue(
      online,
      () => followUp.mutateAsync({ id: detail.id, body }),
      () => {
        followUp.reset();
        const title = t("registry.board.followUp");
        return queueKendala({ kind: "follow-up", constraintId: detail.id, body }, title, body.note);
      },
    );
    setNote("");
    if (how === "sent") done(t("registry.board.followedUp"));
  };
  const move = async (to: ConstraintStatus) => {
    await status.mutateAsync({
      id: detail.id,
      body: { status: to, note: note.trim() === "" ? undefined : note.trim() },
    });
    setNote("");
    done(to === "resolved" ? t("registry.board.resolvedToast") : t("registry.board.statusChanged"));
  };
  const saveAssignee = async () => {
    await assign.mutateAsync({ id: detail.id, body: { assigneeName: assignee.trim() } });
    done(t("registry.board.assigned"));
  };
  // Failures are shown by the ErrorAlert above the actions.
  const run = (action: () => Promise<unknown>) => () => void action().catch(() => undefined);

  return (
    <Stack gap="md">
      <ErrorAlert error={assign.error ?? followUp.error ?? status.error} />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t("registry.board.assigneeName")}
          value={assignee}
          onChange={(event) => setAssignee(event.currentTarget.value)}
        />
        <Button
          variant="default"
          loading={assign.isPending}
          disabled={assignee.trim() === "" || assignee.trim() === detail.assigneeName}
          onClick={run(saveAssignee)}
        >
          {t("registry.board.assign")}
        </Button>
      </Group>
      <Textarea
        label={t("registry.board.note")}
        autosize
        minRows={2}
        value={note}
        error={noteError}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          setNoteError(undefined);
        }}
      />
      <Group gap="xs">
        <Button variant="light" loading={followUp.isPending} onClick={run(saveNote)}>
          {t("registry.board.followUp")}
        </Button>
        {moves
          .filter((m) => canMoveConstraint(detail.status, m.to))
          .map((m) => (
            <Button
              key={m.to}
              variant={m.variant}
              color={m.color}
              loading={status.isPending && status.variables?.body.status === m.to}
              onClick={run(() => move(m.to))}
            >
              {t(`registry.board.${m.label}`)}
            </Button>
          ))}
      </Group>
    </Stack>
  );
}
