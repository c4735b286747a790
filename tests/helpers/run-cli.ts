import { runMain } from '@dossier/app';

/** Runs the dossier CLI in-process and returns its exit code and output. */
export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runMain(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}
