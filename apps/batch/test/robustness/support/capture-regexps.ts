// Records every RegExp the project's own code builds at run time (patterns kept as data in JSON,
// alternations built from word lists): the global RegExp is wrapped while the stages load and run,
// and each construction is located by the first stack frame, kept when it is in a package's src.

export interface CapturedRegExp {
  pattern: string;
  flags: string;
  /** `packages/ingest/src/compile-patterns.ts:12`, or null when built outside the project's src. */
  where: string | null;
}

const PROJECT_FRAME = /((?:packages|apps)\/[\w.-]+\/src\/[\w./-]+\.ts):(\d+)/;

function callSite(stack: string): string | null {
  const frames = stack.split('\n').slice(1);
  const caller = frames.find((f) => !f.includes('capture-regexps'));
  if (!caller || caller.includes('node_modules')) return null;
  const m = PROJECT_FRAME.exec(caller);
  return m ? `${m[1]}:${m[2]}` : null;
}

/** Wraps the global RegExp until `stop()`; returns what was built, deduplicated. */
export function captureRegExps(): { stop(): CapturedRegExp[] } {
  const Original = globalThis.RegExp;
  const seen = new Map<string, CapturedRegExp>();
  const note = (args: unknown[]) => {
    const [p, f] = args;
    const pattern = p instanceof Original ? p.source : p === undefined ? '(?:)' : String(p);
    const flags = f !== undefined ? String(f) : p instanceof Original ? p.flags : '';
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 6;
    const where = callSite(new Error().stack ?? '');
    Error.stackTraceLimit = limit;
    const key = `${where}\u0000${flags}\u0000${pattern}`;
    if (!seen.has(key)) seen.set(key, { pattern, flags, where });
  };
  const wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget): object {
      note(args);
      return Reflect.construct(target, args, newTarget === wrapped ? target : newTarget);
    },
    apply(target, thisArg, args): RegExp {
      note(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  globalThis.RegExp = wrapped;
  return {
    stop() {
      globalThis.RegExp = Original;
      return [...seen.values()];
    },
  };
}
