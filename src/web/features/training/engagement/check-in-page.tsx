// Check-in at the venue on the operator's phone: scan the participant's QR (camera where supported)
// or type the code. Each code counts once; a second scan says "already present".
import { Alert, Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useEvent } from "../hooks/use-training";
import { useCheckIn } from "./hooks";
import { QrScanner } from "./qr-scanner";

export function CheckInPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams({ strict: false }) as { eventId?: string };
  const event = useEvent(eventId);
  const checkIn = useCheckIn(eventId);
  const [code, setCode] = useState("");
  const { mutate } = checkIn;
  const onScan = useCallback((raw: string) => mutate({ code: raw, method: "scan" }), [mutate]);
  const r = checkIn.data;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return;
    checkIn.mutate({ code, method: "typed" }, { onSuccess: () => setCode("") });
  };
  return (
    <>
      <PageHeader
        title={t("training.engagement.checkInPage.title")}
        subtitle={event.data?.title ?? t("training.engagement.checkInPage.subtitle")}
      />
      <Stack gap="md" maw={480}>
        <Card withBorder radius="md">
          <Stack gap="sm">
            <QrScanner onCode={onScan} />
            <form onSubmit={submit}>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t("training.engagement.checkInPage.code")}
                  placeholder="PST-XXXXXXXXX"
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  autoCapitalize="characters"
                  autoComplete="off"
                  style={{ flex: 1 }}
                  data-testid="check-in-code"
                />
                <Button type="submit" loading={checkIn.isPending}>
                  {t("training.engagement.checkInPage.submit")}
                </Button>
              </Group>
            </form>
          </Stack>
        </Card>
        <ErrorAlert error={checkIn.error} />
        {r ? (
          <Alert
            color={r.result === "checked_in" ? "green" : "yellow"}
            variant="filled"
            data-testid="check-in-result"
            title={t(
              `training.engagement.checkInPage.${r.result === "checked_in" ? "checkedIn" : "already"}`,
              { name: r.ownerName },
            )}
          >
            {r.businessName}
          </Alert>
        ) : null}
        {event.data ? (
          <Text size="sm" data-testid="check-in-count">
            {t("training.engagement.checkInPage.count", {
              attended: r?.attended ?? event.data.attended,
              total: event.data.participants,
            })}
          </Text>
        ) : null}
      </Stack>
    </>
  );
}
