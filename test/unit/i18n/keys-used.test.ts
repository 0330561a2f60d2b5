/**
 * No table has keys the code does not use: every key of the English table (and so of
 * every table, tables.test.ts) is named by the shell's sources or index.html, except the
 * few listed below whose feature or whose code is not on this branch yet, each with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/messages-en';
import { findUnusedKeys } from '../support/find-unused-keys';

const root = join(import.meta.dirname, '..', '..', '..');

// The message tables name every key themselves: they are not "code that uses" one.
const TABLES = /messages-(en|ru|ja)\.ts$/;

function shellSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !TABLES.test(entry.name)) files.push(path);
    }
  };
  walk(join(root, 'src'));
  return [
    ...files.map((f) => readFileSync(f, 'utf8')),
    readFileSync(join(root, 'index.html'), 'utf8'),
  ];
}

/** Keys whose use is waiting for other work; each must leave this list when it is used. */
const WAITING: Record<string, string> = {};

describe('the keys of the tables', () => {
  const unused = findUnusedKeys(shellSources(), en);

  it('are all used by the shell, but for the listed few still waiting', () => {
    expect(unused.filter((key) => !(key in WAITING))).toEqual([]);
  });

  it('lists as waiting only keys still unused (a key leaves the list once it is used)', () => {
    expect(Object.keys(WAITING).filter((key) => !unused.includes(key))).toEqual([]);
  });

  it('lists as waiting only keys of the table', () => {
    expect(Object.keys(WAITING).filter((key) => !(key in en))).toEqual([]);
  });

  it('counts a key named in index.html or built from a prefix', () => {
    // A check of the check: the page's static words and the kinds are found as used.
    expect(unused).not.toContain('places.heading');
    expect(unused).not.toContain('kindCount.island');
  });
});
