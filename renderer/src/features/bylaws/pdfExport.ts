// Turning bylaws into a PDF on the Node side and handing it to the user as a download.
import { send } from '../../platform/bridge';
import { saveFile } from '../../platform/files';
import type { OrgProfile } from '../../domain/org/profile';
import type { CleanPdfData, ComparisonPdfData } from '../../domain/bylaws/pdf';

export class MissingOrgNameError extends Error {}

export function pdfOrg(p: OrgProfile | undefined) {
  if (!p?.name?.trim()) throw new MissingOrgNameError();
  const place = [p.postalCode, p.city].filter(Boolean).join(' ');
  const address = [p.street, place].filter(Boolean).join(', ');
  return {
    name: p.name.trim(),
    ...(p.organisationNumber ? { organisationNumber: p.organisationNumber } : {}),
    ...(address ? { address } : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(p.website ? { website: p.website } : {}),
    ...(p.logo ? { logo: p.logo } : {}),
    ...(p.color ? { color: p.color } : {}),
  };
}

/** A file name without characters that Windows or macOS refuse. */
export function fileName(base: string): string {
  return `${base.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120)}.pdf`;
}

export async function exportBylawsPdf(profile: OrgProfile | undefined, data: CleanPdfData | ComparisonPdfData, name: string): Promise<void> {
  const bytes = await send('pdf:render', { kind: 'bylaws', org: pdfOrg(profile), data });
  saveFile(fileName(name), bytes, 'application/pdf');
}
