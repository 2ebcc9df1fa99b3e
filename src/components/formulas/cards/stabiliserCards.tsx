// The live parts of §6.7, the stabilisers: EMA of G's weights, R1, instance noise (set, and now).
import { instanceNoiseAt, INSTANCE_NOISE_ANNEAL_STEPS } from '../../../core/settings';
import { formatNumber } from '../../../state/format';
import { Note, Rows, Value, type LiveCards } from '../pieces';

export const STABILISER_CARDS = {
  ema: ({ s, t }) => (
    <>
      <Rows>
        <Value
          id="ema"
          label={t('formula.live.emaDecay')}
          value={s.emaDecay > 0 ? String(s.emaDecay) : t('formula.status.off')}
        />
      </Rows>
      {s.emaDecay > 0 && <Note>{t('formula.live.emaNote')}</Note>}
    </>
  ),
  r1: ({ s, t }) => (
    <Rows>
      <Value id="r1" label="γ" value={s.r1Gamma > 0 ? String(s.r1Gamma) : t('formula.status.off')} />
    </Rows>
  ),
  'instance-noise': ({ snap, s, t }) => (
    <>
      <Rows>
        <Value
          id="instance-noise"
          label={t('formula.live.noiseSet')}
          value={s.instanceNoise > 0 ? String(s.instanceNoise) : t('formula.status.off')}
        />
        {s.instanceNoise > 0 && (
          <Value
            id="instance-noise-now"
            label={t('formula.live.noiseNow', {
              schedule: t(`formula.schedule.${s.instanceNoiseSchedule}`),
              step: snap.step,
            })}
            value={formatNumber(instanceNoiseAt(s, snap.step))}
          />
        )}
      </Rows>
      {s.instanceNoise > 0 && s.instanceNoiseSchedule === 'fixed' && (
        <Note>{t('formula.live.noiseFixed', { steps: INSTANCE_NOISE_ANNEAL_STEPS })}</Note>
      )}
    </>
  ),
} satisfies LiveCards;
