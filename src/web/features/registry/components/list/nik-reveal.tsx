// A masked NIK (6271********0003) with an eye button for roles allowed to see it in full. The button
// asks for a reason first; the reveal and its reason go to the audit log; the number stays on screen only.
import { ActionIcon, Group, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevealNik } from "../../hooks/use-registry";
import { RegistryIcon } from "../registry-icons";
import { RevealReasonModal } from "./reveal-reason-modal";

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
  const [asking, setAsking] = useState(false);
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
              reveal.reset();
              setAsking(true);
            }}
          >
            <RegistryIcon name={shown ? "eyeOff" : "eye"} size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      {canReveal ? (
        <RevealReasonModal
          opened={asking}
          pending={reveal.isPending}
          error={reveal.error}
          onClose={() => setAsking(false)}
          onConfirm={(reason) =>
            reveal.mutate(
              { personId, reason },
              {
                onSuccess: (identity) => {
                  setShown(identity.nik);
                  setAsking(false);
                },
              },
            )
          }
        />
      ) : null}
    </Group>
  );
}
