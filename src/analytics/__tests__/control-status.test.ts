import { describe, expect, it } from 'vitest';
import register from '../../../data/curated/export-controls.json';
import { exportControlSchema, type ExportControl } from '../../domain/model-schema';
import {
  appliesOn,
  controlSpan,
  controlStatusOn,
  controlsOn,
  localIsoDay,
  suspensionsOf,
  type StatusKind,
} from '../control-status';

const controls = exportControlSchema.array().parse(register);
const byId = (id: string) => controls.find((control) => control.id === id)!;
const statusOf = (id: string, date: string) => controlStatusOn(byId(id), controls, date);

describe('controlStatusOn, on the register of the built-in data', () => {
  // No. 70 [2025] suspends Nos. 57, 58, 61 and 62 from 7 Nov 2025 "until 10 Nov 2026".
  it.each([
    ['2026-11-09', { kind: 'suspended', until: '2026-11-10', by: ['cn-2025-70'], part: null }],
    ['2026-11-10', { kind: 'suspended', until: '2026-11-10', by: ['cn-2025-70'], part: null }],
    [
      '2026-11-11',
      { kind: 'suspension-ended', endedOn: '2026-11-10', by: ['cn-2025-70'], part: null },
    ],
  ])('No. 57 [2025] on %s, around the end of its suspension', (date, status) => {
    expect(statusOf('cn-2025-57', date)).toEqual(status);
  });

  // No. 57 was to take effect on 8 Nov 2025, but No. 70 suspended it from 7 Nov.
  it.each([
    ['2025-10-08', { kind: 'not-announced' }],
    ['2025-10-09', { kind: 'announced', startsOn: '2025-11-08' }],
    ['2025-11-06', { kind: 'announced', startsOn: '2025-11-08' }],
    ['2025-11-07', { kind: 'suspended', until: '2026-11-10', by: ['cn-2025-70'], part: null }],
    ['2025-11-08', { kind: 'suspended', until: '2026-11-10', by: ['cn-2025-70'], part: null }],
  ])('No. 57 [2025] on %s, around its announcement and suspension', (date, status) => {
    expect(statusOf('cn-2025-57', date)).toEqual(status);
  });

  // No. 72 [2025] suspends paragraph 2 of No. 46 [2024] from 9 Nov 2025 until 27 Nov 2026.
  const paragraph2 = { en: 'paragraph 2', ja: '第2項' };
  it.each([
    ['2024-12-02', { kind: 'not-announced' }],
    ['2024-12-03', { kind: 'in-force', since: '2024-12-03' }],
    ['2025-11-08', { kind: 'in-force', since: '2024-12-03' }],
    [
      '2025-11-09',
      { kind: 'suspended', until: '2026-11-27', by: ['cn-2025-72'], part: paragraph2 },
    ],
    [
      '2026-11-26',
      { kind: 'suspended', until: '2026-11-27', by: ['cn-2025-72'], part: paragraph2 },
    ],
    [
      '2026-11-27',
      { kind: 'suspended', until: '2026-11-27', by: ['cn-2025-72'], part: paragraph2 },
    ],
    [
      '2026-11-28',
      { kind: 'suspension-ended', endedOn: '2026-11-27', by: ['cn-2025-72'], part: paragraph2 },
    ],
  ])('No. 46 [2024] on %s', (date, status) => {
    expect(statusOf('cn-2024-46', date)).toEqual(status);
  });

  it.each([
    ['cn-2025-70', '2025-11-06', { kind: 'not-announced' }],
    ['cn-2025-70', '2025-11-07', { kind: 'suspending', until: '2026-11-10' }],
    ['cn-2025-70', '2026-11-10', { kind: 'suspending', until: '2026-11-10' }],
    ['cn-2025-70', '2026-11-11', { kind: 'term-ended', endedOn: '2026-11-10' }],
    ['cn-2025-72', '2026-11-27', { kind: 'suspending', until: '2026-11-27' }],
    ['cn-2025-72', '2026-11-28', { kind: 'term-ended', endedOn: '2026-11-27' }],
  ])('the suspension %s on %s', (id, date, status) => {
    expect(statusOf(id, date)).toEqual(status);
  });

  // No. 23 [2023]: announced 3 Jul 2023, licences required from 1 Aug 2023.
  it.each([
    ['2023-07-02', 'not-announced'],
    ['2023-07-03', 'announced'],
    ['2023-07-31', 'announced'],
    ['2023-08-01', 'in-force'],
    ['2023-08-02', 'in-force'],
  ] as const)('No. 23 [2023] on %s is %s', (date, kind: StatusKind) => {
    expect(statusOf('cn-2023-23', date).kind).toBe(kind);
  });

  it('keeps No. 18 [2025] in force on 29 Nov 2026: No. 70 does not suspend it', () => {
    expect(statusOf('cn-2025-18', '2026-11-29')).toEqual({ kind: 'in-force', since: '2025-04-04' });
  });

  it('says No. 58 [2025] has no start date in the data before its suspension', () => {
    expect(statusOf('cn-2025-58', '2025-10-20')).toEqual({ kind: 'announced', startsOn: null });
  });
});

describe('a lifted control and a suspension lifted early', () => {
  const control: ExportControl = { ...byId('cn-2023-23'), id: 'c' };
  const pause: ExportControl = {
    ...byId('cn-2025-70'),
    id: 'p',
    announced: { date: '2024-01-01', source: 's' },
    effective: { date: '2024-01-01', source: 's' },
    until: { date: '2024-12-31', source: 's' },
    lifted: { date: '2024-06-01', source: 's' },
    suspends: [{ control: 'c' }],
  };
  const lifted: ExportControl = { ...control, lifted: { date: '2025-01-01', source: 's' } };

  it('ends a suspension lifted early on the day before its lifting', () => {
    expect(suspensionsOf(control, [control, pause])).toEqual([
      { by: 'p', from: '2024-01-01', until: '2024-05-31', part: null },
    ]);
    expect(controlStatusOn(control, [control, pause], '2024-05-31').kind).toBe('suspended');
    expect(controlStatusOn(control, [control, pause], '2024-06-01')).toEqual({
      kind: 'suspension-ended',
      endedOn: '2024-05-31',
      by: ['p'],
      part: null,
    });
  });

  it('reads a control as lifted from its lifting on', () => {
    expect(controlStatusOn(lifted, [lifted], '2024-12-31').kind).toBe('in-force');
    expect(controlStatusOn(lifted, [lifted], '2025-01-01')).toEqual({
      kind: 'lifted',
      on: '2025-01-01',
    });
  });
});

describe('controlsOn', () => {
  it('lists for gallium on 29 Nov 2026 what applies and what targets Japan', () => {
    const listed = controlsOn(controls, {
      date: '2026-11-29',
      minerals: ['gallium'],
      viewAs: 'JPN',
    });
    const summary = listed.map(({ control, status, targetsViewAs }) => [
      control.id,
      status.kind,
      targetsViewAs,
    ]);
    expect(summary).toEqual([
      ['cn-2023-23', 'in-force', false],
      ['cn-2024-46', 'suspension-ended', false],
      ['cn-2025-72', 'term-ended', false],
      ['cn-2026-1', 'in-force', true],
      ['cn-2026-11', 'in-force', true],
    ]);
    // No. 46's paragraph 1 (US military users) was never suspended.
    expect(listed.filter((entry) => appliesOn(entry.status)).map((e) => e.control.id)).toEqual([
      'cn-2023-23',
      'cn-2024-46',
      'cn-2026-1',
      'cn-2026-11',
    ]);
  });

  it('leaves out what was not yet announced on the day', () => {
    const listed = controlsOn(controls, { date: '2023-07-02', minerals: [], viewAs: 'JPN' });
    expect(listed).toEqual([]);
  });
});

describe('controlSpan', () => {
  it('draws No. 57 [2025] as announced, suspended, then after its suspension', () => {
    expect(controlSpan(byId('cn-2025-57'), controls, '2026-12-01')).toEqual([
      { from: '2025-10-09', to: '2025-11-07', kind: 'announced' },
      { from: '2025-11-07', to: '2026-11-11', kind: 'suspended' },
      { from: '2026-11-11', to: '2026-12-01', kind: 'after-suspension' },
    ]);
  });

  it('draws No. 46 [2024] in force, then suspended in part', () => {
    expect(controlSpan(byId('cn-2024-46'), controls, '2026-01-01')).toEqual([
      { from: '2024-12-03', to: '2025-11-09', kind: 'in-force' },
      { from: '2025-11-09', to: '2026-01-01', kind: 'suspended-in-part' },
    ]);
  });

  it('stops at the lifting', () => {
    const lifted = { ...byId('cn-2023-23'), lifted: { date: '2024-01-01', source: 's' } };
    expect(controlSpan(lifted, [lifted], '2026-01-01')).toEqual([
      { from: '2023-07-03', to: '2023-08-01', kind: 'announced' },
      { from: '2023-08-01', to: '2024-01-01', kind: 'in-force' },
    ]);
  });
});

describe('localIsoDay', () => {
  it('writes the local calendar day', () => {
    expect(localIsoDay(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
    expect(localIsoDay(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});
