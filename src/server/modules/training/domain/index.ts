// The training module's pure core: vocabularies and the event's state machine.
export {
  canAddParticipants,
  canIssueCertificates,
  canRecordAttendance,
  countsAsHeld,
  countsAsPostponed,
  HELD_STATUSES,
  moveStatus,
  nextStatuses,
  POSTPONED_STATUSES,
  type StatusMove,
} from "./flow";
export {
  FOLLOW_UP_STATES,
  type FollowUpSlot,
  type FollowUpState,
  followUpRefusal,
  followUpState,
} from "./follow-up";
export {
  findPrakerjaColumns,
  type PrakerjaColumns,
  type PrakerjaStatus,
  readPrakerjaStatus,
  readYesNo,
} from "./prakerja-status";
export {
  EVENT_MODES,
  EVENT_STATUSES,
  type EventMode,
  type EventStatus,
  FUNDING_SOURCES,
  type FundingSource,
  TARGET_SIZE_CLASSES,
  type TargetSizeClass,
} from "./vocab";
