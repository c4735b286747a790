/** Exit codes of the dossier CLI (documented in the README). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The one error the CLI maps to an exit code; everything else is a bug and exits 1 with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 'usage' | 'input' | 'output' | 'strict',
    readonly exitCode: number = code === 'usage' ? EXIT.usage : EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
