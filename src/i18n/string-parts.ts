/**
 * The strings only one view uses, fetched with that view's code (or its slide's) rather than on
 * every link's first screen. Each locale file stays whole in the source; the build serves each part
 * as a module of its own (`strings-plugin.ts`). A section not listed here is in the core, loaded
 * with the app: new sections start there. `tests/unit/string-parts.test.ts` checks that no code
 * outside a part's view uses its sections.
 */
export const STRING_PARTS = {
  timeline: ['controls', 'risk', 'timelineFold', 'gauge', 'eventSlide'],
  scenario: ['scenario', 'scenarioBounds'],
  network: ['network', 'chainSlide'],
  map: ['map', 'sankey', 'profileProxy'],
} as const;

export type StringPart = keyof typeof STRING_PARTS;

type Strings = Record<string, unknown>;

/** The sections of a locale file in one part, or in the core (every section no part lists). */
export function stringPart(strings: Strings, part: StringPart | 'core'): Strings {
  const inPart = (section: string) =>
    part === 'core'
      ? !Object.values(STRING_PARTS).some((sections) =>
          (sections as readonly string[]).includes(section),
        )
      : (STRING_PARTS[part] as readonly string[]).includes(section);
  return Object.fromEntries(Object.entries(strings).filter(([section]) => inPart(section)));
}
