// J(D) split into its two halves (docs/theory.md §4, §6.2): the binary cross-entropy of D's outputs against
// the labels, y = 1 on the real half of the batch and y = 0 on the generated half, each half's mean shown.
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { COLORS } from './theme';

/** Fixed decimals, so that ½(real + fake) can be checked against J(D) by eye (and by the e2e test). */
const fixed = (v: number | undefined) => (v === undefined ? '–' : Number.isFinite(v) ? v.toFixed(3) : formatNumber(v));

const MUTED = { color: 'var(--muted)', fontSize: '0.95rem' } as const;

function Dot({ color }: { color: string }) {
  return (
    <span
      className="dot"
      style={{ background: color, width: 10, height: 10, margin: '0 4px 0 2px' }}
      aria-hidden="true"
    />
  );
}

/** "= ½(real + generated)" beside the J(D) readout (inline), then one line per label (full width). */
export function CrossEntropySplit({ real, fake }: { real?: number; fake?: number }) {
  const t = useT();
  const klSentence = t('chart.ce.klSentence');
  return (
    <>
      <div className="readout" title={`${t('chart.ce.title')} ${klSentence}`}>
        <span className="readout-number">
          <span style={MUTED}>=&nbsp;½&nbsp;(</span>
          <Dot color={COLORS.pData} />
          <output className="readout-value" data-testid="readout-loss-d-real">
            {fixed(real)}
          </output>
          <span style={MUTED}>&nbsp;+&nbsp;</span>
          <Dot color={COLORS.pModel} />
          <output className="readout-value" data-testid="readout-loss-d-fake">
            {fixed(fake)}
          </output>
          <span style={MUTED}>&nbsp;)</span>
        </span>
      </div>
      <div
        className="ce-split-key"
        title={klSentence}
        style={{
          flexBasis: '100%',
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0 14px',
          fontSize: '0.85rem',
          color: 'var(--muted)',
          lineHeight: 1.3,
        }}
      >
        <span style={{ whiteSpace: 'nowrap' }}>
          <Dot color={COLORS.pData} />
          {t('chart.ce.real')}
        </span>
        <span style={{ whiteSpace: 'nowrap' }}>
          <Dot color={COLORS.pModel} />
          {t('chart.ce.fake')}
        </span>
      </div>
    </>
  );
}
