// Refusals of training follow-ups (merged into the module's error table in index.ts).
import { moduleErrors } from "../../../platform/errors";

export const OUTCOME_ERRORS = {
  TRAINING_OUTCOME_NOT_ELIGIBLE: {
    status: 409,
    id: "Tindak lanjut hanya untuk peserta yang hadir pada pelatihan yang sudah terlaksana.",
    en: "Follow-ups are only for participants who attended a training that was held.",
  },
  TRAINING_OUTCOME_NOT_DUE: {
    status: 409,
    id: "Tindak lanjut ini belum jatuh tempo.",
    en: "This follow-up is not due yet.",
  },
  TRAINING_OUTCOME_RECORDED: {
    status: 409,
    id: "Hasil tindak lanjut ini sudah dicatat.",
    en: "This follow-up's outcome has already been recorded.",
  },
} as const;

export const outcomeError = moduleErrors(OUTCOME_ERRORS);
