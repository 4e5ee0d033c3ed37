import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

function Label() {
  const { t } = useTranslation('assessments');
  return <NavLink to="/admin/rubric">{t('nav.rubric')}</NavLink>;
}

/**
 * The administrators' link to the self-assessment rubric, for the site navigation. Its words live
 * in the assessments catalogue, loaded on its own so the frame never waits for it.
 */
export function RubricNavLink() {
  return (
    <Suspense fallback={null}>
      <Label />
    </Suspense>
  );
}
