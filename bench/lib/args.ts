// The benchmarks' command line: `--name value` numbers and bare `--flag`s.
const argv = process.argv.slice(2);

/** The number after `--name`, or the fallback when the option is not given. */
export function numberArg(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

/** Whether the bare `--name` was given. */
export function flag(name: string): boolean {
  return argv.includes(`--${name}`);
}

/** The text after `--name`, or undefined when the option is not given. */
export function stringArg(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
