import { describe, expect, it } from 'vitest';
import { composeFigureSvg, legendLayout, MIN_FIGURE_WIDTH, wrapText } from '../figure-export';

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
  it('breaks an address longer than the line between characters instead of cutting it', () => {
    const address = 'https://pubs.usgs.gov/periodicals/mcs2024/mcs2024-gallium.pdf';
    // 11 px type, about 6.2 px a character: 100 px holds 16 characters, the address has 61.
    const lines = wrapText(`Source: ${address}`, 100, 11);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(`Source: ${address}`);
    for (const line of lines) expect(line.length * 0.56 * 11).toBeLessThanOrEqual(100);
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
    // 400 px of chart and 16 px margins would be 432: the figure is laid out 800 wide, for 1,600 px at 2×.
    expect(width).toBe(MIN_FIGURE_WIDTH);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>Gallium: refining by country, 2023</text>');
    expect(svg).toContain(
      '>Source: U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)</text>',
    );
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

describe('composeFigureSvg in the 16:9 shape', () => {
  it('makes a slide-shaped picture and fits a tall chart between the title and the footer', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '400');
    chart.setAttribute('height', '800');
    const { svg, width, height } = composeFigureSvg(
      chart,
      { title: 'Gallium', footer: ['Source: USGS'] },
      '16:9',
    );
    // 800 wide, 800 × 9 / 16 = 450 high.
    expect([width, height]).toEqual([800, 450]);
    const scale = Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
    expect(800 * scale).toBeLessThan(450);
  });
});

describe('legends in exported pictures', () => {
  it('lays entries out in rows that fit the width, swatch and label together', () => {
    const entry = { swatch: { kind: 'box', fill: '#cccccc' }, label: 'n/a' } as const;
    // Each entry: 18 swatch + 6 gap + 3 × 0.56 × 13 = 21.84 label + 18 between = 63.84 px.
    // In 150 px: the second ends at 63.84 + 45.84 = 109.68, the third would end at 173.52.
    const rows = legendLayout([entry, entry, entry], 150);
    expect(rows.map((row) => row.map((item) => item.x))).toEqual([[0, 63.84], [0]]);
  });

  it("draws the chart's key under the chart, each label as text", () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '400');
    chart.setAttribute('height', '200');
    const { svg, height } = composeFigureSvg(chart, {
      title: 'Gallium: refining by country, 2023',
      legend: [
        { swatch: { kind: 'box', fill: '#08519c' }, label: '50% and more' },
        { swatch: { kind: 'line', stroke: '#d95f02', width: 3, dash: '4 3' }, label: 'Trade flow' },
      ],
      footer: ['Source: USGS'],
    });
    const without = composeFigureSvg(chart, {
      title: 'Gallium: refining by country, 2023',
      footer: ['Source: USGS'],
    });
    expect(svg).toContain('>50% and more</text>');
    expect(svg).toContain('>Trade flow</text>');
    expect(svg).toContain('fill="#08519c"');
    expect(svg).toContain('stroke-dasharray="4 3"');
    // One row of 13 px type at 1.6 line height: 20.8 px more, heights rounded up to whole pixels.
    expect(Math.abs(height - without.height - 20.8)).toBeLessThan(1);
  });

  it("draws a key of the chart's own marks as those marks, placed beside its label", () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '400');
    chart.setAttribute('height', '200');
    const { svg } = composeFigureSvg(chart, {
      title: 'Network',
      legend: [
        {
          swatch: {
            kind: 'shapes',
            shapes: [
              { tag: 'line', x1: 0, y1: 6, x2: 12, y2: 6, stroke: '#D55E00', strokeWidth: 1.5 },
              { tag: 'path', d: 'M11,2 L18,6 L11,10 z', fill: '#D55E00', fillOpacity: 0.35 },
            ],
          },
          label: 'Arrow: trade flow in USD',
        },
      ],
      footer: [],
    });
    const key = /<g transform="translate\(16,[\d.]+\)">(.*?)<\/g>/.exec(svg)![1];
    expect(key).toBe(
      '<line x1="0" y1="6" x2="12" y2="6" stroke="#D55E00" stroke-width="1.5"/>' +
        '<path d="M11,2 L18,6 L11,10 z" fill="#D55E00" fill-opacity="0.35"/>',
    );
    expect(svg).toContain('>Arrow: trade flow in USD</text>');
  });
});
