/**
 * Phrases: what the core and the worker say, put into words by the page in the interface
 * language. Nested phrases, sizes and plural forms follow the table they are said in.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateGeoJson } from '../../../src/core/geojson/validate';
import { tooLargeMessage } from '../../../src/core/geojson/open-limit';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import {
  formatPhrase,
  inEnglish,
  isPhrase,
  phrase,
  PhrasedError,
} from '../../../src/core/i18n/phrase';
import { TABLES } from '../../../src/core/i18n/tables';

const [en, ru, ja] = [TABLES.en, TABLES.ru, TABLES.ja].map((table) => createTranslator(table));

const array = (count: number): string =>
  JSON.stringify(Array.from({ length: count }, () => ({ type: 'Feature' })));

/** The refusal of a JSON array of `count` features, said in `table`. */
function arrayRefusal(count: number, lang: 'en' | 'ru' | 'ja'): string {
  const [problem] = validateGeoJson(array(count)).problems;
  return problem ? formatProblem(problem, TABLES[lang]) : '';
}

describe('a phrase', () => {
  it('is plain data that survives structured cloning, as from a worker', () => {
    const said = phrase('open.failed', {
      name: 'a.json',
      reason: phrase('open.tooLargeSize', { size: { bytes: 60_400_000 }, limit: { bytes: 5e7 } }),
    });
    const copy: unknown = structuredClone(said);
    expect(isPhrase(copy)).toBe(true);
    expect(en!.phrase(copy as typeof said)).toBe(
      'Could not open a.json: it is 60.4 MB, more than 50 MB. The map is unchanged.',
    );
    expect(ru!.phrase(copy as typeof said)).toBe(
      'Не удалось открыть a.json: его размер — 60,4 МБ, больше 50 МБ. Карта не изменилась.',
    );
    expect(ja!.phrase(copy as typeof said)).toBe(
      'a.jsonを開けませんでした：サイズが60.4 MBで、50 MBを超えています。地図は変わっていません。',
    );
  });

  it('keeps its English in a thrown error, and its phrase for the page', () => {
    const error = new PhrasedError(phrase('load.timeout', { seconds: 2.5 }));
    expect(error.message).toBe('the server did not answer within 2.5 s');
    expect(ru!.phrase(error.phrase)).toBe('сервер не ответил за 2,5 с');
    expect(ja!.phrase(error.phrase)).toBe('サーバーが2.5秒以内に応答しませんでした');
  });

  it('says the open limit in each language with no English left in ru and ja', () => {
    const said = tooLargeMessage(100_000_000, undefined, 4);
    expect(inEnglish(said)).toMatch(/^it is more than 100 MB \(reading stopped there\), .*4 GB/);
    expect(formatPhrase(TABLES.ru, said)).toMatch(/^его размер больше 100 МБ .*4 ГБ памяти/);
    expect(formatPhrase(TABLES.ja, said)).toMatch(/^100 MBを超えています.*メモリ4 GB/);
    for (const lang of ['ru', 'ja'] as const) {
      expect(formatPhrase(TABLES[lang], said)).not.toMatch(/\b(it|the|more|than|memory)\b/);
    }
  });
});

describe('a structured problem', () => {
  it('takes Russian plural forms from the count: 1, 2, 5 and 21 features', () => {
    expect(arrayRefusal(1, 'ru')).toMatch(/Это JSON-массив из 1 объекта, а не GeoJSON/);
    expect(arrayRefusal(2, 'ru')).toMatch(/Это JSON-массив из 2 объектов,/);
    expect(arrayRefusal(5, 'ru')).toMatch(/Это JSON-массив из 5 объектов,/);
    expect(arrayRefusal(21, 'ru')).toMatch(/Это JSON-массив из 21 объекта,/);
    expect(arrayRefusal(1, 'en')).toMatch(/This is a JSON array of 1 feature, not GeoJSON/);
    expect(arrayRefusal(21, 'en')).toMatch(/This is a JSON array of 21 features, not GeoJSON/);
    expect(arrayRefusal(5, 'ja')).toMatch(/これは地物5件のJSON配列で/);
  });

  it('and the status line too: Opened NAME: 1, 2, 5, 21 features', () => {
    const opened = (count: number): string => ru!.t('open.opened', { name: 'a.json', count });
    expect([1, 2, 5, 21].map(opened)).toEqual([
      'Открыт файл a.json: 1 объект.',
      'Открыт файл a.json: 2 объекта.',
      'Открыт файл a.json: 5 объектов.',
      'Открыт файл a.json: 21 объект.',
    ]);
    expect(en!.t('open.opened', { name: 'a.json', count: 1 })).toBe('Opened a.json: 1 feature.');
    expect(ja!.t('open.opened', { name: 'a.json', count: 21 })).toBe(
      'a.jsonを開きました：地物21件。',
    );
  });

  it('nests: a feature, its problem, the line and a warning, in the order each language says them', () => {
    const text = [
      '{"type":"FeatureCollection","features":[',
      '{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[10,20]},"crs":{}}',
      ']}',
    ].join('\n');
    const [problem] = validateGeoJson(text).problems;
    expect(problem?.message).toMatch(/^Feature 1: the "crs" member is obsolete/);
    expect(problem && formatProblem(problem, TABLES.en)).toMatch(
      /^Warning: Line 2, column \d+: Feature 1: the "crs" member is obsolete/,
    );
    expect(problem && formatProblem(problem, TABLES.ru)).toMatch(
      /^Предупреждение: Строка 2, столбец \d+: Объект 1: поле "crs" устарело/,
    );
    expect(problem && formatProblem(problem, TABLES.ja)).toMatch(
      /^警告：2行\d+列目：地物1："crs" メンバーは廃止されています/,
    );
  });

  it('names a syntax error in the language of the page', () => {
    const [problem] = validateGeoJson('{"type": "FeatureCollection", "features": [1,]}').problems;
    expect(problem?.message).toBe(
      "This is not valid JSON: a comma before ']' has nothing after it (trailing comma)",
    );
    expect(problem && formatProblem(problem, TABLES.ru)).toMatch(
      /Это некорректный JSON: после запятой перед '\]' ничего нет/,
    );
  });
});
