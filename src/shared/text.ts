// User text as the API accepts it: PostgreSQL text and jsonb refuse NUL, and other control
// characters are invisible junk in names and addresses. Tab, line feed and carriage return stay
// (multi-line notes; API clients on Windows send CRLF).

/** True when the text holds a control character other than tab, line feed or carriage return. */
export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}
