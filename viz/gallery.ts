import { bandChart } from './charts/bandChart.ts';
import { chordChart } from './charts/chordChart.ts';
import { BAND_FIXTURES, CHORD_FIXTURES } from './galleryFixtures.ts';

const root = document.querySelector('#gallery')!;
const add = (name: string, node: SVGSVGElement) => {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.fixture = name;
  const caption = document.createElement('figcaption');
  caption.textContent = name;
  const plot = document.createElement('div');
  plot.className = 'plot';
  plot.append(node);
  const readout = document.createElement('p');
  readout.className = 'readout';
  plot.addEventListener('readout', (e) => (readout.textContent = (e as CustomEvent<string>).detail));
  figure.append(caption, plot, readout);
  root.append(figure);
};
for (const [name, o] of Object.entries(BAND_FIXTURES)) add(`band/${name}`, bandChart(o));
for (const [name, o] of Object.entries(CHORD_FIXTURES)) add(`chord/${name}`, chordChart(o));
document.body.dataset.ready = 'true';
