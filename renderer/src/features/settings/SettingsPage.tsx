import { useT } from '../../i18n';
import { OrgProfileForm } from './OrgProfileForm';
import { LocalSettingsForm } from './LocalSettingsForm';

export function SettingsPage() {
  const t = useT();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      <OrgProfileForm />
      <LocalSettingsForm />
    </section>
  );
}
