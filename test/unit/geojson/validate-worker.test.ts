/**
 * The validation worker's message protocol, with a stand-in for the worker's global scope
 * (the module only uses `self.onmessage` and `self.postMessage`).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ValidateRequest, ValidateResponse } from '../../../src/workers/validate-worker';

const posted: ValidateResponse[] = [];
const scope: {
  onmessage: ((event: { data: ValidateRequest }) => void) | null;
  postMessage: (message: ValidateResponse) => void;
} = { onmessage: null, postMessage: (message) => posted.push(message) };

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../src/workers/validate-worker');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

function send(data: ValidateRequest): ValidateResponse[] {
  posted.length = 0;
  scope.onmessage?.({ data });
  return [...posted];
}

describe('validate-worker', () => {
  it('answers with progress, then the result, each carrying the request id', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}';
    const answers = send({ id: 'open-1', text });
    expect(answers.every((a) => a.id === 'open-1')).toBe(true);
    expect(answers.slice(0, -1).every((a) => a.type === 'progress')).toBe(true);
    expect(answers.length).toBeGreaterThan(2);
    const last = answers.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type === 'result')
      expect(last.result).toMatchObject({ ok: true, dropped: 0, format: 'geojson' });
  });

  it('passes the limits on', () => {
    const answers = send({ id: 2, text: '[[[[1]]]]', options: { maxDepth: 2 } });
    const last = answers.at(-1);
    expect(last?.type === 'result' && last.result.problems[0]?.message).toMatch(
      /nest more than 2 levels/,
    );
  });

  it('posts only what can be cloned (no functions)', () => {
    for (const answer of send({ id: 3, text: '{"type":"Point","coordinates":[0,0]}' })) {
      expect(() => structuredClone(answer)).not.toThrow();
    }
  });

  it('answers a malformed request rather than throwing', () => {
    const answers = send({ id: 4 } as ValidateRequest);
    const last = answers.at(-1);
    expect(last?.id).toBe(4);
    expect(last?.type === 'result' && last.result.ok).toBe(false);
  });
});
