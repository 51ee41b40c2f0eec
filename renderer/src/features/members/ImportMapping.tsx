// Which field each column of the file fills. A field goes to one column only: choosing it for a
// second column takes it from the first, as the reader would ignore the second anyway.
import { useLang, useMessages } from '../../i18n';
import { columnFieldLabel, FIELD_LABELS, type ColumnMapping, type MemberField } from '../../domain/members/csv';
import { importMessages } from './importMessages';

const FIELDS = Object.keys(FIELD_LABELS) as MemberField[];

export function ImportMapping({ headers, samples, mapping, onChange }: { headers: string[]; samples: string[][]; mapping: ColumnMapping; onChange(m: ColumnMapping): void }) {
  const t = useMessages(importMessages);
  const lang = useLang();
  const choose = (index: number, field: MemberField | null) => {
    const next: ColumnMapping = { ...mapping };
    if (field) for (const [k, f] of Object.entries(next)) if (f === field) next[Number(k)] = null;
    next[index] = field;
    onChange(next);
  };
  return (
    <section className="card members-mapping" aria-labelledby="members-mapping-heading">
      <h2 id="members-mapping-heading">{t('mapping.title')}</h2>
      <p className="muted">{t('mapping.intro')}</p>
      <table className="members-mapping__table">
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.sample')}</th>
            <th scope="col">{t('mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((h, i) => {
            const id = `members-map-${i}`;
            return (
              <tr key={i}>
                <th scope="row">
                  <label htmlFor={id}>{h || t('mapping.noHeader')}</label>
                </th>
                <td className="members-mapping__sample">{samples.map((row) => row[i]?.trim()).filter(Boolean).slice(0, 2).join(' · ')}</td>
                <td>
                  <select id={id} value={mapping[i] ?? ''} onChange={(e) => choose(i, (e.target.value || null) as MemberField | null)}>
                    <option value="">{t('mapping.skip')}</option>
                    {FIELDS.map((f) => (
                      <option key={f} value={f}>{columnFieldLabel(f, lang)}</option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
