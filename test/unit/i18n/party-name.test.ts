import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import { partyName, partyUsage } from '../../../src/core/i18n/party-name';
import { TABLES } from '../../../src/core/i18n/tables';

const japan = { name: 'Japan', pov: 'JP', usage: 'Japanese usage' };
const rebels = { name: 'The Front', pov: 'XX-1' };

describe('partyName', () => {
  it("keeps the data's English name in English", () => {
    expect(partyName(createTranslator(TABLES.en), japan)).toBe('Japan');
  });

  it("names a state through its region code in the reader's language", () => {
    expect(partyName(createTranslator(TABLES.ru), japan)).toBe('Япония');
    expect(partyName(createTranslator(TABLES.ja), { name: 'Russia', pov: 'RU' })).toBe('ロシア');
  });

  it("falls back to the data's name without a region code", () => {
    expect(partyName(createTranslator(TABLES.ru), rebels)).toBe('The Front');
    expect(partyName(createTranslator(TABLES.ja), { name: 'X' })).toBe('X');
  });
});

describe('partyUsage', () => {
  it("uses the data's words in English, the table's elsewhere", () => {
    expect(partyUsage(createTranslator(TABLES.en), japan)).toBe('Japanese usage');
    expect(partyUsage(createTranslator(TABLES.en), { name: 'Japan' })).toBe('Japan usage');
    expect(partyUsage(createTranslator(TABLES.ru), japan)).toBe('Вариант: Япония');
    expect(partyUsage(createTranslator(TABLES.ja), japan)).toBe('日本の呼称');
  });
});
