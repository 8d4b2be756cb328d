import type { ErrorEntry } from './entry.js';

/** An entry's text in one language, and which language it is in. */
export interface EntryText {
  readonly text: string;
  readonly language: string;
}

/**
 * An entry's text in the requested language: the translation for the exact
 * tag (`pl-PL`, compared without regard to case), else for its primary
 * language (`pl`), else the documented text in the provider's language (also
 * when no language is asked for). The documented text is what the provider
 * sends; translations are the catalog's, for people.
 */
export function entryText(entry: Pick<ErrorEntry, 'text' | 'language' | 'translations'>, options: { readonly language?: string | undefined } = {}): EntryText {
  const wanted = typeof options.language === 'string' ? options.language.trim().toLowerCase() : '';
  if (wanted !== '' && wanted !== entry.language.toLowerCase()) {
    const translations = Object.entries(entry.translations ?? {});
    const primary = wanted.split('-')[0] ?? wanted;
    const found =
      translations.find(([language]) => language.toLowerCase() === wanted) ??
      (primary === entry.language.toLowerCase() ? undefined : translations.find(([language]) => language.toLowerCase() === primary));
    if (found) return { text: found[1], language: found[0] };
  }
  return { text: entry.text, language: entry.language };
}
