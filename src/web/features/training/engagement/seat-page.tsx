// The participant's own page (/pelatihan/peserta/<code>, no login): the event, the personal code and
// its QR for the venue, the online join (which records attendance), and the evaluation once held.
import { Alert, Button, Card, Center, Image, Stack, Text, Textarea } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../../components/public-frame";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { publicPaths, type Seat } from "./api";
import { EventFacts } from "./event-facts";
import { useEvaluate, useJoin, useSeat } from "./hooks";
import { RatingInput } from "./rating-input";

const FIELDS = ["content", "trainer", "usefulness"] as const;

function EvaluationForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const evaluate = useEvaluate(code);
  const [r, setR] = useState<Record<(typeof FIELDS)[number], number | null>>({
    content: null,
    trainer: null,
    usefulness: null,
  });
  const [comment, setComment] = useState("");
  const ready = FIELDS.every((f) => r[f] !== null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    evaluate.mutate({
      content: r.content ?? 0,
      trainer: r.trainer ?? 0,
      usefulness: r.usefulness ?? 0,
      comment,
    });
  };
  return (
    <Card withBorder radius="md" component="form" onSubmit={submit} data-testid="evaluation-form">
      <Stack gap="sm">
        <Text fw={600}>{t("training.engagement.seat.evaluation")}</Text>
        <Text size="sm" c="dimmed">
          {t("training.engagement.seat.evaluationHint")}
        </Text>
        {FIELDS.map((f) => (
          <RatingInput
            key={f}
            label={t(`training.engagement.seat.${f}`)}
            value={r[f]}
            onChange={(v) => setR((x) => ({ ...x, [f]: v }))}
          />
        ))}
        <Textarea
          label={t("training.engagement.seat.comment")}
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <ErrorAlert error={evaluate.error} />
        <Button type="submit" disabled={!ready} loading={evaluate.isPending}>
          {t("training.engagement.seat.send")}
        </Button>
      </Stack>
    </Card>
  );
}

function Join({ code }: { code: string }) {
  const { t } = useTranslation();
  const join = useJoin(code);
  return (
    <>
      <Button
        color="green"
        loading={join.isPending}
        onClick={() =>
          join.mutate(undefined, { onSuccess: (r) => window.open(r.onlineLink, "_blank", "noopener") })
        }
      >
        {t("training.engagement.seat.join")}
      </Button>
      {join.data ? (
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          <a href={join.data.onlineLink} target="_blank" rel="noopener noreferrer">
            {join.data.onlineLink}
          </a>
        </Text>
      ) : null}
      <ErrorAlert error={join.error} />
    </>
  );
}

function SeatBody({ seat }: { seat: Seat }) {
  const { t } = useTranslation();
  const showQr = !seat.attended && seat.event.mode !== "online";
  return (
    <Stack gap="md">
      <Card withBorder radius="md">
        <EventFacts event={seat.event} />
        <Text size="sm" mt="xs">
          {seat.businessName}
        </Text>
      </Card>
      <Card withBorder radius="md">
        <Stack gap="xs" align="center">
          <Text size="xs" c="dimmed">
            {t("training.engagement.seat.code")}
          </Text>
          <Text ff="monospace" fw={700} size="xl" data-testid="seat-code">
            {seat.code}
          </Text>
          {showQr ? (
            <>
              <Center>
                <Image src={publicPaths.qr(seat.code)} alt={seat.code} w={220} h={220} />
              </Center>
              <Text size="sm" ta="center">
                {t("training.engagement.seat.showQr")}
              </Text>
            </>
          ) : null}
          {seat.attended ? (
            <Alert color="green" variant="light" w="100%" data-testid="seat-present">
              {t("training.engagement.seat.present")}
            </Alert>
          ) : null}
          {seat.canJoin ? <Join code={seat.code} /> : null}
        </Stack>
      </Card>
      {seat.canEvaluate ? <EvaluationForm code={seat.code} /> : null}
      {seat.evaluated ? (
        <Alert color="teal" variant="light" data-testid="evaluation-thanks">
          {t("training.engagement.seat.thanks")}
        </Alert>
      ) : null}
    </Stack>
  );
}

export function SeatPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams({ strict: false }) as { code?: string };
  const seat = useSeat(code);
  return (
    <PublicFrame title={t("training.publicTitle")}>
      <Stack maw={560} mx="auto" gap="md">
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t("training.engagement.seat.title")}
        </Text>
        <ErrorAlert error={seat.error} />
        {seat.isPending ? <Text c="dimmed">{t("app.loading")}</Text> : null}
        {seat.data ? <SeatBody seat={seat.data} /> : null}
      </Stack>
    </PublicFrame>
  );
}
