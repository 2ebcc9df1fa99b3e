// The tabs that switch views (WAI-ARIA tabs: arrow keys, Home and End move between them).
import { useRef, type KeyboardEvent } from 'react';
import { useAppState, useSetting } from '../state/context';
import { useT } from '../state/language';
import { rovingIndex } from './rovingIndex';
import { viewFor, VIEWS } from './views';

export const viewPanelId = 'view-panel';
export const tabId = (id: string) => `tab-${id}`;

export function ViewTabs() {
  const { setSetting } = useAppState();
  const active = viewFor(useSetting('view')).id;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const t = useT();
  if (VIEWS.length < 2) return null;
  const onKey = (e: KeyboardEvent, i: number) => {
    const j = rovingIndex(e.key, i, VIEWS.length, 'horizontal');
    if (j === null) return;
    e.preventDefault();
    setSetting('view', VIEWS[j].id);
    refs.current[j]?.focus();
  };
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      <div role="tablist" aria-label={t('views.label')}>
        {VIEWS.map((v, i) => (
          <button
            key={v.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(v.id)}
            aria-selected={v.id === active}
            aria-controls={viewPanelId}
            tabIndex={v.id === active ? 0 : -1}
            title={t(`view.${v.id}.description`)}
            data-testid={`tab-${v.id}`}
            onClick={() => setSetting('view', v.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(`view.${v.id}.label`)}
          </button>
        ))}
      </div>
    </nav>
  );
}
