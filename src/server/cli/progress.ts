/** A progress bar on stderr for a TTY, or a line per 10 % step otherwise. */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }) {
  let lastStep = -1;
  return {
    update(percent: number, message = ""): void {
      const p = Math.max(0, Math.min(100, Math.round(percent)));
      if (stream.isTTY) {
        const filled = Math.round(p / 4);
        stream.write(
          `\r[${"#".repeat(filled)}${"-".repeat(25 - filled)}] ${String(p).padStart(3)}% ${message.slice(0, 50).padEnd(50)}`,
        );
        return;
      }
      const step = Math.floor(p / 10);
      if (step !== lastStep) {
        lastStep = step;
        stream.write(`${p}% ${message}\n`);
      }
    },
    done(message = ""): void {
      if (stream.isTTY) stream.write(`\r[${"#".repeat(25)}] 100% ${message.padEnd(50)}\n`);
      else stream.write(`100% ${message}\n`);
    },
  };
}
