/**
 * The conformance checker (scripts/conformance.ts): its rules, on our own small fixtures in
 * geojsonhint's layout, and on geojsonhint's test data when it is beside the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, judge, runConformance } from '../../../scripts/conformance';
import { validateGeoJson } from '../../../src/core/geojson/validate';

const root = join(import.meta.dirname, '..', '..', '..');
const ours = join(root, 'test', 'fixtures', 'open', 'conformance');
const shared = join(root, '..', 'shared', 'conformance', 'geojsonhint');
const hasShared = existsSync(shared);

describe('judge', () => {
  const clean = '{"type":"Point","coordinates":[0,0]}';
  const bad = '{\n"type":"Point",\n"coordinates":[0,95]\n}';
  const check = (
    kind: 'good' | 'bad',
    text: string,
    expected: { message: string; line: number; level?: string }[],
  ) => judge(kind, text, expected, validateGeoJson(text));

  it('a good file must open without error', () => {
    expect(check('good', clean, []).pass).toBe(true);
    expect(check('good', bad, [])).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^should open without error/),
    });
  });

  it('a bad file must be refused or have errors, near the expected line', () => {
    expect(check('bad', bad, [{ message: 'out of range', line: 3 }]).pass).toBe(true);
    expect(check('bad', bad, [{ message: 'out of range', line: 4 }]).pass).toBe(true);
    expect(check('bad', bad, [{ message: 'out of range', line: 9 }])).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^no error reported near line 9/),
    });
    expect(check('bad', clean, [{ message: 'imagined', line: 1 }])).toMatchObject({
      pass: false,
      reason: 'should be refused or get errors, but opened cleanly',
    });
  });

  it('a problem inside the object that opens on the expected line matches it', () => {
    const text = '{\n"type": "Polygon",\n"coordinates": [\n[[0,0],[1,0],[1,1],[0,1]]\n]\n}';
    expect(check('bad', text, [{ message: 'unclosed', line: 1 }]).pass).toBe(true);
  });

  it('a file with only warnings must open, with warnings there', () => {
    const clockwise = '{"type":"Polygon",\n"coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}';
    expect(check('bad', clockwise, [{ message: 'winding', line: 2, level: 'message' }]).pass).toBe(
      true,
    );
    expect(check('bad', clean, [{ message: 'winding', line: 1, level: 'message' }])).toMatchObject({
      pass: false,
      reason: 'no warning reported near line 1 (got no warnings)',
    });
    expect(check('bad', clean, []).pass).toBe(true);
  });
});

describe('conformance on our own fixtures', () => {
  it('every file passes', () => {
    const { outcomes, failed } = runConformance(ours);
    expect(outcomes.filter((o) => !o.pass)).toEqual([]);
    expect(failed).toBe(0);
    expect(outcomes.map((o) => o.file)).toContain('bad/latitude-95.geojson');
  });
});

describe.skipIf(!hasShared)(
  "conformance on geojsonhint's test data (../shared/conformance/geojsonhint)",
  () => {
    it('every file passes, with the listed exceptions', () => {
      const { outcomes, failed } = runConformance(shared);
      expect(outcomes.filter((o) => !o.pass)).toEqual([]);
      expect(failed).toBe(0);
      expect(outcomes.length).toBeGreaterThanOrEqual(60);
    });

    it('every exception is still needed', () => {
      for (const file of Object.keys(EXCEPTIONS)) {
        const text = readFileSync(join(shared, file), 'utf8');
        const [kind] = file.split('/') as ['good' | 'bad'];
        const resultPath = join(shared, file.replace(/\.geojson$/, '.result'));
        const expected = existsSync(resultPath) ? JSON.parse(readFileSync(resultPath, 'utf8')) : [];
        expect(judge(kind, text, expected, validateGeoJson(text)).pass, file).toBe(false);
      }
    });
  },
);

if (!hasShared) {
  console.info(`conformance.test.ts: ${shared} not found; geojsonhint's data was skipped`);
}
