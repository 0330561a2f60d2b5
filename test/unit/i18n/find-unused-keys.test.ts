import { describe, expect, it } from 'vitest';
import { findUnusedKeys } from '../support/find-unused-keys';

const table = {
  'popup.names': 'Names',
  'popup.claimedBy': 'Claimed by',
  'kindCount.city': { one: '{count} city', other: '{count} cities' },
  'kindCount.island': { one: '{count} island', other: '{count} islands' },
  'tour.next': 'Next ›',
};

describe('findUnusedKeys', () => {
  it('lists every key when no source names any', () => {
    expect(findUnusedKeys([], table)).toEqual(Object.keys(table));
    expect(findUnusedKeys(['const x = 1;'], table)).toEqual(Object.keys(table));
  });

  it('counts keys in single, double and back quotes, and in HTML attributes', () => {
    const sources = [
      "t('popup.names')",
      'el("caption", {}, t("tour.next"))',
      '<dt data-i18n="popup.claimedBy"></dt>',
      't(`kindCount.city`, { count })',
    ];
    expect(findUnusedKeys(sources, table)).toEqual(['kindCount.island']);
  });

  it('counts every key under a prefix that a template completes', () => {
    expect(findUnusedKeys(['t(`kindCount.${stem}`, { count })'], table)).toEqual([
      'popup.names',
      'popup.claimedBy',
      'tour.next',
    ]);
  });

  it('does not count a key that is only part of a longer string or an unquoted word', () => {
    const sources = ["t('popup.namesExtra')", 'popup.names is documented here', "'tour.nex'"];
    expect(findUnusedKeys(sources, table)).toEqual(Object.keys(table));
  });

  it('reads keys across several source texts', () => {
    const sources = ["t('popup.names')", "t('popup.claimedBy')", "t('tour.next')"];
    expect(findUnusedKeys(sources, table)).toEqual(['kindCount.city', 'kindCount.island']);
  });
});
