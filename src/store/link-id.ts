import { MAX_ID_LENGTH } from '../domain/id-length';

/**
 * Ids in a link. The contract lets an id be any text of 1–80 characters, so a link must carry commas,
 * colons, spaces, accents and capitals without losing them. The query string's own percent-encoding
 * carries every character but the link's separators (`,` between the items of a list, `:` between
 * the fields of a scenario) and lone UTF-16 surrogates. Those, the escape character `~` itself and
 * white space at either end of an id (a hand-typed list is trimmed) are written as `~XX`, the
 * character's code in hex, or `~uXXXX` for a surrogate. Ordinary ids read as they are:
 * `?m=gallium,germanium`, `?g=EU+27`.
 */

// With the u flag, a surrogate range matches only a surrogate that is not half of a pair.
const ESCAPED = /[,:~\uD800-\uDFFF]|^\s|\s$/gu;
const ESCAPE = /~(?:u([0-9A-F]{4})|([0-9A-F]{2}))/g;

const hex = (code: number, digits: number) => code.toString(16).toUpperCase().padStart(digits, '0');

export function encodeLinkId(id: string): string {
  return id.replace(ESCAPED, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100 ? `~${hex(code, 2)}` : `~u${hex(code, 4)}`;
  });
}

/** The id a link item stands for, or null when the item is no id (a broken escape, too long). */
export function decodeLinkId(text: string): string | null {
  if (text.replace(ESCAPE, '').includes('~')) return null;
  const id = text.replace(ESCAPE, (_, wide?: string, narrow?: string) =>
    String.fromCharCode(parseInt(wide ?? narrow!, 16)),
  );
  return id.length >= 1 && id.length <= MAX_ID_LENGTH ? id : null;
}
