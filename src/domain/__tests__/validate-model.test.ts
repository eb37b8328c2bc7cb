import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { Model } from '../model-schema';
import { isCalendarDate } from '../model-rules';
import { formatJsonPath, validateModel, type ModelProblem } from '../validate-model';

function problemsOf(model: unknown): ModelProblem[] {
  const result = validateModel(model);
  return result.ok ? [] : result.problems;
}

function broken(change: (model: Model) => void): ModelProblem[] {
  const model = smallModel();
  change(model);
  return problemsOf(model);
}

describe('validateModel', () => {
  it('accepts a valid model', () => {
    expect(validateModel(smallModel())).toEqual({ ok: true, model: smallModel() });
  });

  it('names an unknown country with its path', () => {
    expect(broken((m) => (m.supply[2]!.country = 'XXX'))).toEqual([
      { path: 'supply[2].country', kind: 'rule', rule: 'unknownCountry', value: 'XXX' },
    ]);
  });

  it.each([
    [
      'unknownSource',
      (m: Model): void => void (m.supply[0]!.source = 'nowhere'),
      'supply[0].source',
    ],
    [
      'unknownMineral',
      (m: Model): void => void (m.worldTotals[0]!.mineral = 'unobtainium'),
      'worldTotals[0].mineral',
    ],
    [
      'unknownGroup',
      (m: Model): void => void m.countries[0]!.groups.push('NOPE'),
      'countries[0].groups[0]',
    ],
    ['duplicateId', (m: Model): void => void (m.sources[1]!.id = 'usgs-test'), 'sources[1].id'],
    ['duplicateId', (m: Model): void => void (m.countries[1]!.id = 'CHN'), 'countries[1].id'],
    ['duplicateRecord', (m: Model): void => void m.supply.push({ ...m.supply[0]! }), 'supply[8]'],
    [
      'unknownCountry',
      (m: Model): void => void (m.trade[0]!.importer = 'ZZZ'),
      'trade[0].importer',
    ],
    [
      'unknownCountry',
      (m: Model): void => void (m.events[0]!.countries[0] = 'ZZZ'),
      'events[0].countries[0]',
    ],
    [
      'unknownMineral',
      (m: Model): void => void m.partnerships[0]!.minerals.push('x'),
      'partnerships[0].minerals[1]',
    ],
    ['unknownSource', (m: Model): void => void (m.events[0]!.source = 'gone'), 'events[0].source'],
    [
      'unknownCountry',
      (m: Model): void =>
        void (m.mineralFacts = [
          {
            mineral: 'gallium',
            kind: 'import-source',
            subject: { en: 'US imports', ja: '米国の輸入' },
            country: 'ZZZ',
            period: '2021–24',
            value: 100,
            unit: '%',
            status: 'reported',
            source: 'usgs-test',
          },
        ]),
      'mineralFacts[0].country',
    ],
    [
      'valueGivenForStatus',
      (m: Model): void =>
        void (m.mineralFacts = [
          {
            mineral: 'gallium',
            kind: 'ore-grade',
            subject: { en: 'A deposit', ja: '鉱床' },
            period: '2023',
            value: 1,
            unit: '%',
            status: 'not-available',
            source: 'usgs-test',
          },
        ]),
      'mineralFacts[0].value',
    ],
    [
      'unknownCountry',
      (m: Model): void =>
        void (m.netImportReliance = [
          {
            country: 'ZZZ',
            mineral: 'gallium',
            stage: 'refining',
            subject: { en: 'Net import reliance', ja: '純輸入依存度' },
            year: 2024,
            value: 100,
            status: 'reported',
            source: 'usgs-test',
          },
        ]),
      'netImportReliance[0].country',
    ],
    ['exceedsWorldTotal', (m: Model): void => void (m.supply[0]!.value = 1100), 'supply[0].value'],
    [
      'unitDiffersFromWorldTotal',
      (m: Model): void => void (m.supply[0]!.unit = 't'),
      'supply[0].unit',
    ],
    [
      'valueMissingForStatus',
      (m: Model): void => void (m.supply[0]!.value = null),
      'supply[0].value',
    ],
    ['valueGivenForStatus', (m: Model): void => void (m.supply[3]!.value = 5), 'supply[3].value'],
    [
      'sameExporterAndImporter',
      (m: Model): void => void (m.trade[0]!.exporter = 'JPN'),
      'trade[0].importer',
    ],
    [
      'groupMembershipMismatch',
      (m: Model): void => void (m.countries[1]!.groups = []),
      'groups[0].members[1]',
    ],
    [
      'groupMembershipMismatch',
      (m: Model): void => void m.groups[0]!.members.splice(1, 1),
      'countries[1].groups[0]',
    ],
    [
      'unknownCountry',
      (m: Model): void => void m.groups[0]!.members.push('ZZZ'),
      'groups[0].members[3]',
    ],
  ] as const)('reports %s at %s', (rule, change, path) => {
    const problems = broken(change);
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'rule', rule, path }));
  });

  describe('group membership, listed on both sides', () => {
    const membershipProblems = (change: (model: Model) => void) =>
      broken(change).map((problem) => (problem.kind === 'rule' ? problem.path : problem.kind));

    it('reports every one-sided pair in file order, the countries’ lists first', () => {
      const paths = membershipProblems((m) => {
        m.countries[0]!.groups.push('QUAD', 'NOPE'); // China: Quad does not list it; no NOPE
        m.countries[1]!.groups = []; // Japan, still listed by Quad as members[1]
        m.groups[0]!.members.push('KOR'); // members[3]: South Korea does not list Quad
      });
      expect(paths).toEqual([
        'countries[0].groups[0]',
        'countries[0].groups[1]',
        'groups[0].members[1]',
        'groups[0].members[3]',
      ]);
    });

    it('accepts a member listed twice on either side, as long as both sides list it', () => {
      expect(
        broken((m) => {
          m.groups[0]!.members.push('JPN');
          m.countries[1]!.groups.push('QUAD');
        }),
      ).toEqual([]);
    });

    it('checks a large membership both ways: 300 countries, each in all of 300 groups', () => {
      const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      const large = (change: (model: Model) => void) =>
        broken((m) => {
          const groupIds = Array.from({ length: 300 }, (_, i) => `L${i}`);
          for (let i = 0; m.countries.length < 300; i += 1) {
            const id = `X${letters[Math.floor(i / 26)]}${letters[i % 26]}`;
            m.countries.push({ id, name: { en: id, ja: id }, groups: [] });
          }
          for (const country of m.countries) country.groups.push(...groupIds);
          const everyCountry = m.countries.map((country) => country.id);
          for (const id of groupIds)
            m.groups.push({ id, name: { en: id, ja: id }, members: everyCountry });
          change(m);
        });
      expect(large(() => {})).toEqual([]);
      // The last group leaves out the last country, which lists it as its 300th group.
      const problems = large(
        (m) => void (m.groups.at(-1)!.members = m.countries.slice(0, -1).map((c) => c.id)),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          rule: 'groupMembershipMismatch',
          path: 'countries[299].groups[299]',
        }),
      ]);
    });
  });

  describe('alternatives (a second publisher’s table for a covered year)', () => {
    const withAlternative = (model: Model) => {
      const record = { ...model.supply[0]!, unit: '% of world', value: 68 };
      model.alternatives = { supply: [record], worldTotals: [], reserves: [] };
      return record;
    };

    it('accepts one beside the main table of the same year, though it is not added to it', () => {
      expect(broken(withAlternative)).toEqual([]);
    });

    it.each([
      ['unknownSource', 'source', 'nowhere'],
      ['unknownCountry', 'country', 'XXX'],
      ['unknownMineral', 'mineral', 'unobtainium'],
    ] as const)('reports %s in it with its path', (rule, field, value) => {
      const problems = broken((m) => void Object.assign(withAlternative(m), { [field]: value }));
      expect(problems).toContainEqual(
        expect.objectContaining({ kind: 'rule', rule, path: `alternatives.supply[0].${field}` }),
      );
    });

    it('reports the same country twice in one alternative table', () => {
      const problems = broken((m) => {
        const record = withAlternative(m);
        m.alternatives!.supply.push({ ...record });
      });
      expect(problems).toContainEqual(
        expect.objectContaining({ rule: 'duplicateRecord', path: 'alternatives.supply[1]' }),
      );
    });
  });

  it('allows a country slightly above a rounded world total', () => {
    expect(broken((m) => (m.supply[0]!.value = 1040))).toEqual([]);
  });

  it.each([
    ['a negative value', (m: Model): void => void (m.supply[0]!.value = -1), 'supply[0].value'],
    [
      'an infinite value',
      (m: Model): void => void (m.supply[0]!.value = Infinity),
      'supply[0].value',
    ],
    ['NaN', (m: Model): void => void (m.supply[0]!.value = NaN), 'supply[0].value'],
    [
      'a wrong stage',
      (m: Model): void => void ((m.supply[0] as { stage: string }).stage = 'smelting'),
      'supply[0].stage',
    ],
    [
      'a wrong status',
      (m: Model): void => void ((m.supply[0] as { status: string }).status = 'guess'),
      'supply[0].status',
    ],
    [
      'an unknown field',
      (m: Model): void => void ((m.sources[0] as Record<string, unknown>).extra = 1),
      'sources[0]',
    ],
    [
      'another schema version',
      (m: Model): void => void ((m as { schemaVersion: number }).schemaVersion = 4),
      'schemaVersion',
    ],
  ] as const)('rejects %s at its path', (_, change, path) => {
    const problems = broken(change);
    expect(problems.map((problem) => problem.path)).toContain(path);
    expect(problems.every((problem) => problem.kind === 'shape')).toBe(true);
  });

  it('explains a malformed country code in words', () => {
    expect(broken((m) => (m.supply[0]!.country = 'cn'))).toEqual([
      expect.objectContaining({ path: 'supply[0].country', kind: 'shape', pattern: 'iso3' }),
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(broken((m) => (m.events[0]!.date = '1 Aug 2023'))).toEqual([
      expect.objectContaining({ path: 'events[0].date', pattern: 'isoDate' }),
    ]);
  });

  it('refuses source addresses other than http and https', () => {
    expect(broken((m) => (m.sources[0]!.url = 'javascript:alert(1)'))).toEqual([
      expect.objectContaining({ path: 'sources[0].url', pattern: 'webAddress' }),
    ]);
  });

  it('reports a missing section at its name', () => {
    const model: Partial<Model> = smallModel();
    delete model.supply;
    expect(problemsOf(model).map((problem) => problem.path)).toEqual(['supply']);
  });

  it('rejects something that is not an object at the root', () => {
    expect(problemsOf([1, 2]).map((problem) => problem.path)).toEqual(['$']);
  });

  it('words shape problems in Japanese when asked', () => {
    const model = smallModel();
    (model.supply[0] as { value: unknown }).value = 'lots';
    const result = validateModel(model, 'ja');
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.kind === 'shape' ? problem.message : '').toMatch(/[ぁ-んァ-ン一-龯]/);
  });
});

describe('formatJsonPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatJsonPath(['supply', 12, 'country'])).toBe('supply[12].country');
    expect(formatJsonPath(['name', 'en'])).toBe('name.en');
    expect(formatJsonPath(['odd key'])).toBe('["odd key"]');
    expect(formatJsonPath([])).toBe('$');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-04-31', false],
    ['0000-02-29', true],
    ['0000-02-30', false],
    ['2023-12-31', true],
  ])('%s is a calendar date: %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });
});
