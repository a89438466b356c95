// The owners' side of a training on its page (staff): the public self-registration link, the way to
// the WhatsApp invitations and the QR check-in, pending self-registrations to link or refuse, and the
// evaluation results once the training was held.
import { Anchor, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { EventDetail } from "../api/types";
import { publicPaths } from "./api";
import { EvaluationResults } from "./evaluation-results";
import { RegistrationsList } from "./registrations-list";

const OPEN = ["planned", "postponed", "rescheduled", "moved_online"];

export function DeskPanel({ event, canManage }: { event: EventDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${publicPaths.registration(event.id)}`;
  const held = event.status === "held" || event.status === "reported";
  return (
    <>
      {canManage ? (
        <Card withBorder radius="md" data-testid="desk-panel">
          <Stack gap="sm">
            {OPEN.includes(event.status) ? (
              <div>
                <Title order={3} size="h5">
                  {t("training.engagement.publicLink")}
                </Title>
                <Text size="xs" c="dimmed" mb={4}>
                  {t("training.engagement.publicLinkHint")}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <TextInput
                    value={url}
                    readOnly
                    style={{ flex: 1, minWidth: 0 }}
                    aria-label={t("training.engagement.publicLink")}
                    data-testid="public-link"
                  />
                  <CopyButton value={url}>
                    {({ copied, copy }) => (
                      <Button variant="light" onClick={copy} size="sm">
                        {copied ? t("training.engagement.copied") : t("training.engagement.copy")}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Anchor href={url} target="_blank" size="sm">
                  {t("training.engagement.openPage")}
                </Anchor>
              </div>
            ) : null}
            <Group gap="xs" wrap="wrap">
              <Button
                component={Link}
                to={`/app/pelatihan/${event.id}/undangan`}
                variant="light"
                color="green"
              >
                {t("training.engagement.invitations")}
              </Button>
              <Button component={Link} to={`/app/pelatihan/${event.id}/hadir`} variant="light">
                {t("training.engagement.checkIn")}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {canManage ? <RegistrationsList event={event} /> : null}
      {held ? <EvaluationResults eventId={event.id} /> : null}
    </>
  );
}
