import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

function Item() {
  const { t } = useTranslation('experiences');
  return (
    <li>
      <NavLink to="/experiences">{t('nav')}</NavLink>
    </li>
  );
}

/** The library's entry in the main navigation; appears once its words are loaded, never blocking the frame. */
export function LibraryNavLink() {
  return (
    <Suspense fallback={null}>
      <Item />
    </Suspense>
  );
}
