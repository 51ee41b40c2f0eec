// Every adopted version, newest first: when it came into force, by which decision, what changed.
import type { VersionRecord } from '../../db/bylaws/repositories';
import { adoptedVersions } from '../../domain/bylaws/history';
import { decisionReference } from '../../domain/bylaws/proposal';
import { useMessages } from '../../i18n';
import { bylawsHref } from './links';
import { messages } from './messages';
import { useFormatDate } from './format';

export function VersionsList({ versions, current }: { versions: VersionRecord[]; current?: VersionRecord }) {
  const t = useMessages(messages);
  const date = useFormatDate();
  const adopted = adoptedVersions(versions).reverse();
  return (
    <section className="card" aria-labelledby="bylaws-history-h">
      <h2 id="bylaws-history-h">{t('history.title')}</h2>
      <table className="bylaws-table">
        <thead>
          <tr>
            <th scope="col">{t('history.date')}</th>
            <th scope="col">{t('history.decision')}</th>
            <th scope="col">{t('history.meeting')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('history.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {adopted.map((v) => {
            const decisions = [...(v.decisions ?? [])].sort((a, b) => a.date.localeCompare(b.date));
            return (
              <tr key={v.id}>
                <td>
                  {date(v.adoptedDate)}
                  {v.id === current?.id && <span className="bylaws-badge bylaws-badge--ready">{t('history.current')}</span>}
                </td>
                <td>{v.summary}</td>
                <td>
                  {decisions.map((d) => (
                    <div key={d.id}>
                      {decisions.length > 1 && <span className="muted">{date(d.date)}: </span>}
                      {decisionReference(d).replace('§ ', '§\u00a0')}
                    </div>
                  ))}
                </td>
                <td>
                  <a href={bylawsHref.version(v.id)} aria-label={t('history.openVersion', { date: date(v.adoptedDate) })}>
                    {t('history.open')}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
