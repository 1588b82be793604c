/**
 * Numbers, plurals, lists and dates in the reader's language (`Intl`). They live in core/words.ts
 * because the Worker writes invitations with them too; the web app takes them from here.
 */
export { locales, type Plural, type Words, wordsFor } from '../../../core/words';
