// The few facts an owner needs about a training (public pages): title, date, how and where.
import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicEvent } from "./api";
import { longDate } from "./format";

type Facts = Pick<PublicEvent, "title" | "topic" | "mode" | "venue" | "startsOn" | "endsOn" | "regionName">;

export function EventFacts({ event }: { event: Facts }) {
  const { t, i18n } = useTranslation();
  const dates = [event.startsOn, event.endsOn]
    .filter((d): d is string => !!d && d !== "")
    .map((d) => longDate(d, i18n.language));
  return (
    <Stack gap={4}>
      <Title order={1} size="h3">
        {event.title}
      </Title>
      <Text c="dimmed">{event.topic}</Text>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light">{t(`training.modes.${event.mode}`)}</Badge>
        <Text size="sm">{[...new Set(dates)].join(" – ")}</Text>
      </Group>
      {event.venue && event.mode !== "online" ? (
        <Text size="sm">
          {t("training.venue")}: {event.venue}
        </Text>
      ) : null}
      {event.regionName ? (
        <Text size="xs" c="dimmed">
          {event.regionName}
        </Text>
      ) : null}
    </Stack>
  );
}
