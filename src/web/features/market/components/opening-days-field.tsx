// The PLUT's opening hours, one row per weekday: open or not, and from when to when. Day names come
// from the shared weekday rule, so the konsultan reads them in the app's language. Times are typed as
// 24-hour "HH:MM" text: a time input would show AM/PM on some phones and hide it when narrow.
import { Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ISO_WEEKDAYS, type OpeningDay, weekdayName } from "../../../../shared/opening-hours";

const DEFAULT_DAY = { opens: "08:00", closes: "16:00" };

export function OpeningDaysField({
  value,
  onChange,
}: {
  value: OpeningDay[];
  onChange: (days: OpeningDay[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const set = (day: number, next: Omit<OpeningDay, "day"> | null) => {
    const rest = value.filter((d) => d.day !== day);
    onChange((next ? [...rest, { day, ...next }] : rest).sort((a, b) => a.day - b.day));
  };
  return (
    <Stack gap={6} data-testid="opening-days">
      <Text size="sm" fw={500}>
        {t("market.plut.openingHours")}
      </Text>
      {ISO_WEEKDAYS.map((day) => {
        const open = value.find((d) => d.day === day);
        const name = weekdayName(day, i18n.language);
        return (
          <Group key={day} gap="xs" wrap="nowrap">
            <Checkbox
              w={96}
              style={{ flexShrink: 0 }}
              label={name}
              checked={Boolean(open)}
              onChange={(e) => set(day, e.currentTarget.checked ? DEFAULT_DAY : null)}
            />
            {open ? (
              <>
                <TextInput
                  inputMode="numeric"
                  placeholder="08:00"
                  maxLength={5}
                  aria-label={t("market.plut.opens", { day: name })}
                  value={open.opens}
                  onChange={(e) => set(day, { ...open, opens: e.currentTarget.value })}
                  flex={1}
                  miw={0}
                />
                <Text size="sm">–</Text>
                <TextInput
                  inputMode="numeric"
                  placeholder="08:00"
                  maxLength={5}
                  aria-label={t("market.plut.closes", { day: name })}
                  value={open.closes}
                  onChange={(e) => set(day, { ...open, closes: e.currentTarget.value })}
                  flex={1}
                  miw={0}
                />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t("market.plut.closed")}
              </Text>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
