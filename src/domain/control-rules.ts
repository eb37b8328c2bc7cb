import type { JsonPath, RuleId } from './model-rules';
import type { ExportControl, Model } from './model-schema';

type Report = (path: JsonPath, rule: RuleId, value: string, expected?: string) => void;
type Require = (path: () => JsonPath, value: string) => void;

const DATED_FACTS = ['announced', 'effective', 'until', 'lifted'] as const;

/**
 * The register's own rules: its references resolve, a suspension says what it suspends and for how
 * long, and its dates are in order (nothing starts before it is announced, a suspension ends after
 * it starts and falls inside the life of every control it suspends).
 */
export function checkExportControls(
  model: Pick<Model, 'exportControls' | 'events' | 'tradeCodes'>,
  checks: {
    report: Report;
    requireSource: Require;
    requireCountry: Require;
    requireMineral: Require;
    requireCalendarDate: (path: JsonPath, date: string) => void;
  },
): void {
  const { report } = checks;
  const controls = new Map<string, ExportControl>();
  model.exportControls.forEach((control, index) => {
    if (controls.has(control.id))
      report(['exportControls', index, 'id'], 'duplicateId', control.id);
    else controls.set(control.id, control);
  });
  const tradeCodes = new Set(model.tradeCodes.map((tradeCode) => tradeCode.code));

  model.exportControls.forEach((control, index) => {
    const at = (...path: JsonPath) => ['exportControls', index, ...path];
    checks.requireCountry(() => at('country'), control.country);
    control.target.countries.forEach((country, i) =>
      checks.requireCountry(() => at('target', 'countries', i), country),
    );
    control.minerals.forEach((mineral, i) =>
      checks.requireMineral(() => at('minerals', i), mineral),
    );
    control.tradeCodes.forEach((code, i) => {
      if (!tradeCodes.has(code)) report(at('tradeCodes', i), 'unknownTradeCode', code);
    });
    for (const name of DATED_FACTS) {
      const fact = control[name];
      if (!fact) continue;
      checks.requireCalendarDate(at(name, 'date'), fact.date);
      checks.requireSource(() => at(name, 'source'), fact.source);
      if (fact.copy) checks.requireSource(() => at(name, 'copy'), fact.copy);
      if (name !== 'announced' && fact.date < control.announced.date) {
        report(at(name, 'date'), 'dateBeforeAnnouncement', fact.date, control.announced.date);
      }
    }
    const allDestinations = control.target.scope === 'all-destinations';
    if (allDestinations !== (control.target.countries.length === 0)) {
      report(at('target', 'countries'), 'targetCountriesMismatch', control.target.scope);
    }
    if (control.kind === 'control') {
      if (control.until) report(at('until'), 'onlyForSuspensions', 'until');
      if (control.suspends.length > 0) report(at('suspends'), 'onlyForSuspensions', 'suspends');
      return;
    }
    checkSuspension(control, at, controls, report);
  });

  model.events.forEach((event, index) =>
    event.controls?.forEach((id, i) => {
      if (controls.get(id) === undefined)
        report(['events', index, 'controls', i], 'unknownControl', id);
    }),
  );
}

function checkSuspension(
  suspension: ExportControl,
  at: (...path: JsonPath) => JsonPath,
  controls: ReadonlyMap<string, ExportControl>,
  report: Report,
) {
  const { effective: start, until } = suspension;
  if (!start) report(at('effective'), 'suspensionIncomplete', 'effective');
  if (!until) report(at('until'), 'suspensionIncomplete', 'until');
  if (suspension.suspends.length === 0) report(at('suspends'), 'suspensionIncomplete', 'suspends');
  if (start && until && until.date < start.date) {
    report(at('until', 'date'), 'endsBeforeStart', until.date, start.date);
  }
  suspension.suspends.forEach(({ control: id }, i) => {
    const control = controls.get(id);
    if (!control || control.kind !== 'control') {
      report(at('suspends', i, 'control'), 'unknownControl', id);
      return;
    }
    if (!start) return;
    const lifted = control.lifted?.date;
    if (start.date < control.announced.date || (lifted !== undefined && start.date > lifted)) {
      report(
        at('effective', 'date'),
        'suspensionOutsideLife',
        start.date,
        `${control.announced.date} – ${lifted ?? '…'} (${id})`,
      );
    }
  });
}
