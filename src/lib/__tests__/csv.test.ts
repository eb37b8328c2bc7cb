import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';

describe('toCsv', () => {
  it('quotes what needs quoting and starts with a byte order mark', () => {
    expect(
      toCsv([
        ['Country', 'Value'],
        ['Korea, Republic of', 2000],
        ['"Quoted"', null],
        ['中国', 600000],
      ]),
    ).toBe('\ufeffCountry,Value\r\n"Korea, Republic of",2000\r\n"""Quoted""",\r\n中国,600000\r\n');
  });
});

describe('toCsv and formulas', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises text that starts a formula: %j', (text, written) => {
    expect(toCsv([[text]])).toBe(`\ufeff${written}\r\n`);
  });

  it('keeps numbers numeric, negative ones too, and text that only contains a sign', () => {
    expect(toCsv([[-27.8, 0, 'Korea-Japan', 'a=b']])).toBe('\ufeff-27.8,0,Korea-Japan,a=b\r\n');
  });
});
