// Okabe–Ito colours (colour-blind safe), one meaning each across every panel.
export const COLORS = {
  pData: '#0072B2',
  pModel: '#E69F00',
  d: '#009E73',
  dStar: '#000000',
  js: '#CC79A7',
  klForward: '#56B4E9',
  klReverse: '#D55E00',
  lossD: '#009E73',
  lossG: '#E69F00',
  reference: '#555555',
  grid: '#e4e4e4',
  axis: '#333333',
} as const;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const MARGIN: Margin = { top: 8, right: 14, bottom: 38, left: 58 };
