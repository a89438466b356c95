// A masked NIK (6271********0003) with an eye button for roles allowed to see it in full. Every
// press is a request the server writes to the audit log; the full number is kept only on screen.
import { ActionIcon, Group, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevealNik } from "../../hooks/use-registry";
import { RegistryIcon } from "../registry-icons";

export function NikReveal({
  masked,
  personId,
  canReveal,
}: {
  masked: string;
  personId: string;
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const reveal = useRevealNik();
  const [shown, setShown] = useState<string | null>(null);
  const label = shown ? t("registry.list.hideNik") : t("registry.list.revealNik");
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" ff="monospace" c={shown ? undefined : "dimmed"} data-testid="nik">
        {shown ?? masked}
      </Text>
      {canReveal ? (
        <Tooltip label={`${label}. ${t("registry.list.revealLogged")}`} withinPortal multiline maw={240}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="md"
            aria-label={label}
            loading={reveal.isPending}
            onClick={(event) => {
              event.stopPropagation();
              if (shown) return setShown(null);
              reveal.mutate(personId, { onSuccess: (identity) => setShown(identity.nik) });
            }}
          >
            <RegistryIcon name={shown ? "eyeOff" : "eye"} size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}
