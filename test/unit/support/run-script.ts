/** Runs one of the project's scripts as a child process with tsx, as a person runs it. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..', '..');

export interface ScriptRun {
  code: number | string | null | undefined;
  stdout: string;
  stderr: string;
}

/** `scripts/<name>` with `args`, from the project's root; never rejects. */
export function runScript(name: string, args: readonly string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', name), ...args],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
