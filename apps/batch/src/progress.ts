/** A progress line on a terminal; nothing when output is not a terminal or CI is set. */
export interface Progress {
  update(done: number, bytes: number): void;
  end(): void;
}

export function createProgress(totalDocs: number, totalBytes: number, enabled: boolean): Progress {
  const stream = process.stderr;
  if (!enabled || !stream.isTTY) return { update() {}, end() {} };
  const started = performance.now();
  let last = 0;
  return {
    update(done, bytes) {
      const now = performance.now();
      if (now - last < 100 && done < totalDocs) return;
      last = now;
      const seconds = (now - started) / 1000;
      const mbps = seconds > 0 ? bytes / 1e6 / seconds : 0;
      const eta = mbps > 0 ? (totalBytes - bytes) / 1e6 / mbps : 0;
      stream.write(
        `\r\x1b[K${done}/${totalDocs} documents, ${mbps.toFixed(2)} MB/s, ETA ${eta.toFixed(0)} s`,
      );
    },
    end() {
      stream.write('\r\x1b[K');
    },
  };
}
