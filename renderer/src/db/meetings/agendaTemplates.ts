// The association's own agenda templates: synced records in their own table, so every officer
// sees the templates the board has made. A whole template is one record; its items are one field,
// since a template is edited as a whole list.
import type { Table } from 'dexie';
import { Repository } from '../repository';
import type { DeviceContext } from '../context';
import type { KansliDb } from '../schema';
import type { Stamped } from '../stamp';
import { checkTemplate, checkTemplateName, templateItemsFrom, type AgendaTemplate, type TemplateProblem } from '../../domain/meetings/ownTemplates';

export type AgendaTemplateRecord = AgendaTemplate & Stamped;

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem);
  }
}

export class AgendaTemplateRepository extends Repository<AgendaTemplate> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('agendaTemplates') as Table<AgendaTemplateRecord, string>, ctx);
  }

  /** Every template, by name in Swedish order. */
  async all(): Promise<AgendaTemplateRecord[]> {
    return (await this.list()).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async save(template: AgendaTemplate): Promise<AgendaTemplateRecord> {
    return this.write(async () => {
      const problem = checkTemplate(template, await this.list());
      if (problem) throw new TemplateError(problem);
      return this.create({ name: template.name.trim(), items: templateItemsFrom(template.items), ...(template.kind ? { kind: template.kind } : {}) });
    });
  }

  async rename(id: string, name: string): Promise<AgendaTemplateRecord> {
    return this.write(async () => {
      const problem = checkTemplateName(name, await this.list(), id);
      if (problem) throw new TemplateError(problem);
      return this.update(id, { name: name.trim() });
    });
  }
}
