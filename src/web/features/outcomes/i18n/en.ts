// English texts of training follow-ups (mirrors id.ts).
import type { outcomesId } from "./id";

export const outcomesEn: typeof outcomesId = {
  title: "Training follow-ups",
  subtitle:
    "Participants who attended are checked 3 and 6 months after the training: size class and monthly turnover. A recorded size class updates the register.",
  states: { due: "Due", upcoming: "Upcoming", recorded: "Recorded", missed: "Missed" },
  checkpoint: "{{months}} months",
  due: "Due {{date}}",
  event: "Training {{date}}",
  none: "No follow-ups here.",
  record: "Record outcome",
  recordTitle: "{{months}}-month outcome: {{name}}",
  sizeClass: "Size class now",
  monthlyTurnover: "Turnover per month (Rp)",
  note: "Note",
  recorded: "{{size}} · turnover {{turnover}}/month · by {{by}}",
  saved: "Follow-up outcome saved; the register's size class was updated.",
};
