// The decisions on an amendment: the rule it must pass, where it stands, each decision as the
// minutes record it, and — once enough decisions are taken — adopting it as the bylaws in force.
import { useState } from 'react';
import { BylawError, type ProposalRecord, type VersionRecord } from '../../db/bylaws/repositories';
import { adoptedTitle } from '../../domain/bylaws/history';
import { decisionReference, standing, type Majority, type Requirement } from '../../domain/bylaws/proposal';
import { useMessages } from '../../i18n';
import { SelectField } from '../../ui/Field';
import { DecisionForm } from './DecisionForm';
import { goHome } from './links';
import { messages } from './messages';
import { StandingText } from './StandingBadge';
import { useBylawRepos } from './useBylaws';
import { useFormatDate } from './format';

const MAJORITIES: Majority[] = ['simple', 'two-thirds', 'three-quarters', 'unanimous'];

export function DecisionsPanel({ proposal, current }: { proposal: ProposalRecord; current?: VersionRecord }) {
  const t = useMessages(messages);
  const r = useBylawRepos();
  const date = useFormatDate();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const s = standing(proposal);
  const open = proposal.status === 'open';
  const stale = open && current?.id !== proposal.baseVersionId;
  const sorted = [...proposal.decisions].sort((a, b) => a.date.localeCompare(b.date));
  const setRequirement = (p: Partial<Requirement>) => void r.proposals.update(proposal.id, { requirement: { ...proposal.requirement, ...p } });

  async function adopt() {
    setBusy(true);
    setError('');
    try {
      await r.proposals.adopt(proposal.id, r.versions, adoptedTitle(current?.title ?? 'Stadgar'));
      goHome();
    } catch (err) {
      setError(err instanceof BylawError ? t(`adopt.error.${err.code}`) : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bylaws-decisions">
      <section className={`card bylaws-standing bylaws-standing--${s.stage}`} aria-labelledby="bylaws-standing-h">
        <h2 id="bylaws-standing-h">{t('decisions.standing')}</h2>
        <p className="bylaws-standing__text">
          <StandingText proposal={proposal} />
        </p>
        <p className="muted">{t(proposal.requirement.meetings === 2 ? 'decisions.ruleTwo' : 'decisions.ruleOne', { majority: t(`majority.${proposal.requirement.majority}`) })}</p>
        {s.ignored.map(({ decision, reason }) => (
          <p key={decision.id} className="text-error small">
            {t(`decisions.ignored.${reason}`, { date: date(decision.date), ref: decisionReference(decision) })}
          </p>
        ))}
        {stale && <p className="text-error">{t('adopt.error.stale-base')}</p>}
        {s.stage === 'ready' && open && (
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={() => void adopt()} disabled={busy || stale}>
              {t('adopt.button')}
            </button>
            <span className="muted small">{t('adopt.hint', { date: date(s.counted[s.counted.length - 1]?.date) })}</span>
          </div>
        )}
        {error && (
          <p className="text-error" role="alert">
            {error}
          </p>
        )}
      </section>

      {open && (
        <section className="card" aria-labelledby="bylaws-rule-h">
          <h2 id="bylaws-rule-h">{t('decisions.rule')}</h2>
          <p className="muted small">{t('decisions.ruleHint')}</p>
          <div className="bylaws-new__grid">
            <SelectField label={t('decisions.meetings')} value={String(proposal.requirement.meetings)} onChange={(v) => setRequirement({ meetings: v === '2' ? 2 : 1 })} options={[{ value: '1', label: t('decisions.meetings1') }, { value: '2', label: t('decisions.meetings2') }]} />
            <SelectField label={t('decisions.majority')} value={proposal.requirement.majority} onChange={(v) => setRequirement({ majority: v as Majority })} options={MAJORITIES.map((m) => ({ value: m, label: t(`majority.${m}`) }))} />
          </div>
        </section>
      )}

      <section className="card" aria-labelledby="bylaws-decisions-h">
        <h2 id="bylaws-decisions-h">{t('decisions.title')}</h2>
        {sorted.length === 0 ? (
          <p className="muted">{t('decisions.none')}</p>
        ) : (
          <table className="bylaws-table">
            <thead>
              <tr>
                <th scope="col">{t('decision.date')}</th>
                <th scope="col">{t('decision.meeting')}</th>
                <th scope="col">{t('decision.votes')}</th>
                <th scope="col">{t('decision.outcome')}</th>
                {open && (
                  <th scope="col">
                    <span className="visually-hidden">{t('decision.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {sorted.map((d) => (
                <tr key={d.id}>
                  <td>{date(d.date)}</td>
                  <td>{decisionReference(d)}</td>
                  <td>{d.votesFor !== undefined ? t('decision.votesValue', { for: d.votesFor, against: d.votesAgainst ?? 0 }) : '–'}</td>
                  <td>{t(`decision.${d.outcome}`)}</td>
                  {open && (
                    <td>
                      <button type="button" className="button button--quiet" onClick={() => void r.proposals.update(proposal.id, { decisions: proposal.decisions.filter((x) => x.id !== d.id) })} aria-label={t('decision.removeOne', { date: date(d.date) })}>
                        {t('decision.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {open && s.stage !== 'ready' && s.stage !== 'rejected' && (
          <>
            <h3>{t(s.counted.length ? 'decisions.addSecond' : 'decisions.addFirst')}</h3>
            <DecisionForm
              full
              defaultMeeting={t('decisions.defaultMeeting')}
              majority={proposal.requirement.majority}
              submitLabel={t('decisions.add')}
              onSubmit={async (d) => {
                await r.proposals.update(proposal.id, { decisions: [...proposal.decisions, d] });
              }}
            />
          </>
        )}
        {open && (
          <p>
            <button type="button" className="button button--quiet bylaws-withdraw" onClick={() => window.confirm(t('proposal.withdrawConfirm')) && void r.proposals.update(proposal.id, { status: 'withdrawn' })}>
              {t('proposal.withdraw')}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
