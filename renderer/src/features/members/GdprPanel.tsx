// The member's personal data: the register extract to hand over on request, and anonymisation
// once the member has left. Deleting is here too, behind a question.
import { useState } from 'react';
import { useMessages } from '../../i18n';
import { saveFile } from '../../platform/files';
import { navigate } from '../../ui/routes';
import { canAnonymise, registerExtract, registerExtractDocument, type RegisterExtractInput } from '../../domain/members/gdpr';
import { send } from '../../platform/bridge';
import { useApp } from '../../ui/appContext';
import { purgeErased } from '../../db/sync/purge';
import type { CategoryRecord } from '../../domain/members/model';
import type { StoredMember } from '../../db/members/memberRepository';
import { today, useMemberRepos, useProfile } from './data';
import { exportVCard } from './exports';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { pageMessages } from './pageMessages';

type Ask = 'none' | 'anonymise' | 'delete';

export function GdprPanel({ member, categories }: { member: StoredMember; categories: CategoryRecord[] }) {
  const t = useMessages(pageMessages);
  const { members } = useMemberRepos();
  const { db } = useApp().repos;
  const profile = useProfile();
  const [ask, setAsk] = useState<Ask>('none');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean }>();

  async function extractInput(): Promise<RegisterExtractInput> {
    const changes = await members.history(member.id);
    return {
      member,
      categoryName: categories.find((c) => c.id === member.categoryId)?.name,
      association: { name: profile?.name || '', organisationNumber: profile?.organisationNumber, email: profile?.email },
      changes: changes.map((c) => ({ at: c.at, userName: c.userName, kind: c.kind, fields: c.fields })),
      generatedAt: new Date().toISOString(),
    };
  }

  const fileName = (ext: string) => `Registerutdrag ${member.name.replace(/[\\/:*?"<>|]+/g, '-')} ${today()}.${ext}`;

  async function extractPdf() {
    try {
      const input = await extractInput();
      const pdf = await send('pdf:render', { kind: 'register-extract', org: { name: profile?.name || '', logo: profile?.logo, color: profile?.color }, data: registerExtractDocument(input) });
      const file = fileName('pdf');
      saveFile(file, pdf, 'application/pdf');
      setNote({ text: t('gdpr.extractSaved', { file }) });
    } catch (err) {
      setNote({ text: t('gdpr.extractPdfFailed', { message: err instanceof Error ? err.message : String(err) }), error: true });
    }
  }

  async function extract() {
    const data = registerExtract(await extractInput());
    const file = fileName('json');
    saveFile(file, JSON.stringify(data, null, 2) + '\n', 'application/json;charset=utf-8');
    setNote({ text: t('gdpr.extractSaved', { file }) });
  }

  async function confirm() {
    setBusy(true);
    try {
      if (ask === 'anonymise') {
        await members.anonymise(member.id);
        // Conflicts and past sync runs may still hold the data: an erasure leaves no trace.
        await purgeErased(db, [{ table: 'members', id: member.id }]);
      }
      if (ask === 'delete') {
        await members.remove(member.id);
        navigate('members');
      }
      setAsk('none');
    } catch (err) {
      setNote({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  const left = canAnonymise(member);
  return (
    <section className="card members-gdpr" aria-labelledby="members-gdpr-heading">
      <h2 id="members-gdpr-heading">{t('gdpr.title')}</h2>
      <div className="members-gdpr__row">
        <button type="button" className="button" onClick={() => void extractPdf()}>{t('gdpr.extractPdf')}</button>
        <button type="button" className="button" onClick={() => void extract()}>{t('gdpr.extract')}</button>
        <p className="muted small">{t('gdpr.extractHint')}</p>
      </div>
      {member.kind === 'person' && !member.anonymisedAt && (
        <div className="members-gdpr__row">
          <button type="button" className="button" onClick={() => setNote({ text: t('vcard.saved', { file: exportVCard(member) }) })}>{t('vcard.member')}</button>
        </div>
      )}
      <div className="members-gdpr__row">
        {member.anonymisedAt ? (
          <p>{t('gdpr.anonymised', { date: member.anonymisedAt.slice(0, 10) })}</p>
        ) : (
          <>
            <button type="button" className="button" disabled={!left} onClick={() => setAsk('anonymise')}>{t('gdpr.anonymise')}</button>
            <p className="muted small">{left ? t('gdpr.anonymiseHint') : t('gdpr.anonymiseOnlyLeft')}</p>
          </>
        )}
      </div>
      <div className="members-gdpr__row">
        <button type="button" className="button button--quiet members-danger-text" onClick={() => setAsk('delete')}>{t('delete')}</button>
      </div>
      <p role="status" aria-live="polite" className={note?.error ? 'text-error' : 'muted'}>{note?.text}</p>
      <ConfirmDialog
        danger
        open={ask !== 'none'}
        title={t(ask === 'delete' ? 'delete.confirmTitle' : 'gdpr.confirmTitle', { name: member.name })}
        confirm={t(ask === 'delete' ? 'delete.confirm' : 'gdpr.confirm')}
        cancel={t('cancel')}
        busy={busy}
        onConfirm={() => void confirm()}
        onClose={() => setAsk('none')}
      >
        <p>{ask === 'delete' ? t('delete.confirmBody', { n: member.memberNumber }) : t('gdpr.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
