/**
 * The floor of the first-look bench: the least a page with one chart can do (a heading, a sentence
 * and five bars, no framework, no data file). Lodestone's first visit is given as a ratio to it,
 * measured in the same run, so the shared machine's noise falls out of the comparison.
 */
const bars: [string, number][] = [
  ['China', 98],
  ['Japan', 0.6],
  ['Russia', 0.6],
  ['South Korea', 0.4],
  ['Others', 0.4],
];
const svgNs = 'http://www.w3.org/2000/svg';
const main = document.getElementById('floor')!;
const heading = document.createElement('h1');
heading.textContent = 'Gallium: refining by country, 2023';
const sentence = document.createElement('p');
sentence.textContent = 'Refining is highly concentrated: China 98%';
const figure = document.createElement('div');
figure.className = 'share-chart';
const svg = document.createElementNS(svgNs, 'svg');
svg.setAttribute('width', '480');
svg.setAttribute('height', String(bars.length * 28));
bars.forEach(([name, share], row) => {
  const rect = document.createElementNS(svgNs, 'rect');
  rect.setAttribute('x', '120');
  rect.setAttribute('y', String(row * 28 + 4));
  rect.setAttribute('width', String(share * 3.5));
  rect.setAttribute('height', '20');
  rect.setAttribute('fill', '#0072B2');
  const label = document.createElementNS(svgNs, 'text');
  label.setAttribute('y', String(row * 28 + 19));
  label.textContent = `${name} ${share}%`;
  svg.append(rect, label);
});
figure.append(svg);
main.append(heading, sentence, figure);
