// An earlier (or the current) version, read only and exportable, with what it replaced.
import type { VersionRecord } from '../../db/bylaws/repositories';
import { cleanPdfData } from '../../domain/bylaws/pdf';
import { decisionReference } from '../../domain/bylaws/proposal';
import { useMessages } from '../../i18n';
import { BylawsText } from './BylawsText';
import { bylawsHref } from './links';
import { messages } from './messages';
import { PdfButton } from './PdfButton';
import { useFormatDate } from './format';

export function VersionView({ version, versions, current }: { version?: VersionRecord; versions: VersionRecord[]; current?: VersionRecord }) {
  const t = useMessages(messages);
  const date = useFormatDate();
  if (!version || version.status !== 'adopted') {
    return (
      <div className="card card--callout" role="alert">
        <p>{t('version.missing')}</p>
        <a href={bylawsHref.home()}>{t('nav.back')}</a>
      </div>
    );
  }
  const isCurrent = version.id === current?.id;
  const later = versions.filter((v) => v.status === 'adopted' && (v.adoptedDate ?? '') > (version.adoptedDate ?? '')).sort((a, b) => a.adoptedDate!.localeCompare(b.adoptedDate!))[0];
  return (
    <div>
      <p>
        <a href={bylawsHref.home()}>← {t('nav.back')}</a>
      </p>
      <div className={`card ${isCurrent ? 'card--callout' : 'bylaws-old'}`}>
        <h2>{version.title}</h2>
        <p>
          {isCurrent
            ? t('version.isCurrent', { date: date(version.adoptedDate) })
            : t('version.replaced', { date: date(version.adoptedDate), until: date(later?.adoptedDate) })}
        </p>
        {version.summary && <p className="muted">{version.summary}</p>}
        {version.decisions?.length ? (
          <p className="muted small">
            {t('version.decisions', { refs: [...version.decisions].sort((a, b) => a.date.localeCompare(b.date)).map((d) => `${decisionReference(d)} (${date(d.date)})`).join(', ') })}
          </p>
        ) : null}
        <PdfButton label={t('pdf.version')} build={() => ({ data: cleanPdfData(version, versions), name: `${version.title} ${version.adoptedDate ?? ''}` })} />
      </div>
      <section className="card">
        <BylawsText sections={version.sections} linkable={isCurrent} />
      </section>
    </div>
  );
}
