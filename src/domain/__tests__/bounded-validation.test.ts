import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { MAX_LISTED_PROBLEMS } from '../bounded-list';
import { validateModel, validateTradeFile } from '../validate-model';

/*
 * Files broken on every row of a long list: each must get an answer (no stack overflow), with the
 * first MAX_LISTED_PROBLEMS problems listed and the rest counted. The huge lists are made here at
 * run time, never kept as files.
 */
describe('a file broken on every row', () => {
  it('answers 130,000 supply rows that spell status as Status with a bounded list', () => {
    const model = smallModel();
    const { status, ...row } = model.supply[0]!;
    const rows = Array.from({ length: 130_000 }, () => ({ ...row, Status: status }));
    const result = validateModel({ ...model, supply: rows });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(result.problems[0]).toMatchObject({ path: 'supply[0].status', kind: 'shape' });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: 'supply[0]', kind: 'shape' }),
    );
    // Two problems a row (status missing, Status unknown): 50 rows listed, 129,950 rows counted.
    expect(result.unlisted).toBe(129_950);
  });

  it('answers 300,000 trade rows that break a rule with a bounded list', () => {
    const model = smallModel();
    const trade = Array.from({ length: 300_000 }, () => ({ ...model.trade[0]!, importer: 'XXX' }));
    const result = validateModel({ ...model, trade });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(result.problems[0]).toEqual({
      path: 'trade[0].importer',
      kind: 'rule',
      rule: 'unknownCountry',
      value: 'XXX',
    });
    expect(result.unlisted).toBe(300_000 - MAX_LISTED_PROBLEMS);
  });

  it('answers a trade file of 300,000 malformed rows the same way', () => {
    const model = smallModel();
    const trade = Array.from({ length: 300_000 }, () => ({ ...model.trade[0]!, value: -1 }));
    const result = validateTradeFile({ schemaVersion: 1, trade }, model);
    expect(result.ok ? [] : result.problems.slice(0, 2)).toEqual([
      expect.objectContaining({ path: 'trade[0].value', kind: 'shape' }),
      expect.objectContaining({ path: 'trade[1].value', kind: 'shape' }),
    ]);
    expect(result.ok ? 0 : result.unlisted).toBe(300_000 - MAX_LISTED_PROBLEMS);
  });

  it('names the entry whose own list is too broken to describe item by item', () => {
    const model = smallModel();
    model.countries[0]!.groups = Array.from({ length: 200_000 }, () => 7 as unknown as string);
    const result = validateModel(model);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'countries[0]', kind: 'file', problem: 'tooManyProblems' },
    ]);
  });

  it('keeps the length limits of a list while checking its rows one by one', () => {
    const model = smallModel();
    const result = validateModel({ ...model, sources: [] });
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['sources']);
  });

  it('still accepts a good model whole, rows as given', () => {
    expect(validateModel(smallModel())).toEqual({ ok: true, model: smallModel() });
  });
});
