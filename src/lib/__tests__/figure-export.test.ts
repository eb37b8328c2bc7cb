import { describe, expect, it } from 'vitest';
import { composeFigureSvg, wrapText } from '../figure-export';

describe('wrapText', () => {
  it('breaks at spaces to fit a width', () => {
    expect(
      wrapText('Source: U.S. Geological Survey, Mineral Commodity Summaries 2024', 200, 11),
    ).toEqual(['Source: U.S. Geological Survey,', 'Mineral Commodity Summaries 2024']);
  });
  it('breaks Japanese text between characters', () => {
    const lines = wrapText('出典：米国地質調査所、鉱物商品概要2024年版', 110, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('出典：米国地質調査所、鉱物商品概要2024年版');
  });
});

describe('composeFigureSvg', () => {
  it('puts the title, the chart and the sources into one standalone SVG, as text', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '400');
    chart.setAttribute('height', '200');
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    chart.append(bar);
    const { svg, width } = composeFigureSvg(chart, {
      title: 'Gallium: refining by country, 2023',
      subtitle: 'Share of the published world total of 610,000 kg',
      footer: [
        'Source: U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
        '<script>x</script>',
      ],
    });
    expect(width).toBe(432);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>Gallium: refining by country, 2023</text>');
    expect(svg).toContain('>Source: U.S. Geological Survey, Mineral Commodity Summaries</text>');
    expect(svg.match(/xmlns=/g)).toHaveLength(1);
    expect(
      new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror'),
    ).toBeNull();
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(svg).toContain('<rect');
  });
});

describe('composeFigureSvg with control characters in names from a file', () => {
  it('leaves them out, so the SVG stays readable', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '400');
    chart.setAttribute('height', '200');
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    label.textContent = 'Chi\u0000na\u001b';
    label.setAttribute('aria-label', 'Chi\u0000na');
    chart.append(label);
    const { svg } = composeFigureSvg(chart, {
      title: 'Gallium\u0000 \ud800refining',
      footer: ['Source:\u0007 USGS \u0085'],
    });
    for (const character of ['\u0000', '\u0007', '\u001b', '\u0085', '\ud800'])
      expect(svg).not.toContain(character);
    expect(svg).toContain('>China</text>');
    expect(svg).toContain('>Gallium refining</text>');
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
  });
});
