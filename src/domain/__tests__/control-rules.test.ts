import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { ExportControl, Model } from '../model-schema';
import { validateModel, type ModelProblem } from '../validate-model';

/** The small model with a suspension of its gallium control, announced 2024-01-05, from 2024-01-10 until 2024-06-30. */
function withSuspension(change: (suspension: ExportControl, model: Model) => void = () => {}) {
  const model = smallModel();
  const suspension: ExportControl = {
    ...model.exportControls[0]!,
    target: { scope: 'all-destinations', countries: [] },
    id: 'cn-ga-pause',
    kind: 'suspension',
    announced: { date: '2024-01-05', source: 'news-test' },
    effective: { date: '2024-01-10', source: 'news-test' },
    until: { date: '2024-06-30', source: 'news-test' },
    suspends: [{ control: 'cn-ga-licences' }],
  };
  model.exportControls.push(suspension);
  change(suspension, model);
  return model;
}

function problemsOf(model: Model): ModelProblem[] {
  const result = validateModel(model);
  return result.ok ? [] : result.problems;
}

describe('export-control register rules', () => {
  it('accepts a control and a suspension inside its life', () => {
    expect(problemsOf(withSuspension())).toEqual([]);
  });

  it.each([
    [
      'a start before the announcement',
      (_s: ExportControl, m: Model): void =>
        void (m.exportControls[0]!.effective!.date = '2023-07-02'),
      {
        path: 'exportControls[0].effective.date',
        rule: 'dateBeforeAnnouncement',
        value: '2023-07-02',
        expected: '2023-07-03',
      },
    ],
    [
      'a suspension that ends before it starts',
      (s: ExportControl): void => void (s.until!.date = '2024-01-09'),
      {
        path: 'exportControls[1].until.date',
        rule: 'endsBeforeStart',
        value: '2024-01-09',
        expected: '2024-01-10',
      },
    ],
    [
      'a suspension after the control was lifted',
      (_s: ExportControl, m: Model): void =>
        void (m.exportControls[0]!.lifted = { date: '2023-12-31', source: 'news-test' }),
      {
        path: 'exportControls[1].effective.date',
        rule: 'suspensionOutsideLife',
        value: '2024-01-10',
        expected: '2023-07-03 – 2023-12-31 (cn-ga-licences)',
      },
    ],
    [
      'a suspension without its last day',
      (s: ExportControl): void => void delete s.until,
      { path: 'exportControls[1].until', rule: 'suspensionIncomplete', value: 'until' },
    ],
    [
      'a suspension of an unknown control',
      (s: ExportControl): void => void (s.suspends = [{ control: 'nowhere' }]),
      { path: 'exportControls[1].suspends[0].control', rule: 'unknownControl', value: 'nowhere' },
    ],
    [
      'a suspension of a suspension',
      (s: ExportControl): void => void (s.suspends = [{ control: 'cn-ga-pause' }]),
      {
        path: 'exportControls[1].suspends[0].control',
        rule: 'unknownControl',
        value: 'cn-ga-pause',
      },
    ],
    [
      'a term on a control',
      (_s: ExportControl, m: Model): void =>
        void (m.exportControls[0]!.until = { date: '2024-01-01', source: 'news-test' }),
      { path: 'exportControls[0].until', rule: 'onlyForSuspensions', value: 'until' },
    ],
    [
      'a country target without its country',
      (_s: ExportControl, m: Model): void => void (m.exportControls[0]!.target.scope = 'country'),
      {
        path: 'exportControls[0].target.countries',
        rule: 'targetCountriesMismatch',
        value: 'country',
      },
    ],
    [
      'an unknown source for a date',
      (s: ExportControl): void => void (s.until!.copy = 'nowhere'),
      { path: 'exportControls[1].until.copy', rule: 'unknownSource', value: 'nowhere' },
    ],
    [
      'an impossible date',
      (s: ExportControl): void => void (s.until!.date = '2024-02-30'),
      { path: 'exportControls[1].until.date', rule: 'notACalendarDate', value: '2024-02-30' },
    ],
    [
      'a governance estimate for an unknown country',
      (_s: ExportControl, m: Model): void => void (m.governance[0]!.country = 'XXX'),
      { path: 'governance[0].country', rule: 'unknownCountry', value: 'XXX' },
    ],
    [
      'an event linked to an unknown control',
      (_s: ExportControl, m: Model): void => void (m.events[0]!.controls = ['nowhere']),
      { path: 'events[0].controls[0]', rule: 'unknownControl', value: 'nowhere' },
    ],
  ] as const)('names %s with its path', (_name, change, problem) => {
    expect(problemsOf(withSuspension(change))).toEqual([{ kind: 'rule', ...problem }]);
  });
});
