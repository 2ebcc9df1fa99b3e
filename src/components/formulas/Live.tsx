// The live part of each formula: the current numbers of the running GAN, and for the switchable parts
// whether they are on. The numbers follow the snapshots a few times a second (liveSnapshot.ts); the
// typeset formulas beside them never re-render.
import type { FormulaId } from '../../core/formulas';
import { formulaStatus, isOn, type FormulaStatus } from '../../core/formulaStatus';
import type { Settings } from '../../core/settings';
import type { Translate } from '../../i18n/messages';
import { useSettings } from '../../state/context';
import { useT } from '../../state/language';
import { DENSITY_CARDS } from './cards/densityCards';
import { DISTANCE_CARDS } from './cards/distanceCards';
import { GAN_CARDS } from './cards/ganCards';
import { GENERATOR_CARDS } from './cards/generatorCards';
import { OBJECTIVE_CARDS } from './cards/objectiveCards';
import { STABILISER_CARDS } from './cards/stabiliserCards';
import { useLiveSnapshot } from './liveSnapshot';
import { Note, type LiveCard } from './pieces';

/** Every formula's live part (the compiler checks that none is missing). */
const LIVE: Record<FormulaId, LiveCard> = {
  ...DENSITY_CARDS,
  ...DISTANCE_CARDS,
  ...GAN_CARDS,
  ...STABILISER_CARDS,
  ...OBJECTIVE_CARDS,
  ...GENERATOR_CARDS,
};

/** The live numbers of one formula; "–" until the first snapshot. */
export function Live({ id, onScreen }: { id: FormulaId; onScreen: boolean }) {
  const snap = useLiveSnapshot(onScreen);
  const s = useSettings();
  const t = useT();
  if (!snap) return <Note>{t('formula.view.waiting')}</Note>;
  return <div className="formulas-live">{LIVE[id]({ a: snap.analysis, snap, s, units: s.units, t })}</div>;
}

function statusText(t: Translate, status: FormulaStatus, s: Settings): string {
  switch (status) {
    case 'activeWithForm':
      return t('formula.status.activeWith', {
        form: s.gpOneSided ? t('formula.gp.oneSided') : t('formula.gp.twoSided'),
      });
    case 'onWithSchedule':
      return t('formula.status.onWith', { schedule: t(`formula.schedule.${s.instanceNoiseSchedule}`) });
    default:
      return t(`formula.status.${status}`);
  }
}

/** Whether a switchable formula is in use now (generator loss, objective, stabilisers, optimal-D mode). */
export function Status({ id }: { id: FormulaId }) {
  const s = useSettings();
  const t = useT();
  const status = formulaStatus(id, s);
  if (!status) return null;
  return (
    <span className={`formulas-status ${isOn(status) ? 'on' : 'off'}`} data-testid={`formula-status-${id}`}>
      {statusText(t, status, s)}
    </span>
  );
}
