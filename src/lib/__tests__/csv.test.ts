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
