// Duplicate hint while a record is typed: as soon as the NIK, the phone, or a name with a birth
// date or village is there, the register is asked (debounced) for people who may be the same, and
// each candidate comes with the fields that agreed. Mount it under the owner block of an entry form,
// or on a synced record of the send queue (pass `excludeBusinessId` so the record itself is hidden).
import { Alert, Anchor, Group, Loader, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isIsoDate } from "../../../../shared/calendar";
import { hasNikShape } from "../../../../shared/nik";
import type { HintDraft } from "../../../lib/slots";
import { fetchHints } from "../api/linkage-api";
import type { HintBody, HintCandidate } from "../api/types";
import { formatDay, percent } from "../lib/format";

const text = (v: string | undefined) => (v ?? "").trim();

/** "12-05-1980" / "12/5/1980" / ISO → ISO; anything else (31-02-1980 too) is left out. */
export function isoDate(raw: string | undefined): string | undefined {
  const v = text(raw);
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(v);
  if (!m) return undefined;
  const [, d = "", mo = "", y = ""] = m;
  const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The request body, or null while the draft says too little to look for anyone. */
export function hintBody(d: HintDraft): HintBody | null {
  const nik = text(d.nik).replace(/[\s.-]/g, "");
  const phone = text(d.phone).replace(/\D/g, "");
  const name = text(d.name);
  const birthDate = isoDate(d.birthDate);
  const region = d.villageCode ?? d.regionCode ?? undefined;
  const enough =
    hasNikShape(nik) ||
    phone.length >= 9 ||
    (name.length >= 3 && (birthDate !== undefined || region !== undefined));
  if (!enough) return null;
  const body: HintBody = {};
  if (nik) body.nik = nik.slice(0, 40);
  if (text(d.noKk)) body.noKk = text(d.noKk).slice(0, 40);
  if (name) body.name = name.slice(0, 150);
  if (d.sex === "L" || d.sex === "P") body.sex = d.sex;
  if (birthDate) body.birthDate = birthDate;
  if (text(d.birthPlace)) body.birthPlace = text(d.birthPlace).slice(0, 100);
  if (phone) body.phone = text(d.phone).slice(0, 40);
  if (region) body.regionCode = region;
  if (text(d.street)) body.street = text(d.street).slice(0, 200);
  if (text(d.rt)) body.rt = text(d.rt).slice(0, 5);
  if (text(d.rw)) body.rw = text(d.rw).slice(0, 5);
  return body;
}

function Candidate({ c }: { c: HintCandidate }) {
  const { t, i18n } = useTranslation();
  const fields = c.reasons.map((r) => t(`linkage.fields.${r.field}`, { defaultValue: r.field })).join(", ");
  const first = c.businesses[0];
  return (
    <Stack gap={0} data-testid="hint-candidate" data-person-id={c.personId}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {c.name}
        </Text>
        <Text size="xs" c="dimmed">
          {[
            c.nikMasked,
            c.birthDate ? formatDay(c.birthDate, i18n.language) : null,
            c.villageCode ?? c.regionCode,
            percent(c.probability, i18n.language),
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        {first ? (
          <Anchor
            size="xs"
            renderRoot={(props) => (
              <Link
                to="/app/registri/$businessId"
                params={{ businessId: first.id }}
                target="_blank"
                {...props}
              />
            )}
          >
            {t("linkage.hint.open")}
          </Anchor>
        ) : null}
      </Group>
      {fields ? <Text size="xs">{t("linkage.hint.reasons", { fields })}</Text> : null}
      {c.businesses.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t("linkage.hint.businesses", { names: c.businesses.map((b) => b.name).join(", ") })}
        </Text>
      ) : null}
    </Stack>
  );
}

export function DuplicateHint({
  draft,
  excludeBusinessId,
  showNone = false,
}: {
  draft: HintDraft;
  excludeBusinessId?: string;
  showNone?: boolean;
}) {
  const { t } = useTranslation();
  const [body] = useDebouncedValue(hintBody(draft), 350);
  const hints = useQuery({
    queryKey: ["linkage", "hints", body],
    queryFn: ({ signal }) => fetchHints(body ?? {}, signal),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  if (body === null) return null;
  const candidates = (hints.data?.candidates ?? []).filter(
    (c) => !excludeBusinessId || !c.businesses.some((b) => b.id === excludeBusinessId),
  );
  if (candidates.length === 0) {
    if (hints.isFetching)
      return (
        <Group gap={6} aria-live="polite">
          <Loader size="xs" />
          <Text size="xs" c="dimmed">
            {t("linkage.hint.checking")}
          </Text>
        </Group>
      );
    return showNone && hints.data ? (
      <Text size="xs" c="dimmed" aria-live="polite">
        {t("linkage.hint.none")}
      </Text>
    ) : null;
  }
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("linkage.hint.title")}
      role="status"
      aria-live="polite"
      data-testid="duplicate-hint"
    >
      <Stack gap="xs">
        {candidates.map((c) => (
          <Candidate key={c.personId} c={c} />
        ))}
      </Stack>
    </Alert>
  );
}
