// Exports of a release: PDF through the Node side, HTML and plain text built here, and the
// plain text on the clipboard for an e-mail. Each returns the file name it saved.
import { send } from '../../platform/bridge';
import { saveFile } from '../../platform/files';
import { fileBaseName } from '../../domain/press/format';
import { toHtml } from '../../domain/press/html';
import { toPdfModel } from '../../domain/press/model';
import { toPlainText } from '../../domain/press/plainText';
import type { PressReleaseData, ReleaseOrg } from '../../domain/press/types';

export type ExportKind = 'pdf' | 'html' | 'text';

export async function exportRelease(kind: ExportKind, r: PressReleaseData, org: ReleaseOrg): Promise<string> {
  const base = fileBaseName(r.date, r.headline);
  switch (kind) {
    case 'pdf': {
      const bytes = await send('pdf:render', { kind: 'press-release', org, data: toPdfModel(r) });
      saveFile(`${base}.pdf`, bytes, 'application/pdf');
      return `${base}.pdf`;
    }
    case 'html':
      saveFile(`${base}.html`, toHtml(r, org), 'text/html;charset=utf-8');
      return `${base}.html`;
    case 'text':
      saveFile(`${base}.txt`, toPlainText(r, org), 'text/plain;charset=utf-8');
      return `${base}.txt`;
  }
}

export async function copyPlainText(r: PressReleaseData, org: ReleaseOrg): Promise<void> {
  const text = toPlainText(r, org);
  try {
    await navigator.clipboard.writeText(text);
  } catch (err) {
    // Without clipboard permission (an embedded browser), fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw err;
  }
}
