/** Building blocks of the version 1 texts: a text in both languages, and an option with its label. */
import type { Localized, Option } from '../types';

export const t = (nl: string, en: string): Localized => ({ nl, en });
export const option = (id: string, nl: string, en: string): Option => ({ id, label: t(nl, en) });
