import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { checkContent } from '../../lib/content/check';
import { type ContentError, formatError } from '../../lib/content/errors';
import type { LoadResult } from '../../lib/content/load';

export const validFixture = 'tests/fixtures/content/valid';

/** The day the content-error tests pretend it is, so that "after today" messages stay the same. */
export const fixtureToday = '2026-11-26';

/** The text of a file in the valid fixture, to edit into a broken one. */
export function fixtureText(file: string): string {
  return readFileSync(path.join(validFixture, file), 'utf8');
}

/**
 * Runs the full content check on a copy of the valid fixture with some files replaced (a string or
 * bytes) or removed (null), on the day fixtureToday, and returns what an editor would read: the formatted errors and
 * warnings, with the temporary folder shown as content/.
 */
export async function checkVariant(files: Record<string, string | Uint8Array | null>): Promise<{
  result: LoadResult;
  messages: string[];
  warnings: string[];
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  try {
    cpSync(validFixture, dir, { recursive: true });
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(dir, file);
      if (content === null) rmSync(target);
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    const result = await checkContent(dir, { today: fixtureToday });
    const shown = path.relative(process.cwd(), dir).split(path.sep).join('/');
    const formatted = (errors: readonly ContentError[]) =>
      errors.map((error) => formatError(error).replaceAll(shown, 'content'));
    const messages = result.ok ? [] : formatted(result.errors);
    const warnings = formatted(result.ok ? result.content.warnings : result.warnings);
    return { result, messages, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
