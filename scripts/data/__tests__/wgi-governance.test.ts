import { describe, expect, it } from 'vitest';
import { readWgiGovernance } from '../wgi-governance';

const extract = [
  'Country Name,Country Code,Series Name,Series Code,2022 [YR2022],2023 [YR2023]',
  'Japan,JPN,Control of Corruption: Estimate,CC.EST,1.4,1.3957',
  '"Taiwan, China",TWN,Control of Corruption: Estimate,CC.EST,1.1,1.2034',
  'India,IND,Control of Corruption: Estimate,CC.EST,-0.3,..',
  '',
  'Data from database: Worldwide Governance Indicators,,,,,',
].join('\n');

describe('readWgiGovernance', () => {
  it("keeps the year's estimates as published, skips '..' and the footer", () => {
    expect(readWgiGovernance(extract, 2023, 'wgi')).toEqual([
      { country: 'JPN', year: 2023, indicator: 'CC', value: 1.3957, source: 'wgi' },
      { country: 'TWN', year: 2023, indicator: 'CC', value: 1.2034, source: 'wgi' },
    ]);
  });

  it("files Taiwan under the model's id for BACI's code 490 when told to", () => {
    expect(readWgiGovernance(extract, 2023, 'wgi', { TWN: 'XAS' })).toContainEqual({
      country: 'XAS',
      year: 2023,
      indicator: 'CC',
      value: 1.2034,
      source: 'wgi',
    });
  });
});
