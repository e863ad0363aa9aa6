import type { Bilingual } from '@ihaigui/shared';

/**
 * A feature's server messages (`<feature>.messages.ts`): each key gives the Chinese and English text, directly or from
 * the names and values the message mentions. Services take their texts from the catalogue and write none inline.
 */
export type MessageCatalogue = Record<string, Bilingual | ((...args: never[]) => Bilingual)>;
