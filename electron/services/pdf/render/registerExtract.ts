// Registerutdrag: who holds the data and why, every field held about the person, and when it
// was changed by whom, so the member can check it against what they expect.
import { facts, heading, prose, title } from '../layout/blocks';
import { createDocument, finishDocument } from '../layout/document';
import { FONT } from '../layout/fonts';
import { formatDate } from '../layout/format';
import { table } from '../layout/table';
import { INK } from '../layout/text';
import type { OrgModel } from '../models/common';
import type { RegisterExtractModel } from '../models/registerExtract';

export async function renderRegisterExtract(org: OrgModel, m: RegisterExtractModel): Promise<Uint8Array> {
  const { d, bytes } = createDocument({
    org,
    title: `Registerutdrag – ${m.subject}`,
    subject: `Registerutdrag enligt dataskyddsförordningen, ${formatDate(m.generated)}`,
    date: m.generated,
    headerRight: ['REGISTERUTDRAG', formatDate(m.generated)],
  });
  title(d, 'Registerutdrag', `${m.subject} · enligt dataskyddsförordningen (GDPR) artikel 15`);
  facts(d, [
    ['Personuppgifts­ansvarig', m.controller.name],
    ['Organisationsnr', m.controller.organisationNumber],
    ['Kontakt', m.controller.email],
    ['Upprättat', formatDate(m.generated)],
  ], 120);

  heading(d, 'Uppgifter vi har om dig');
  facts(d, m.fields.map((f) => [f.label, f.value] as [string, string]), 180);

  heading(d, 'Ändamål');
  prose(d, m.purpose);
  heading(d, 'Rättslig grund');
  prose(d, m.legalBasis);
  heading(d, 'Hur länge uppgifterna sparas');
  prose(d, m.retention);

  if (m.history.length > 0) {
    heading(d, 'Ändringshistorik', d.styles.heading, 14, 60);
    table(
      d,
      [
        { label: 'Tidpunkt', max: 110 },
        { label: 'Av', max: 120 },
        { label: 'Händelse', max: 70 },
        { label: 'Fält', max: 260 },
      ],
      m.history.map((h) => [h.at, h.by ?? '', h.event, h.fields ?? '']),
      { font: FONT.regular, size: 8.5, color: INK },
      { font: FONT.bold, size: 8.5, color: INK },
    );
  }
  return finishDocument(d, bytes);
}
