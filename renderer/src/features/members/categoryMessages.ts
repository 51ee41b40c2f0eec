import { defineMessages } from '../../i18n';

const sv = {
  title: 'Kategorier och avgifter',
  intro: 'Föreningens egna medlemskategorier. Avgiften är den som gäller nu; avgiftsdelen utgår från den när årets avgifter bestäms.',
  name: 'Namn',
  fee: 'Årsavgift',
  'fee.hint': 'I kronor, till exempel 1 500',
  members: '{n} medlemmar',
  save: 'Spara',
  saved: 'Sparat',
  remove: 'Ta bort',
  removeFor: 'Ta bort kategorin {name}',
  inUse: '{name} har {n} medlemmar och kan inte tas bort. Flytta dem till en annan kategori först.',
  add: 'Lägg till kategori',
  addTitle: 'Ny kategori',
  'error.name': 'Skriv kategorins namn',
  'error.duplicate': 'Det finns redan en kategori som heter så',
  'error.fee': 'Skriv avgiften i kronor, till exempel 1 500 eller 1500,00',
  back: '← Alla medlemmar',
};

const en: typeof sv = {
  title: 'Categories and fees',
  intro: "The association's own member categories. The fee is the current one; the fees area starts from it when the year's fees are set.",
  name: 'Name',
  fee: 'Annual fee',
  'fee.hint': 'In kronor, for example 1 500',
  members: '{n} members',
  save: 'Save',
  saved: 'Saved',
  remove: 'Delete',
  removeFor: 'Delete the category {name}',
  inUse: '{name} has {n} members and cannot be deleted. Move them to another category first.',
  add: 'Add category',
  addTitle: 'New category',
  'error.name': "Write the category's name",
  'error.duplicate': 'There already is a category with that name',
  'error.fee': 'Write the fee in kronor, for example 1 500 or 1500.00',
  back: '← All members',
};

export const categoryMessages = defineMessages(sv, en);
