import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

function Item() {
  const { t } = useTranslation('expertise');
  return (
    <li>
      <NavLink to="/expertise">{t('nav')}</NavLink>
    </li>
  );
}

/** The catalogue's entry in the main navigation; appears once its words are loaded, never blocking the frame. */
export function ExpertiseNavLink() {
  return (
    <Suspense fallback={null}>
      <Item />
    </Suspense>
  );
}
