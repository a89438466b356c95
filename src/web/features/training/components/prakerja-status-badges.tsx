// The three Prakerja statuses of a row as badges: registered, passed, incentive received.
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PrakerjaBadges({ s }: { s: { registered: boolean; passed: boolean; incentive: boolean } }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge size="sm" variant="light" color={s.registered ? "blue" : "gray"}>
        {s.registered ? t("training.prakerja.registered") : t("training.prakerja.notRegistered")}
      </Badge>
      <Badge size="sm" variant="light" color={s.passed ? "green" : "gray"}>
        {s.passed ? t("training.prakerja.passed") : t("training.prakerja.notPassed")}
      </Badge>
      {s.incentive ? (
        <Badge size="sm" variant="light" color="teal">
          {t("training.prakerja.incentive")}
        </Badge>
      ) : null}
    </Group>
  );
}
