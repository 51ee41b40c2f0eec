// Every row of the file and what the import will do with it. Virtualized (with measured heights,
// as rejected rows carry their reasons), so a 10,000-row file previews as quickly as a short one.
import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLang, useMessages } from '../../i18n';
import { fieldLabel, inFormOrder } from '../../domain/members/fieldLabels';
import type { ImportAction, ImportPlan, PlannedRow } from '../../domain/members/importPlan';
import type { MemberRecord } from '../../domain/members/model';
import { importMessages } from './importMessages';

type Tab = 'all' | ImportAction;
const TABS: Tab[] = ['all', 'add', 'update', 'unchanged', 'reject'];

function RowText({ r, byId }: { r: PlannedRow; byId: Map<string, MemberRecord> }) {
  const t = useMessages(importMessages);
  const lang = useLang();
  const match = r.matchId ? byId.get(r.matchId) : undefined;
  return (
    <>
      <div className="members-plan__line">
        <span className="members-plan__row">{t('row.number', { row: r.row })}</span>
        <span className={`members-plan__action members-plan__action--${r.action}`}>{t(`action.${r.action}`)}</span>
        <span className="members-plan__name">{r.name ?? ''}</span>
      </div>
      {match && r.matchedBy && (
        <p className="members-plan__detail muted">
          {t('row.matched', { n: match.memberNumber, name: match.name, key: t(`key.${r.matchedBy}`) })}
          {r.action === 'update' && r.changed.length > 0 && <> · {t('row.changes', { fields: inFormOrder(r.changed).map((f) => fieldLabel(f, lang).toLocaleLowerCase()).join(', ') })}</>}
        </p>
      )}
      {r.reasons.map((reason, i) => (
        <p key={`r${i}`} className="members-plan__detail text-error">{reason}</p>
      ))}
      {r.warnings.map((w, i) => (
        <p key={`w${i}`} className="members-plan__detail members-plan__warning">{w}</p>
      ))}
    </>
  );
}

export function ImportPreview({ plan, members }: { plan: ImportPlan; members: readonly MemberRecord[] }) {
  const t = useMessages(importMessages);
  const [tab, setTab] = useState<Tab>(plan.counts.reject > 0 ? 'reject' : 'all');
  const rows = useMemo(() => (tab === 'all' ? plan.rows : plan.rows.filter((r) => r.action === tab)), [plan, tab]);
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read afresh on every render; nothing here memoises it
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 44, overscan: 10 });
  const count = (k: Tab) => (k === 'all' ? plan.rows.length : plan.counts[k]);

  return (
    <section className="card members-plan" aria-labelledby="members-plan-heading">
      <h2 id="members-plan-heading">{t('preview.title')}</h2>
      <p className="members-plan__counts">{t('preview.counts', plan.counts)}</p>
      {plan.newCategories.length > 0 && <p className="muted">{t('preview.newCategories', { names: plan.newCategories.join(', ') })}</p>}
      <div className="members-tabs" role="group" aria-label={t('preview.title')}>
        {TABS.map((k) => (
          <button key={k} type="button" className={`members-tab${tab === k ? ' members-tab--active' : ''}`} aria-pressed={tab === k} onClick={() => setTab(k)}>
            {t(`tab.${k}`, { n: count(k) })}
          </button>
        ))}
      </div>
      <div ref={scroller} className="members-plan__list" role="list" aria-label={t(`tab.${tab}`, { n: count(tab) })}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const r = rows[v.index]!;
            return (
              <div
                key={`${r.row}-${v.index}`}
                ref={virtualizer.measureElement}
                data-index={v.index}
                role="listitem"
                className={`members-plan__item members-plan__item--${r.action}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
              >
                <RowText r={r} byId={byId} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
