// pdf.*: the PDF service in-process (renderPdf, as the IPC handler and the browser host call it),
// from the model to the finished bytes, fonts embedded.
import { renderPdf } from '../../electron/services/pdf';
import { measure, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import type { Dataset } from '../generate';
import { benchOrg, invoicesModel, minutesModel, pressReleaseModel } from './pdfModels';

export async function measurePdfs(results: ResultSet, data: Dataset, plan: RunPlan, slowPlan: RunPlan): Promise<{ minutesMs: number }> {
  const org = benchOrg();
  const press = await measure(plan, () => undefined, () => renderPdf({ kind: 'press-release', org, data: pressReleaseModel(data) }));
  results.set('pdf.pressRelease', press, 'Pressmeddelande med logotyp, ingress, fyra block, om föreningen och kontakter; Node.');
  const minutes = await measure(plan, () => undefined, () => renderPdf({ kind: 'minutes', org, data: minutesModel(data) }));
  results.set('pdf.minutes', minutes, 'Justerat protokoll med 30 paragrafer, närvaro och signaturblock; Node.');
  const model = invoicesModel(data);
  const count = model.invoices.length;
  const invoices = await measure(slowPlan, () => undefined, () => renderPdf({ kind: 'invoice', org, data: model }));
  results.set('pdf.invoices1000', invoices, `${count} fakturor med OCR, bankgiro och Swish i en fil; Node.${count < 1000 ? ' Snabbkörningen har färre fakturor.' : ''}`);
  return { minutesMs: minutes.median };
}
