import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModelFile } from '../../src/data/read-model-file';
import type { ModelProblem } from '../../src/domain/validate-model';

const BAD = 'tests/fixtures/bad-models';
const read = (folder: string, name: string, language: 'en' | 'ja' = 'en') =>
  readModelFile(new Uint8Array(readFileSync(join(folder, name))), language);

type Expected =
  Partial<Extract<ModelProblem, { kind: 'file' }>> | (Partial<ModelProblem> & { path: string });

/** Every bad file with the first problem it must get, by JSON path and kind. */
const EXPECTED: Record<string, Expected> = {
  'empty.json': { path: '$', kind: 'file', problem: 'emptyFile' },
  'whitespace-only.json': { path: '$', kind: 'file', problem: 'emptyFile' },
  'latin1-not-utf8.json': { path: '$', kind: 'file', problem: 'notUtf8' },
  'utf16-not-utf8.json': { path: '$', kind: 'file', problem: 'notUtf8' },
  'truncated.json': { path: '$', kind: 'file', problem: 'invalidJson' },
  'trailing-comma.json': { path: '$', kind: 'file', problem: 'invalidJson', line: 2, column: 22 },
  'single-quotes.json': { path: '$', kind: 'file', problem: 'invalidJson', line: 1, column: 2 },
  'nan-literal.json': { path: '$', kind: 'file', problem: 'invalidJson', line: 109, column: 16 },
  'infinity-literal.json': {
    path: '$',
    kind: 'file',
    problem: 'invalidJson',
    line: 109,
    column: 16,
  },
  'comment.json': {
    path: '$',
    kind: 'file',
    problem: 'invalidJson',
    line: 1,
    column: 1,
    value: 'InvalidCommentToken',
  },
  'array-root.json': { path: '$', kind: 'shape' },
  'string-root.json': { path: '$', kind: 'shape' },
  'null-root.json': { path: '$', kind: 'shape' },
  'schema-version-99.json': {
    path: 'schemaVersion',
    kind: 'file',
    problem: 'unsupportedSchemaVersion',
    value: '99',
  },
  'schema-version-string.json': {
    path: 'schemaVersion',
    kind: 'file',
    problem: 'unsupportedSchemaVersion',
    value: '"1"',
  },
  'schema-version-missing.json': { path: 'schemaVersion', kind: 'shape' },
  'missing-supply.json': { path: 'supply', kind: 'shape' },
  'missing-sources.json': { path: 'sources', kind: 'shape' },
  'supply-not-array.json': { path: 'supply', kind: 'shape' },
  'value-string.json': { path: 'supply[0].value', kind: 'shape' },
  'value-negative.json': { path: 'supply[0].value', kind: 'shape' },
  'value-overflow-infinite.json': { path: 'supply[0].value', kind: 'shape' },
  'year-fraction.json': { path: 'supply[0].year', kind: 'shape' },
  'stage-unknown.json': { path: 'supply[0].stage', kind: 'shape' },
  'status-unknown.json': { path: 'supply[0].status', kind: 'shape' },
  'country-code-lowercase.json': { path: 'supply[0].country', kind: 'shape', pattern: 'iso3' },
  'unknown-country.json': {
    path: 'supply[2].country',
    kind: 'rule',
    rule: 'unknownCountry',
    value: 'XXX',
  },
  'unknown-mineral.json': {
    path: 'worldTotals[0].mineral',
    kind: 'rule',
    rule: 'unknownMineral',
    value: 'unobtainium',
  },
  'unknown-source.json': {
    path: 'supply[1].source',
    kind: 'rule',
    rule: 'unknownSource',
    value: 'nowhere',
  },
  'unknown-group-member.json': {
    path: 'groups[0].members[3]',
    kind: 'rule',
    rule: 'unknownCountry',
    value: 'ZZZ',
  },
  'duplicate-source-id.json': {
    path: 'sources[1].id',
    kind: 'rule',
    rule: 'duplicateId',
    value: 'usgs-test',
  },
  'duplicate-country-id.json': {
    path: 'countries[1].id',
    kind: 'rule',
    rule: 'duplicateId',
    value: 'CHN',
  },
  'duplicate-supply-record.json': { path: 'supply[8]', kind: 'rule', rule: 'duplicateRecord' },
  'exceeds-world-total.json': {
    path: 'supply[0].value',
    kind: 'rule',
    rule: 'exceedsWorldTotal',
    value: '1500',
  },
  'unit-mismatch.json': {
    path: 'supply[0].unit',
    kind: 'rule',
    rule: 'unitDiffersFromWorldTotal',
    value: 't',
  },
  'null-value-reported.json': {
    path: 'supply[0].value',
    kind: 'rule',
    rule: 'valueMissingForStatus',
  },
  'value-with-withheld-status.json': {
    path: 'supply[3].value',
    kind: 'rule',
    rule: 'valueGivenForStatus',
    value: '12',
  },
  'proto-key.json': {
    path: 'supply[0].__proto__',
    kind: 'file',
    problem: 'forbiddenKey',
    value: '__proto__',
  },
  'constructor-key.json': {
    path: 'constructor',
    kind: 'file',
    problem: 'forbiddenKey',
    value: 'constructor',
  },
  'deep-nesting.json': { kind: 'file', problem: 'tooDeep', value: '32' },
  'javascript-url.json': { path: 'sources[0].url', kind: 'shape', pattern: 'webAddress' },
  'unknown-field.json': { path: 'supply[0]', kind: 'shape' },
  'event-date-not-iso.json': { path: 'events[0].date', kind: 'shape', pattern: 'isoDate' },
  'trade-same-country.json': {
    path: 'trade[0].importer',
    kind: 'rule',
    rule: 'sameExporterAndImporter',
    value: 'JPN',
  },
  'trade-unknown-code.json': {
    path: 'trade[0].code',
    kind: 'rule',
    rule: 'unknownTradeCode',
    value: '999999',
  },
  'missing-japanese-name.json': { path: 'countries[0].name.ja', kind: 'shape' },
  'group-membership-disagrees.json': {
    path: 'groups[0].members[1]',
    kind: 'rule',
    rule: 'groupMembershipMismatch',
  },
  'empty-sources.json': { path: 'sources', kind: 'shape' },
  'event-date-february-30.json': {
    path: 'events[0].date',
    kind: 'rule',
    rule: 'notACalendarDate',
    value: '2023-02-30',
  },
  'edition-date-impossible.json': {
    path: 'edition.date',
    kind: 'rule',
    rule: 'notACalendarDate',
    value: '0000-02-30',
  },
  'partnership-date-not-leap-year.json': {
    path: 'partnerships[0].date',
    kind: 'rule',
    rule: 'notACalendarDate',
    value: '2023-02-29',
  },
  'supply-status-capitalised.json': { path: 'supply[0].status', kind: 'shape' },
  'country-group-not-text.json': { path: 'countries[0].groups[0]', kind: 'shape' },
  'supply-row-not-object.json': { path: 'supply[0]', kind: 'shape' },
  'supply-row-null.json': { path: 'supply[3]', kind: 'shape' },
  'trade-row-extra-field.json': { path: 'trade[1]', kind: 'shape' },
  'edition-missing.json': { path: 'edition', kind: 'shape' },
  'minerals-empty.json': { path: 'minerals', kind: 'shape' },
  'countries-not-array.json': { path: 'countries', kind: 'shape' },
  'event-date-month-13.json': { path: 'events[0].date', kind: 'shape', pattern: 'isoDate' },
  'partnership-one-country.json': { path: 'partnerships[0].countries', kind: 'shape' },
  'trade-code-letters.json': { path: 'trade[0].code', kind: 'shape', pattern: 'hsCode' },
  'supply-year-1899.json': { path: 'supply[0].year', kind: 'shape' },
  'trade-value-infinite-string.json': { path: 'trade[2].value', kind: 'shape' },
};

describe('bad model files', () => {
  const files = readdirSync(BAD).sort();

  it('has an expected answer for every file, and a file for every answer', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s is refused with the problem and its path', (name) => {
    const result = read(BAD, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject(EXPECTED[name]!);
  });

  it('places the deep nesting at the path where it passes the limit', () => {
    const result = read(BAD, 'deep-nesting.json');
    expect(result.ok ? '' : result.problems[0]?.path).toMatch(/^deep(\[0\]){32}$/);
  });

  it('words shape problems in Japanese when asked', () => {
    const result = read(BAD, 'value-string.json', 'ja');
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.kind === 'shape' ? problem.message : '').toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('never lets a hostile key reach an object prototype', () => {
    read(BAD, 'proto-key.json');
    read(BAD, 'constructor-key.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('good model files', () => {
  it('accepts a UTF-8 byte order mark', () => {
    expect(read('tests/fixtures/good-models', 'bom.json').ok).toBe(true);
  });

  it('accepts markup in text as plain text (the UI renders it as text)', () => {
    const result = read('tests/fixtures/good-models', 'hostile-text.json');
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.model.minerals[0]?.name.en).toBe('<b onmouseover="alert(1)">Gallium</b>');
  });

  it('refuses a file over 100 MB without reading it', () => {
    const big = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(readModelFile(big)).toEqual({
      ok: false,
      problems: [{ path: '$', kind: 'file', problem: 'tooLarge', value: '100.0' }],
    });
  });
});
