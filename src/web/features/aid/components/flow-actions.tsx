// The flow buttons a role may press in the proposal's status, with the reason / decree dialog.
import { Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { FlowStep } from "../api/aid-api";
import type { ProposalDetail } from "../api/types";
import { useFlowStep, useRecheck } from "../hooks/use-aid";
import { canPropose, canVerify } from "../lib/format";

function stepsFor(p: ProposalDetail, role: string): FlowStep[] {
  const out: FlowStep[] = [];
  if (canPropose(role) && (p.status === "draft" || p.status === "returned")) out.push("submit");
  if (canVerify(role) && p.status === "submitted") out.push("verify", "return");
  if (canVerify(role) && p.status === "verified") out.push("approve", "reject", "return");
  if (canVerify(role) && p.status === "approved") out.push("fail");
  return out;
}

const NEEDS_DIALOG: ReadonlySet<FlowStep> = new Set(["return", "approve", "reject", "fail"]);

function StepDialog({
  proposal,
  step,
  onClose,
}: {
  proposal: ProposalDetail;
  step: FlowStep;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const flow = useFlowStep(proposal.id);
  const [reason, setReason] = useState("");
  const [decree, setDecree] = useState("");
  const [date, setDate] = useState("");
  const decreeStep = step === "approve" || step === "reject";
  const errors = fieldErrors(flow.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    flow.mutate(
      {
        step,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(decreeStep ? { decreeNumber: decree.trim(), ...(date ? { decreeDate: date } : {}) } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t(`aid.flow.${step}`)}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {decreeStep ? (
            <>
              <TextInput
                label={t("aid.flow.decreeNumber")}
                value={decree}
                onChange={(e) => setDecree(e.currentTarget.value)}
                required
                error={errors.decreeNumber}
              />
              <TextInput
                label={t("aid.flow.decreeDate")}
                placeholder="2020-09-02"
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
                error={errors.decreeDate}
              />
            </>
          ) : null}
          {step !== "approve" ? (
            <Textarea
              label={t("aid.flow.reason")}
              description={t("aid.flow.reasonHint")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
              error={errors.reason}
            />
          ) : null}
          <ErrorAlert error={flow.error && Object.keys(errors).length === 0 ? flow.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={flow.isPending}>
              {t("aid.flow.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function FlowActions({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const flow = useFlowStep(proposal.id);
  const recheck = useRecheck(proposal.id);
  const [dialog, setDialog] = useState<FlowStep | null>(null);
  const press = (step: FlowStep) => (NEEDS_DIALOG.has(step) ? setDialog(step) : flow.mutate({ step }));
  const canRecheck =
    canPropose(me.role) && ["draft", "returned", "submitted", "verified"].includes(proposal.status);
  return (
    <>
      {canRecheck ? (
        <Button
          variant="default"
          loading={recheck.isPending}
          onClick={() =>
            recheck.mutate(undefined, {
              onSuccess: (r) =>
                notifications.show({
                  message: t("aid.flow.rechecked", { withProblems: r.withProblems, open: r.openProblems }),
                }),
            })
          }
        >
          {t("aid.flow.recheck")}
        </Button>
      ) : null}
      {stepsFor(proposal, me.role).map((step) => (
        <Button
          key={step}
          color={step === "reject" || step === "fail" || step === "return" ? "red" : undefined}
          variant={step === "return" ? "light" : "filled"}
          loading={flow.isPending && flow.variables?.step === step}
          onClick={() => press(step)}
        >
          {t(`aid.flow.${step}`)}
        </Button>
      ))}
      {flow.error && !dialog ? (
        <div style={{ flexBasis: "100%" }}>
          <ErrorAlert error={flow.error} />
        </div>
      ) : null}
      {dialog ? <StepDialog proposal={proposal} step={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
