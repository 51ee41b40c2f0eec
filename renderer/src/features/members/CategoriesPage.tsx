// The member categories with their current fees: renamed, repriced, added, and deleted when no
// member has them.
import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { hrefFor } from '../../ui/routes';
import { formatKronor, parseKronor } from '../../domain/fees/money';
import type { CategoryRecord } from '../../domain/members/model';
import { CategoryInUseError } from '../../db/members/categoryRepository';
import { useCategories, useMemberRepos, useMembers } from './data';
import { categoryMessages } from './categoryMessages';

type Errors = { name?: string; fee?: string };

const feeText = (ore: number) => formatKronor(ore).replace(/\u00a0kr$/, '');

function check(name: string, fee: string, others: CategoryRecord[], t: (k: 'error.name' | 'error.duplicate' | 'error.fee') => string): { errors: Errors; feeOre: number | null } {
  const errors: Errors = {};
  if (!name.trim()) errors.name = t('error.name');
  else if (others.some((c) => c.name.trim().toLocaleLowerCase('sv') === name.trim().toLocaleLowerCase('sv'))) errors.name = t('error.duplicate');
  const feeOre = parseKronor(fee);
  if (feeOre === null || feeOre < 0) errors.fee = t('error.fee');
  return { errors, feeOre };
}

function CategoryRow({ category, all, count }: { category: CategoryRecord; all: CategoryRecord[]; count: number }) {
  const t = useMessages(categoryMessages);
  const lang = useLang();
  const { categories } = useMemberRepos();
  const [name, setName] = useState(category.name);
  const [fee, setFee] = useState(feeText(category.feeOre));
  const [errors, setErrors] = useState<Errors>({});
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [shown, setShown] = useState({ name: category.name, feeOre: category.feeOre });

  // Another officer's change (through sync) replaces the fields, unless this row is being edited.
  if (category.name !== shown.name || category.feeOre !== shown.feeOre) {
    setShown({ name: category.name, feeOre: category.feeOre });
    if (name === shown.name && parseKronor(fee) === shown.feeOre) {
      setName(category.name);
      setFee(feeText(category.feeOre));
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const { errors: found, feeOre } = check(name, fee, all.filter((c) => c.id !== category.id), t);
    setErrors(found);
    if (Object.keys(found).length > 0 || feeOre === null) return;
    await categories.update(category.id, { name: name.trim(), feeOre });
    setName(name.trim());
    setFee(feeText(feeOre));
    setNote({ text: t('saved') });
  }

  async function remove() {
    try {
      await categories.removeUnused(category.id);
    } catch (err) {
      setNote({ text: err instanceof CategoryInUseError ? t('inUse', { name: category.name, n: err.count }) : String(err), error: true });
    }
  }

  return (
    <form className="members-category" onSubmit={save} noValidate aria-label={category.name}>
      <TextField label={t('name')} value={name} error={errors.name} onChange={(e) => { setName(e.target.value); setNote(undefined); }} />
      <TextField label={t('fee')} hint={t('fee.hint')} inputMode="decimal" value={fee} error={errors.fee} onChange={(e) => { setFee(e.target.value); setNote(undefined); }} />
      <div className="members-category__meta">
        <span className="muted small">{t('members', { n: count.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') })}</span>
        <div className="members-category__actions">
          <button type="submit" className="button">{t('save')}</button>
          <button type="button" className="button button--quiet" aria-label={t('removeFor', { name: category.name })} onClick={() => void remove()}>{t('remove')}</button>
        </div>
        <span role="status" className={note?.error ? 'text-error small' : 'muted small'}>{note?.text}</span>
      </div>
    </form>
  );
}

function AddCategory({ all }: { all: CategoryRecord[] }) {
  const t = useMessages(categoryMessages);
  const { categories } = useMemberRepos();
  const [name, setName] = useState('');
  const [fee, setFee] = useState('0');
  const [errors, setErrors] = useState<Errors>({});
  async function add(e: FormEvent) {
    e.preventDefault();
    const { errors: found, feeOre } = check(name, fee, all, t);
    setErrors(found);
    if (Object.keys(found).length > 0 || feeOre === null) return;
    await categories.add(name, feeOre);
    setName('');
    setFee('0');
  }
  return (
    <form className="card members-category members-category--new" onSubmit={add} noValidate aria-labelledby="members-newcat">
      <h2 id="members-newcat" className="grid__wide">{t('addTitle')}</h2>
      <TextField label={t('name')} value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
      <TextField label={t('fee')} hint={t('fee.hint')} inputMode="decimal" value={fee} error={errors.fee} onChange={(e) => setFee(e.target.value)} />
      <div className="members-category__meta">
        <button type="submit" className="button button--primary">{t('add')}</button>
      </div>
    </form>
  );
}

export function CategoriesPage() {
  const t = useMessages(categoryMessages);
  const list = useCategories();
  const members = useMembers();
  const counts = new Map<string, number>();
  for (const m of members ?? []) if (m.categoryId) counts.set(m.categoryId, (counts.get(m.categoryId) ?? 0) + 1);
  return (
    <section aria-labelledby="page-title" className="members-categories">
      <a href={hrefFor('members')} className="members-back">{t('back')}</a>
      <h1 id="page-title">{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <div className="card">
        {(list ?? []).map((c) => (
          <CategoryRow key={c.id} category={c} all={list ?? []} count={counts.get(c.id) ?? 0} />
        ))}
      </div>
      {list && <AddCategory all={list} />}
    </section>
  );
}
