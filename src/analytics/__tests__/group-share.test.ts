import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { groupShare } from '../group-share';
import { countryShares } from '../shares';

const model = smallModel();
const breakdown = countryShares(model.supply, model.worldTotals, {
  mineral: 'gallium',
  measure: 'refining',
  year: 2023,
});

describe('groupShare', () => {
  it('adds the known shares of the members and names the ones with unknown values', () => {
    // Quad = AUS (not listed), JPN (50 of 1000), USA (withheld).
    expect(groupShare(breakdown, ['AUS', 'JPN', 'USA'])).toEqual({
      share: 0.05,
      value: 50,
      contributors: ['JPN'],
      membersWithUnknownValue: ['USA'],
    });
  });

  it('adds several members', () => {
    expect(groupShare(breakdown, ['JPN', 'KOR']).share).toBeCloseTo(0.08, 12);
  });

  it('is null, not zero, when no member has a known share', () => {
    expect(groupShare(breakdown, ['USA', 'AUS']).share).toBeNull();
  });
});
