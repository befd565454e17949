import { afterEach, beforeEach, vi } from 'vitest';

// A test that prints is a test hiding something: fail it.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let printed: string[] = [];

beforeEach(() => {
  printed = [];
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      printed.push(`console.${m}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (printed.length > 0) {
    throw new Error(`Test printed to the console:\n${printed.join('\n')}`);
  }
});
