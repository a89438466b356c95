import { runCli } from "./cli/run-cli";

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
if (code !== undefined) process.exit(code);
