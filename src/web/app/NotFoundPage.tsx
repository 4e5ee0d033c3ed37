import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/ui/index.js';

/** Shown for any address the app does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} narrow>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
