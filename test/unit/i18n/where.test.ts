/** WHERE.md, the map from keys to the places that show them, stays in step with the table. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/messages-en';

describe('WHERE.md', () => {
  it('lists every key of the table, and only those', () => {
    const where = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'docs', 'i18n-where.md'),
      'utf8',
    );
    const listed = [...where.matchAll(/^\|\s*`([\w.]+)`\s*\|/gm)].map((m) => m[1]!);
    expect(listed.sort()).toEqual(Object.keys(en).sort());
  });
});
