import { describe, expect, it } from "vitest";
import { followUpRefusal, followUpState } from "./follow-up";

describe("follow-up state", () => {
  const slot = (over: Partial<Parameters<typeof followUpState>[0]> = {}) => ({
    dueOn: "2020-12-02",
    recorded: false,
    laterRecorded: false,
    ...over,
  });

  it("is due from its day on (the day itself included), upcoming before", () => {
    expect(followUpState(slot(), "2020-12-01")).toBe("upcoming");
    expect(followUpState(slot(), "2020-12-02")).toBe("due");
    expect(followUpState(slot(), "2021-06-30")).toBe("due");
  });

  it("is recorded once, and missed when a later one was recorded first", () => {
    expect(followUpState(slot({ recorded: true }), "2021-01-01")).toBe("recorded");
    expect(followUpState(slot({ recorded: true, laterRecorded: true }), "2021-01-01")).toBe("recorded");
    expect(followUpState(slot({ laterRecorded: true }), "2021-06-30")).toBe("missed");
  });

  it("refuses what is not due, recorded or missed", () => {
    expect(followUpRefusal(slot(), "2020-12-02")).toBeNull();
    expect(followUpRefusal(slot(), "2020-12-01")).toBe("not_due");
    expect(followUpRefusal(slot({ recorded: true }), "2021-01-01")).toBe("recorded");
    expect(followUpRefusal(slot({ laterRecorded: true }), "2021-01-01")).toBe("missed");
  });
});
