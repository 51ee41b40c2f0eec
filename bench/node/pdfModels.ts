// The PDF models of the benchmark, taken from the generated data: the association's profile with
// its logo, a press release, minutes with 30 paragraphs, and the last year's fee invoices.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PdfOrg } from '../../electron/services/pdf';
import type { InvoicesInput } from '../../electron/services/pdf/models/invoice';
import type { MinutesInput } from '../../electron/services/pdf/models/minutes';
import type { PressReleaseInput } from '../../electron/services/pdf/models/pressRelease';
import type { Dataset } from '../generate';

export function benchOrg(): PdfOrg {
  const logo = `data:image/png;base64,${readFileSync(resolve('tests/fixtures/logo.png')).toString('base64')}`;
  return {
    name: 'IT-nätverket Norr',
    organisationNumber: '802456-7896',
    address: 'Storgatan 12\n903 26 Umeå',
    email: 'kansli@itnorr.se',
    website: 'www.itnorr.se',
    logo,
    color: '#0e7490',
    bankgiro: '5050-1055',
    swishNumber: '123 118 11 89',
  };
}

export function pressReleaseModel(data: Dataset): PressReleaseInput {
  const r = data.tables.pressReleases[0]!;
  return {
    date: r.date,
    headline: r.headline,
    lead: r.lead,
    body: r.body.slice(0, 4).map((b) => {
      switch (b.type) {
        case 'quote': return { type: 'quote', text: b.text, name: b.name, title: b.title };
        case 'image': return { type: 'image', src: b.src, caption: b.caption };
        default: return { type: b.type, text: b.text };
      }
    }),
    about: { heading: r.aboutHeading, text: r.aboutText },
    contacts: r.contacts,
  };
}

export function minutesModel(data: Dataset, paragraphs = 30): MinutesInput {
  const meeting = data.tables.meetings[0]!;
  const minutes = data.tables.minutes[0]!;
  const items = data.tables.agendaItems.slice(0, paragraphs).map((item, i) => ({
    number: i + 1,
    title: item.title,
    notes: item.notes,
    decisions: item.decisions ?? [],
    actions: (item.actions ?? []).map((a) => ({ text: a.text, assignee: a.assignee, due: a.due })),
  }));
  return {
    meeting: { title: meeting.title, kind: meeting.kind, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, locations: meeting.places.map((p) => p.name) },
    attendees: (minutes.attendees ?? []).map((a) => ({ name: a.name, role: a.role, present: a.presence !== 'absent' })),
    chair: minutes.chair!,
    secretary: minutes.secretary!,
    adjusters: minutes.adjusters ?? [],
    items,
    status: 'adjusted',
    contentHash: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
  };
}

export function invoicesModel(data: Dataset, count = 1000): InvoicesInput {
  const members = new Map(data.tables.members.map((m) => [m.id, m]));
  const last = data.tables.invoices.filter((i) => i.year === Math.max(...data.tables.invoices.slice(-1).map((x) => x.year)));
  return {
    invoices: last.slice(0, count).map((inv) => {
      const m = members.get(inv.memberId)!;
      return {
        invoiceNumber: inv.invoiceNumber,
        invoiceDate: inv.invoiceDate,
        dueDate: inv.dueDate,
        ocr: inv.ocr,
        member: {
          name: m.name,
          memberNumber: m.memberNumber,
          addressLines: [m.street, `${m.postalCode ?? ''} ${m.city ?? ''}`.trim()].filter((s): s is string => !!s),
          organisationNumber: m.kind === 'organisation' ? m.organisationNumber : undefined,
        },
        lines: inv.lines,
        totalOre: inv.amountOre,
        paymentTerms: '30 dagar netto',
        kind: 'invoice',
      };
    }),
  };
}
