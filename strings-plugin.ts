import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { STRING_PARTS, stringPart, type StringPart } from './src/i18n/string-parts.ts';

const PART_ID = /[\\/]src[\\/]i18n[\\/]locales[\\/](?:en|ja)\.json\?strings=(\w+)$/;

/**
 * Serves `locales/<language>.json?strings=<part>` as the sections of that part only (see
 * src/i18n/string-parts.ts), so that each part is a module, and a chunk, of its own.
 */
export function splitStrings(): Plugin {
  return {
    name: 'lodestone-split-strings',
    enforce: 'pre',
    async load(id) {
      const part = PART_ID.exec(id)?.[1];
      if (part === undefined) return null;
      if (part !== 'core' && !(part in STRING_PARTS)) throw new Error(`No string part "${part}"`);
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const strings = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(stringPart(strings, part as StringPart | 'core'))};`;
    },
  };
}
