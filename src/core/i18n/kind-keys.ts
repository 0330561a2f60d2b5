/**
 * The messages that name a kind of place (the data's `kind`: `city`, `island`,
 * `island-group`, `region`, `sea`, `country`): a noun for running text ("island"), a
 * count ("3 islands"), a title for headings and the key ("Island").
 */
import type { MessageKey } from './messages-en';

const KIND_STEMS = {
  city: 'city',
  island: 'island',
  'island-group': 'islandGroup',
  region: 'region',
  sea: 'sea',
  country: 'country',
} as const;

export type KnownKind = keyof typeof KIND_STEMS;

type Stem = (typeof KIND_STEMS)[KnownKind];

export interface KindKeys {
  noun: `kind.${Stem}` & MessageKey;
  count: `kindCount.${Stem}` & MessageKey;
  title: `kindTitle.${Stem}` & MessageKey;
}

/** The keys for `kind`, or undefined for a kind the tables do not know (show it as written). */
export function kindKeys(kind: string): KindKeys | undefined {
  if (!Object.hasOwn(KIND_STEMS, kind)) return undefined;
  const stem = KIND_STEMS[kind as KnownKind];
  return { noun: `kind.${stem}`, count: `kindCount.${stem}`, title: `kindTitle.${stem}` };
}
