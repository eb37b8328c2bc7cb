import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { STRING_PARTS, stringPart, type StringPart } from '../string-parts';

const SRC = resolve(__dirname, '../..');
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, 'utf8'),
}));
const parts = Object.keys(STRING_PARTS) as StringPart[];

/** The files that import a file, by their relative import specifiers. */
function importersOf(target: string): string[] {
  const stem = target.replace(/\.tsx?$/, '');
  return files
    .filter(({ path, text }) =>
      [...text.matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)].some(
        (match) => relative(SRC, resolve(SRC, dirname(path), match[1] ?? match[2]!)) === stem,
      ),
    )
    .map(({ path }) => path);
}

/** Whether code in `path` can only run as part of one view: in its folder, or used from there only. */
function onlyInView(path: string, view: StringPart, seen = new Set<string>()): boolean {
  if (path.startsWith(`features/${view}/`)) return true;
  if (seen.has(path)) return true;
  seen.add(path);
  const importers = importersOf(path);
  return importers.length > 0 && importers.every((importer) => onlyInView(importer, view, seen));
}

describe('the strings only one view uses', () => {
  it('split each locale file whole: every section in the core or in one part', () => {
    const sections = [stringPart(en, 'core'), ...parts.map((part) => stringPart(en, part))].flatMap(
      (strings) => Object.keys(strings),
    );
    expect(sections.sort()).toEqual(Object.keys(en).sort());
    for (const part of parts) {
      expect(Object.keys(stringPart(en, part)).sort()).toEqual([...STRING_PARTS[part]].sort());
    }
  });

  it.each(parts)('are used by the %s view alone, so no other screen draws a key', (part) => {
    for (const section of STRING_PARTS[part]) {
      const users = files.filter(({ text }) => new RegExp(`['"\`]${section}\\.`).test(text));
      expect(users.length, section).toBeGreaterThan(0);
      for (const { path } of users)
        expect(onlyInView(path, part), `${section} in ${path}`).toBe(true);
    }
  });

  it('catches a section used outside its view', () => {
    // The core's sections are used across views: the check above would refuse one in a part.
    expect(onlyInView('features/filters/filter-panel.tsx', 'timeline')).toBe(false);
    expect(onlyInView('components/control-status-lines.tsx', 'timeline')).toBe(true);
  });
});
