// Public self-registration page of a training (/pelatihan/daftar/<event>): no login; NIK, or name and
// birth date, with the WhatsApp number and business name. The server matches the register.
import { Alert, Button, Card, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../../components/public-frame";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useSubmitOnce } from "../../../lib/submit-once";
import { publicPaths, type RegisterBody } from "./api";
import { EventFacts } from "./event-facts";
import { usePublicEvent, useRegister } from "./hooks";

function Form({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const register = useRegister(eventId);
  const [by, setBy] = useState<"nik" | "name">("nik");
  const [f, setF] = useState({ nik: "", name: "", birthDate: "", phone: "", businessName: "" });
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setF((v) => ({ ...v, [k]: value }));
  };
  // A double tap sends once: the second would be refused as "already registered" and hide the seat.
  const once = useSubmitOnce();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const who: Partial<RegisterBody> =
      by === "nik" ? { nik: f.nik.replace(/\D/g, "") } : { name: f.name, birthDate: f.birthDate };
    once((settled) =>
      register.mutate({ ...who, phone: f.phone, businessName: f.businessName }, { onSettled: settled }),
    );
  };
  const done = register.data;
  if (done)
    return (
      <Alert
        color={done.status === "seated" ? "green" : "yellow"}
        variant="light"
        data-testid="registration-result"
        title={t(`training.engagement.register.${done.status}`)}
      >
        <Stack gap="xs">
          <Text size="sm">{t(`training.engagement.register.${done.status}Text`)}</Text>
          {done.code ? (
            <>
              <Text ff="monospace" fw={700} size="lg" data-testid="seat-code">
                {done.code}
              </Text>
              <Button component={Link} to={publicPaths.seat(done.code)}>
                {t("training.engagement.register.openSeat")}
              </Button>
            </>
          ) : null}
        </Stack>
      </Alert>
    );
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SegmentedControl
          fullWidth
          value={by}
          onChange={(v) => setBy(v as "nik" | "name")}
          data={[
            { value: "nik", label: t("training.engagement.register.byNik") },
            { value: "name", label: t("training.engagement.register.byName") },
          ]}
        />
        {by === "nik" ? (
          <TextInput
            label={t("training.engagement.register.nik")}
            inputMode="numeric"
            required
            value={f.nik}
            onChange={set("nik")}
            maxLength={20}
          />
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t("training.engagement.register.byNameHint")}
            </Text>
            <TextInput
              label={t("training.engagement.register.name")}
              required
              value={f.name}
              onChange={set("name")}
            />
            <TextInput
              label={t("training.engagement.register.birthDate")}
              type="date"
              required
              value={f.birthDate}
              onChange={set("birthDate")}
            />
          </>
        )}
        <TextInput
          label={t("training.engagement.register.phone")}
          type="tel"
          inputMode="tel"
          required
          value={f.phone}
          onChange={set("phone")}
        />
        <TextInput
          label={t("training.engagement.register.businessName")}
          required
          value={f.businessName}
          onChange={set("businessName")}
        />
        <ErrorAlert error={register.error} />
        <Button type="submit" loading={register.isPending}>
          {t("training.engagement.register.submit")}
        </Button>
        <Text size="xs" c="dimmed">
          {t("training.engagement.register.privacy")}
        </Text>
      </Stack>
    </form>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams({ strict: false }) as { eventId?: string };
  const event = usePublicEvent(eventId);
  const e = event.data;
  return (
    <PublicFrame title={t("training.publicTitle")}>
      <Stack maw={560} mx="auto" gap="md">
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t("training.engagement.register.title")}
        </Text>
        <ErrorAlert error={event.error} />
        {event.isPending ? <Text c="dimmed">{t("app.loading")}</Text> : null}
        {e ? (
          <Card withBorder radius="md">
            <EventFacts event={e} />
            <Text size="sm" fw={600} mt="xs" data-testid="seats-left">
              {t("training.engagement.register.seatsLeft", { count: e.seatsLeft })}
            </Text>
          </Card>
        ) : null}
        {e && !e.open ? (
          <Alert color="gray" variant="light">
            {e.seatsLeft === 0
              ? t("training.engagement.register.full")
              : t("training.engagement.register.closed")}
          </Alert>
        ) : null}
        {e?.open ? (
          <Card withBorder radius="md">
            <Form eventId={e.id} />
          </Card>
        ) : null}
      </Stack>
    </PublicFrame>
  );
}
