import { describe, expect, it } from "vitest";
import { generatePassword, type NewUserDraft, validateNewUser } from "./validation";

const valid: NewUserDraft = {
  username: "pendamping.sabangau",
  displayName: "Sri Wahyuni",
  role: "pendamping",
  scope: "62.71.04",
  password: "rahasia-sekali-12",
};

describe("validateNewUser", () => {
  it.each<[string, Partial<NewUserDraft>, Record<string, string>]>([
    ["a valid draft", {}, {}],
    ["uppercase username", { username: "Pendamping" }, { username: "users.usernameInvalid" }],
    ["too short username", { username: "ab" }, { username: "users.usernameInvalid" }],
    ["username with space", { username: "sri wahyuni" }, { username: "users.usernameInvalid" }],
    ["blank name", { displayName: "  " }, { displayName: "users.displayNameRequired" }],
    ["no role", { role: null }, { role: "users.roleRequired" }],
    ["no scope", { scope: null }, { scope: "users.scopeRequired" }],
    ["short password", { password: "pendek" }, { password: "profile.passwordTooShort" }],
    ["business owner without business", { role: "pelaku_usaha" }, { businessId: "users.businessRequired" }],
    ["business owner bound to a business", { role: "pelaku_usaha", businessId: "b-1" }, {}],
  ])("%s", (_label, change, expected) => {
    expect(validateNewUser({ ...valid, ...change })).toEqual(expected);
  });
});

describe("generatePassword", () => {
  it("makes 16 characters that pass the 12-character rule", () => {
    const password = generatePassword();
    expect(password).toHaveLength(16);
    expect(validateNewUser({ ...valid, password })).toEqual({});
  });
  it("never uses look-alike characters and skips biased bytes", () => {
    const bytes = (n: number) => new Uint8Array(n).fill(255);
    let calls = 0;
    const mostlyBiased = (n: number) => (calls++ === 0 ? bytes(n) : new Uint8Array(n).fill(0));
    expect(generatePassword(mostlyBiased)).toBe("a".repeat(16));
    expect(generatePassword()).not.toMatch(/[0O1lI]/);
  });
});
