import { createContext, useContext, type ReactNode } from 'react';
import { sv, type MessageKey } from './sv';
import { en } from './en';

export type Language = 'sv' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogs: Record<Language, Record<MessageKey, string>> = { sv, en };

export function translator(lang: Language): Translate {
  const catalog = catalogs[lang];
  return (key, vars) => {
    return format(catalog[key] ?? sv[key] ?? key, vars);
  };
}

const I18nContext = createContext<{ lang: Language; t: Translate }>({ lang: 'sv', t: translator('sv') });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <I18nContext.Provider value={{ lang, t: translator(lang) }}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLang(): Language {
  return useContext(I18nContext).lang;
}

export type { MessageKey };

/** A feature's own messages, Swedish and English, kept beside the feature that uses them. */
export type Catalog<K extends string> = { sv: Record<K, string>; en: Record<K, string> };

export function defineMessages<K extends string>(sv: Record<K, string>, en: Record<K, string>): Catalog<K> {
  return { sv, en };
}

export function format(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export function useMessages<K extends string>(catalog: Catalog<K>): (key: K, vars?: Record<string, string | number>) => string {
  const lang = useLang();
  return (key, vars) => format(catalog[lang][key] ?? catalog.sv[key] ?? key, vars);
}
