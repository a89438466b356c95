// The choice for dry-run rows already in the register: one for all (update by default) and, per
// row, an override; and per row for a row held back (its NIK under another name earlier in the
// file): skip by default, or the same person. Sent with the commit.
import { Alert, NativeSelect, Text } from "@mantine/core";
import type { DuplicateChoice } from "../api/import-api";
import { useImportTexts } from "../texts";

export function useChoiceOptions() {
  const tx = useImportTexts();
  return [
    { value: "update", label: tx.choiceUpdate },
    { value: "add_business", label: tx.choiceAdd },
    { value: "skip", label: tx.choiceSkip },
    { value: "review", label: tx.choiceReview },
  ];
}

export function RegisterChoiceAll({
  count,
  value,
  onChange,
}: {
  count: number;
  value: DuplicateChoice;
  onChange: (v: DuplicateChoice) => void;
}) {
  const tx = useImportTexts();
  const options = useChoiceOptions();
  if (count === 0) return null;
  return (
    <Alert color="yellow" variant="light" mt="sm" data-testid="register-rows">
      <Text size="sm" mb={4}>
        <b data-testid="register-count">{count}</b> {tx.inRegister}
      </Text>
      <NativeSelect
        data-testid="duplicate-choice-all"
        data={options}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as DuplicateChoice)}
        maw={360}
      />
    </Alert>
  );
}

export function RegisterChoiceRow({
  value,
  onChange,
}: {
  value: DuplicateChoice;
  onChange: (v: DuplicateChoice) => void;
}) {
  const options = useChoiceOptions();
  return (
    <NativeSelect
      size="xs"
      data-testid="duplicate-choice-row"
      data={options}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as DuplicateChoice)}
      maw={280}
      mt={4}
    />
  );
}

/** A held-back row: skipped unless the operator says it is the NIK's person (one NIK, one person). */
export function HeldChoiceRow({
  value,
  onChange,
}: {
  value: DuplicateChoice;
  onChange: (v: DuplicateChoice) => void;
}) {
  const tx = useImportTexts();
  return (
    <NativeSelect
      size="xs"
      data-testid="held-choice-row"
      data={[
        { value: "skip", label: tx.heldSkip },
        { value: "add_business", label: tx.heldJoin },
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as DuplicateChoice)}
      maw={360}
      mt={4}
    />
  );
}
