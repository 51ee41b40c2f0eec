// The association's own agenda templates ("Vårt styrelsemöte", "Årsmöte enligt våra stadgar"):
// a name and the items in order. Names are unique whatever their case, so the list to choose
// from never shows two that look the same.
import type { MeetingKind } from './types';

export type AgendaTemplate = { name: string; items: string[]; kind?: MeetingKind };

export type TemplateProblem = 'nameRequired' | 'nameTaken' | 'nameTooLong' | 'noItems' | 'tooManyItems';

export const MAX_TEMPLATE_NAME = 120;
export const MAX_TEMPLATE_ITEMS = 200;

const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** The items as a template keeps them: trimmed, the empty ones dropped. */
export function templateItemsFrom(titles: string[]): string[] {
  return titles.map((t) => t.trim()).filter(Boolean);
}

export function checkTemplateName(name: string, others: { id: string; name: string }[], selfId?: string): TemplateProblem | undefined {
  const n = name.trim();
  if (!n) return 'nameRequired';
  if (n.length > MAX_TEMPLATE_NAME) return 'nameTooLong';
  if (others.some((o) => o.id !== selfId && key(o.name) === key(n))) return 'nameTaken';
  return undefined;
}

export function checkTemplate(t: AgendaTemplate, others: { id: string; name: string }[], selfId?: string): TemplateProblem | undefined {
  const nameProblem = checkTemplateName(t.name, others, selfId);
  if (nameProblem) return nameProblem;
  const items = templateItemsFrom(t.items);
  if (items.length === 0) return 'noItems';
  if (items.length > MAX_TEMPLATE_ITEMS) return 'tooManyItems';
  return undefined;
}
