// Progress lines on stderr, at most a few per second.
import type { ProgressFn } from "../domain/types";

export function progressReporter(stderr: NodeJS.WritableStream, label: string): ProgressFn {
  let lastStage = "";
  let lastAt = 0;
  return ({ stage, done, total }) => {
    const now = Date.now();
    if (stage === lastStage && now - lastAt < 1000 && done < total) return;
    lastStage = stage;
    lastAt = now;
    const pct = total > 0 ? ` ${Math.round((100 * done) / total)}%` : "";
    stderr.write(`${label}: ${stage}${pct}\n`);
  };
}
