/**
 * training: training events (S4) — in person, online or hybrid, funded by DAK, APBD or other
 * sources — with a status history (postponed while waiting for the ministry, rescheduled, moved
 * online, held, reported, cancelled), participants picked from the register, attendance, and
 * certificates checked on a public page. Reports read the figures exported here.
 */
import type { ServerModule } from "../../platform/module";
import { seedPrakerjaDemo } from "./demo/seed-prakerja-demo";
import { seedTrainingDemo } from "./demo/seed-training-demo";
import { ENGAGEMENT_ERRORS } from "./engagement/errors";
import { trainingDeskRoutes, trainingPublicRoutes } from "./engagement/routes";
import { TRAINING_ERRORS } from "./errors";
import { OUTCOME_ERRORS } from "./outcomes/errors";
import { outcomeRoutes } from "./outcomes/routes";
import { TRAINING_PERMISSIONS } from "./permissions";
import { prakerjaRoutes } from "./prakerja/routes";
import { trainingRoutes } from "./routes";

export { issueCertificates, verifyCertificate } from "./certificates";
export { changeEventStatus } from "./change-status";
export type { CertificateCheck, Event, EventDetail } from "./contract";
export type { PrakerjaList, PrakerjaOwnerStatus } from "./contract-prakerja";
export {
  NAIK_KELAS_DEMO,
  NAIK_KELAS_TITLE,
  type NaikKelasDemoResult,
  seedNaikKelasDemo,
} from "./demo/seed-naik-kelas-demo";
export { PRAKERJA_DEMO, seedPrakerjaDemo } from "./demo/seed-prakerja-demo";
export { seedTrainingDemo, type TrainingDemoResult } from "./demo/seed-training-demo";
export { createEvent, getEvent, listEvents } from "./manage-events";
export { addParticipants, listCandidates } from "./manage-participants";
export { listFollowUps, recordOutcome } from "./outcomes/follow-ups";
export { readTrainingSupport, type TrainingSupport } from "./outcomes/read-support";
export { personDataOf, type TrainingPersonData } from "./person-data";
export { importPrakerjaList } from "./prakerja/import-list";
export { listPrakerjaLists, prakerjaForBusiness } from "./prakerja/read-lists";
export {
  countHeldTrainings,
  countHeldTrainingsByChild,
  countPostponedTrainings,
  countPostponedTrainingsByChild,
  countPrakerjaPassed,
  countPrakerjaPassedByChild,
  countPrakerjaRegistered,
  countPrakerjaRegisteredByChild,
} from "./read-counts";
export { recordAttendance } from "./record-attendance";
export { trainingRoutes };
/** The training module's manifest for the composition root (src/server/modules.ts). */
export const trainingModule: ServerModule = {
  name: "training",
  errors: { ...TRAINING_ERRORS, ...ENGAGEMENT_ERRORS, ...OUTCOME_ERRORS },
  permissions: TRAINING_PERMISSIONS,
  routes: ({ jobs }) => [
    trainingRoutes,
    prakerjaRoutes(jobs),
    trainingDeskRoutes,
    trainingPublicRoutes(),
    outcomeRoutes,
  ],
  demo: {
    seed: async (database, opts) => ({
      ...(await seedTrainingDemo(database)),
      prakerja: await seedPrakerjaDemo(database, opts),
    }),
  },
  authzSpecs: async () => [
    ...(await import("./testing/authz-specs")).trainingSpecs,
    ...(await import("./testing/authz-specs-engagement")).engagementSpecs,
    ...(await import("./testing/outcome-authz-specs")).outcomeSpecs,
  ],
};
