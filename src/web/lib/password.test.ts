import { describe, expect, it } from "vitest";
import { validateLogin, validateNewPassword } from "./password";

describe("validateLogin", () => {
  it.each([
    [
      { username: "", password: "" },
      { username: "auth.usernameRequired", password: "auth.passwordRequired" },
    ],
    [{ username: "   ", password: "x" }, { username: "auth.usernameRequired" }],
    [{ username: "admin.kalteng", password: "" }, { password: "auth.passwordRequired" }],
    [{ username: "admin.kalteng", password: "sinergi-demo-2020" }, {}],
  ])("%j → %j", (input, expected) => {
    expect(validateLogin(input)).toEqual(expected);
  });
});

describe("validateNewPassword", () => {
  it.each([
    ["", undefined, "profile.passwordTooShort"],
    ["elevenchars", undefined, "profile.passwordTooShort"],
    ["twelve-chars", undefined, null],
    ["twelve-chars", "twelve-charz", "profile.passwordMismatch"],
    ["twelve-chars", "twelve-chars", null],
  ])("%j / %j → %s", (password, confirmation, expected) => {
    expect(validateNewPassword(password, confirmation)).toBe(expected);
  });
});
