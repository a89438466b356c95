/**
 * training: training events (S4) — in person, online or hybrid, funded by DAK, APBD or other
 * sources — with a status history (postponed while waiting for the ministry, rescheduled, moved
 * online, held, reported, cancelled), participants picked from the register, attendance, and
 * certificates checked on a public page. Reports read the figures exported here.
 */
import type { ServerModule } from "../../platform/module";
import { seedTrainingDemo } from "./demo/seed-training-demo";
import { TRAINING_ERRORS } from "./errors";
import { TRAINING_PERMISSIONS } from "./permissions";
import { trainingRoutes } from "./routes";

export { issueCertificates, verifyCertificate } from "./certificates";
export { changeEventStatus } from "./change-status";
export type { CertificateCheck, Event, EventDetail } from "./contract";
export { seedTrainingDemo, type TrainingDemoResult } from "./demo/seed-training-demo";
export { createEvent, getEvent, listEvents } from "./manage-events";
export { addParticipants, listCandidates } from "./manage-participants";
export { countHeldTrainings, countPostponedTrainings } from "./read-counts";
export { recordAttendance } from "./record-attendance";
export { trainingRoutes };

/** The training module's manifest for the composition root (src/server/modules.ts). */
export const trainingModule: ServerModule = {
  name: "training",
  errors: TRAINING_ERRORS,
  permissions: TRAINING_PERMISSIONS,
  routes: () => [trainingRoutes],
  demo: { seed: (database) => seedTrainingDemo(database) },
  authzSpecs: async () => (await import("./testing/authz-specs")).trainingSpecs,
};
