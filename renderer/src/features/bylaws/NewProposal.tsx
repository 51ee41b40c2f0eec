// Starting an amendment: a title, who proposes it, and the rule it must pass (read from the
// bylaws' own § on amendments, which the user can correct).
import { useState, type FormEvent } from 'react';
import type { VersionRecord } from '../../db/bylaws/repositories';
import { requirementFromBylaws } from '../../domain/bylaws/proposal';
import { useMessages } from '../../i18n';
import { SelectField, TextField } from '../../ui/Field';
import { goToProposal } from './links';
import { messages } from './messages';
import { useBylawRepos } from './useBylaws';

export function NewProposal({ current }: { current: VersionRecord }) {
  const t = useMessages(messages);
  const r = useBylawRepos();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'board' | 'motion'>('board');
  const [author, setAuthor] = useState('');
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) {
      setError(t('proposal.error.title'));
      return;
    }
    const p = await r.proposals.propose(current, {
      title: title.trim(),
      kind,
      ...(kind === 'motion' && author.trim() ? { author: author.trim() } : {}),
      requirement: requirementFromBylaws(current.sections),
    });
    goToProposal(p.id);
  }

  if (!open) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('proposal.new')}
        </button>
      </p>
    );
  }
  return (
    <form className="card bylaws-new" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} noValidate aria-labelledby="bylaws-new-h">
      <h2 id="bylaws-new-h">{t('proposal.new')}</h2>
      <p className="muted">{t('proposal.newIntro')}</p>
      <div className="bylaws-new__grid">
        <TextField label={t('proposal.titleLabel')} value={title} autoFocus placeholder={t('proposal.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} error={error || undefined} />
        <SelectField label={t('proposal.kind')} value={kind} onChange={(v) => setKind(v as 'board' | 'motion')} options={[{ value: 'board', label: t('kind.board') }, { value: 'motion', label: t('kind.motion') }]} />
        {kind === 'motion' && <TextField label={t('proposal.author')} value={author} onChange={(e) => setAuthor(e.target.value)} />}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('proposal.create')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
