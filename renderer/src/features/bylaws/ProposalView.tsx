// One amendment proposal: its text (a full copy of the bylaws, edited), the comparison with the
// bylaws in force, and the decisions. Tabs are sub-routes, so each can be linked to.
import { useMemo, useState } from 'react';
import type { ProposalRecord, VersionRecord } from '../../db/bylaws/repositories';
import { diffBylaws } from '../../domain/bylaws/diff';
import { forDiff, type Section } from '../../domain/bylaws/model';
import { comparisonPdfData } from '../../domain/bylaws/pdf';
import { useMessages } from '../../i18n';
import { TextArea, TextField } from '../../ui/Field';
import { BylawsText } from './BylawsText';
import { ComparisonView } from './ComparisonView';
import { DecisionsPanel } from './DecisionsPanel';
import { bylawsHref, type ProposalTab } from './links';
import { messages } from './messages';
import { PdfButton } from './PdfButton';
import { SaveStatus } from './SaveStatus';
import { SectionsEditor } from './SectionsEditor';
import { StandingBadge } from './StandingBadge';
import { useAutosave } from './useAutosave';
import { MeetingLinks } from './MeetingLinks';
import { today, useBylawRepos, useMeetingOptions } from './useBylaws';

type Editable = { title: string; rationale: string; meetingsText: string; sections: Section[] };

export function ProposalView({ proposal, versions, current, tab }: { proposal: ProposalRecord; versions: VersionRecord[]; current?: VersionRecord; tab: ProposalTab }) {
  const t = useMessages(messages);
  const r = useBylawRepos();
  const base = versions.find((v) => v.id === proposal.baseVersionId);
  const meetings = useMeetingOptions();
  // The editor keeps its own copy while the user types; the record follows shortly after.
  const [draft, setDraft] = useState<Editable>({ title: proposal.title, rationale: proposal.rationale ?? '', meetingsText: proposal.meetingsText ?? '', sections: proposal.sections });
  const save = useAutosave((e: Editable) => r.proposals.update(proposal.id, { ...e, rationale: e.rationale || undefined, meetingsText: e.meetingsText || undefined }));
  const editable = proposal.status === 'open';
  const sections = editable ? draft.sections : proposal.sections;
  const changed = useMemo(() => new Set(base ? diffBylaws(forDiff(base.sections), forDiff(sections)).filter((c) => c.kind === 'changed' || c.kind === 'added').map((c) => c.after!.id!) : []), [base, sections]);

  const change = (p: Partial<Editable>) => {
    const next = { ...draft, ...p };
    setDraft(next);
    save.schedule(next);
  };

  const tabs: { id: ProposalTab; label: string }[] = [
    { id: 'text', label: t('tab.text') },
    { id: 'jamforelse', label: t('tab.compare') },
    { id: 'beslut', label: t('tab.decisions') },
  ];

  const pdf = () => {
    if (!base) return undefined;
    const fields = editable ? draft : { rationale: proposal.rationale, meetingsText: proposal.meetingsText, title: proposal.title };
    // Meetings linked in Kansli are named in the document too, after any typed description.
    const linked = meetings.filter((m) => proposal.meetingIds?.includes(m.id)).map((m) => m.label);
    const meetingsText = [fields.meetingsText, ...linked].filter(Boolean).join(', ');
    const data = comparisonPdfData({ ...proposal, ...fields, meetingsText, base: base.sections, proposed: sections, date: today() });
    return data && { data, name: `${data.title} ${data.date ?? ''}` };
  };

  return (
    <div className="bylaws-proposal">
      <p>
        <a href={bylawsHref.home()}>← {t('nav.back')}</a>
      </p>
      <header className="bylaws-proposal__head">
        <div>
          <h2>
            {editable ? draft.title : proposal.title} <StandingBadge proposal={proposal} />
          </h2>
          <p className="muted small">
            {t(`kind.${proposal.kind}`)}
            {proposal.author ? ` (${proposal.author})` : ''}
            {proposal.adoptedVersionId && (
              <>
                {' · '}
                <a href={bylawsHref.version(proposal.adoptedVersionId)}>{t('proposal.adoptedVersion')}</a>
              </>
            )}
          </p>
        </div>
        <div className="bylaws-actions">
          <PdfButton label={t('pdf.comparison')} build={pdf} />
          {editable && <SaveStatus state={save.state} />}
        </div>
      </header>
      {!base && <p className="text-error">{t('proposal.noBase')}</p>}

      <nav className="bylaws-tabs" aria-label={t('tab.label')}>
        {tabs.map((x) => (
          <a key={x.id} href={bylawsHref.proposal(proposal.id, x.id)} aria-current={tab === x.id ? 'page' : undefined} onClick={() => void save.flush()}>
            {x.label}
            {x.id === 'jamforelse' && changed.size > 0 && <span className="bylaws-tabs__count">{changed.size}</span>}
          </a>
        ))}
      </nav>

      {tab === 'text' &&
        (editable ? (
          <div>
            <div className="card">
              <TextField label={t('proposal.titleLabel')} value={draft.title} onChange={(e) => change({ title: e.target.value })} />
              <TextArea label={t('proposal.rationale')} hint={t('proposal.rationaleHint')} rows={4} value={draft.rationale} onChange={(e) => change({ rationale: e.target.value })} />
              <TextField label={t('proposal.meetings')} hint={t('proposal.meetingsHint')} value={draft.meetingsText} onChange={(e) => change({ meetingsText: e.target.value })} />
              <MeetingLinks proposal={proposal} meetings={meetings} />
            </div>
            <p className="muted">{t('proposal.editIntro')}</p>
            <SectionsEditor sections={draft.sections} onChange={(s) => change({ sections: s })} highlight={changed} />
          </div>
        ) : (
          <section className="card">
            {proposal.rationale && <p>{proposal.rationale}</p>}
            <BylawsText sections={proposal.sections} linkable={false} />
          </section>
        ))}
      {tab === 'jamforelse' && base && <ComparisonView base={base.sections} proposed={sections} />}
      {tab === 'beslut' && <DecisionsPanel proposal={proposal} current={current} />}
    </div>
  );
}
