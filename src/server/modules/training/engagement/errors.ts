// Refusals of the owners' side of a training (self-registration, check-in, evaluation); merged into
// the module's error table by the manifest.
import { moduleErrors } from "../../../platform/errors";

export const ENGAGEMENT_ERRORS = {
  TRAINING_ALREADY_REGISTERED: {
    status: 409,
    id: "Anda sudah terdaftar pada pelatihan ini. Pendaftaran yang sama tidak bisa dikirim dua kali.",
    en: "You are already registered for this training. The same registration cannot be sent twice.",
  },
  TRAINING_REGISTRATION_CLOSED: {
    status: 409,
    id: "Pendaftaran pelatihan ini sudah ditutup.",
    en: "Registration for this training is closed.",
  },
  TRAINING_FULL: {
    status: 409,
    id: "Maaf, kuota peserta pelatihan ini sudah penuh.",
    en: "Sorry, this training's seats are all taken.",
  },
  TRAINING_REGISTRATION_DECIDED: {
    status: 409,
    id: "Pendaftaran ini sudah diputuskan.",
    en: "This registration has already been decided.",
  },
  TRAINING_UNKNOWN_CODE: {
    status: 404,
    id: "Kode peserta tidak dikenal pada pelatihan ini. Periksa kembali kodenya.",
    en: "This participant code is not known for this training. Please check the code.",
  },
  TRAINING_NOT_ONLINE: {
    status: 409,
    id: "Pelatihan ini tidak daring, atau belum/tidak sedang berlangsung.",
    en: "This training is not online, or is not on now.",
  },
  TRAINING_EVALUATION_CLOSED: {
    status: 409,
    id: "Evaluasi dibuka setelah pelatihan terlaksana, untuk peserta yang hadir.",
    en: "The evaluation opens after the training was held, for participants who attended.",
  },
  TRAINING_ALREADY_EVALUATED: {
    status: 409,
    id: "Evaluasi Anda sudah terkirim. Terima kasih.",
    en: "Your evaluation was already sent. Thank you.",
  },
} as const;

export const engagementError = moduleErrors(ENGAGEMENT_ERRORS);
