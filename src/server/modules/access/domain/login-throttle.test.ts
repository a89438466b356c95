import { describe, expect, it } from "vitest";
import { loginWaitSeconds } from "./login-throttle";

const now = new Date("2026-01-05T08:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const none = { pairFailures: 0, pairLastFailure: null, ipFailures: 0, ipLastFailure: null };

describe("login throttle", () => {
  it("lets a few typos through, then grows the delay per address and username", () => {
    expect(loginWaitSeconds({ ...none, pairFailures: 2, pairLastFailure: ago(0) }, now)).toBe(0);
    expect(loginWaitSeconds({ ...none, pairFailures: 3, pairLastFailure: ago(0) }, now)).toBe(1);
    expect(loginWaitSeconds({ ...none, pairFailures: 6, pairLastFailure: ago(0) }, now)).toBe(8);
    expect(loginWaitSeconds({ ...none, pairFailures: 6, pairLastFailure: ago(8) }, now)).toBe(0);
    expect(loginWaitSeconds({ ...none, pairFailures: 40, pairLastFailure: ago(0) }, now)).toBe(900);
  });

  it("slows one address trying many usernames", () => {
    expect(loginWaitSeconds({ ...none, ipFailures: 9, ipLastFailure: ago(0) }, now)).toBe(0);
    expect(loginWaitSeconds({ ...none, ipFailures: 10, ipLastFailure: ago(0) }, now)).toBe(1);
    expect(loginWaitSeconds({ ...none, ipFailures: 14, ipLastFailure: ago(3) }, now)).toBe(13);
  });
});
