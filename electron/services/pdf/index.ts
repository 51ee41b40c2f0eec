// The PDF seam: renderPdf({ kind, org, data }) -> PDF bytes. Each kind has its own model (a zod
// schema in models/) and its own renderer (render/); the model is checked here, so a renderer
// only ever sees valid data. Called in-process and over IPC; a bad model throws PdfModelError
// (a KansliServiceError with code 'invalid-payload' and a Swedish message).
import type { z } from 'zod';
import { describeIssues, modelError, unknownKindError, swedishIssue, type PdfKind } from './errors';
import { attendanceListSchema, type AttendanceListInput } from './models/attendanceList';
import { bylawsSchema, type BylawsInput } from './models/bylaws';
import { orgSchema, type OrgInput, type OrgModel } from './models/common';
import { invoicesSchema, type InvoicesInput } from './models/invoice';
import { memberListSchema, type MemberListInput } from './models/memberList';
import { minutesSchema, type MinutesInput } from './models/minutes';
import { noticeSchema, type NoticeInput } from './models/notice';
import { pressReleaseSchema, type PressReleaseInput } from './models/pressRelease';
import { registerExtractSchema, type RegisterExtractInput } from './models/registerExtract';
import { renderAttendanceList } from './render/attendanceList';
import { renderBylaws } from './render/bylaws';
import { renderInvoices } from './render/invoice';
import { renderMemberList } from './render/memberList';
import { renderMinutes } from './render/minutes';
import { renderNotice } from './render/notice';
import { renderPressRelease } from './render/pressRelease';
import { renderRegisterExtract } from './render/registerExtract';

export { PdfModelError } from './errors';
export type { PdfKind } from './errors';
export type { OrgInput as PdfOrg } from './models/common';

export type PdfRequest =
  | { kind: 'minutes'; org: OrgInput; data: MinutesInput }
  | { kind: 'press-release'; org: OrgInput; data: PressReleaseInput }
  | { kind: 'invoice'; org: OrgInput; data: InvoicesInput }
  | { kind: 'member-list'; org: OrgInput; data: MemberListInput }
  | { kind: 'bylaws'; org: OrgInput; data: BylawsInput }
  | { kind: 'notice'; org: OrgInput; data: NoticeInput }
  | { kind: 'register-extract'; org: OrgInput; data: RegisterExtractInput }
  | { kind: 'attendance-list'; org: OrgInput; data: AttendanceListInput };

type Renderer<S extends z.ZodType> = { schema: S; render: (org: OrgModel, data: z.output<S>) => Promise<Uint8Array> };
const renderer = <S extends z.ZodType>(schema: S, render: Renderer<S>['render']): Renderer<S> => ({ schema, render });

const renderers = {
  minutes: renderer(minutesSchema, renderMinutes),
  'press-release': renderer(pressReleaseSchema, renderPressRelease),
  invoice: renderer(invoicesSchema, renderInvoices),
  'member-list': renderer(memberListSchema, renderMemberList),
  bylaws: renderer(bylawsSchema, renderBylaws),
  notice: renderer(noticeSchema, renderNotice),
  'register-extract': renderer(registerExtractSchema, renderRegisterExtract),
  'attendance-list': renderer(attendanceListSchema, renderAttendanceList),
} satisfies Record<PdfKind, Renderer<z.ZodType>>;

function isKind(kind: unknown): kind is PdfKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(renderers, kind);
}

function parse<S extends z.ZodType>(kind: PdfKind, schema: S, value: unknown, subject?: string): z.output<S> {
  const result = schema.safeParse(value, { error: swedishIssue });
  if (!result.success) throw modelError(kind, describeIssues(result.error, subject));
  return result.data;
}

export async function renderPdf(request: PdfRequest): Promise<Uint8Array> {
  const kind: unknown = request?.kind;
  if (!isKind(kind)) throw unknownKindError();
  const org = parse(kind, orgSchema, request.org, 'föreningen');
  const { schema, render } = renderers[kind] as Renderer<z.ZodType>;
  const data = parse(kind, schema, request.data);
  return render(org, data);
}
