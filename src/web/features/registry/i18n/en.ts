// English strings of the registry feature, typed against the Indonesian source.
import { correctionsEn } from "./corrections-en";
import { entryEn } from "./entry-en";
import type { registryId } from "./id";
import { pagesEn } from "./pages-en";
import { personDataEn, revealEn } from "./pdp-en";
import { queueEn } from "./queue-en";
import { vocabEn } from "./vocab-en";

export const registryEn: typeof registryId = {
  ...vocabEn,
  ...entryEn,
  ...queueEn,
  reveal: revealEn,
  personData: personDataEn,
  ...pagesEn,
  board: {
    title: "Business problems",
    subtitle: "Problems reported from the field: follow them up until resolved.",
    type: "Kind",
    region: "Region",
    allTypes: "All kinds",
    report: "Report a problem",
    reportTitle: "Report a problem",
    businessLabel: "Business",
    businessSearch: "Type a business or owner name",
    description: "Description",
    reported: "Problem reported.",
    empty: "No problems.",
    reportedBy: "Reported by {{name}} · {{when}}",
    assignee: "Assigned to {{name}}",
    unassigned: "Not assigned",
    followUps_one: "1 follow-up",
    followUps_other: "{{count}} follow-ups",
    open: "Open",
    detailTitle: "Problem of {{business}}",
    assign: "Assign",
    assigneeName: "Person responsible",
    assigned: "Assignment recorded.",
    followUp: "Record a follow-up",
    note: "Note",
    noteRequired: "A note is required",
    followedUp: "Follow-up recorded.",
    start: "Start work",
    resolve: "Mark resolved",
    reopen: "Reopen",
    resolvedToast: "Problem marked resolved.",
    statusChanged: "Status updated.",
    timeline: "Follow-ups",
    readOnly: "You can view problems but not change them.",
    moveTo: "Move to {{status}}",
    statusNote: "Note (optional)",
    more_one: "and {{count}} more",
    more_other: "and {{count}} more",
  },
  edit: correctionsEn,
};
