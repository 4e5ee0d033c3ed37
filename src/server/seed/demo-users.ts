import type { OrgRole } from '../../shared/permissions.js';

/** Demo people (fictional names) in every role, all with the same clearly-marked demo password. */
export const DEMO_PASSWORD = 'kxhub-demo-2011';
export const DEMO_ADMIN_EMAIL = 'admin@demo.kxhub.org';

export interface DemoUser {
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
  isAdmin?: boolean;
  isBroker?: boolean;
  coordinatorOf?: string[];
  memberships?: [orgKey: string, role: OrgRole][];
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    displayName: 'Demo Administrator',
    locale: 'en',
    timeZone: 'UTC',
    isAdmin: true,
  },
  {
    email: 'broker@demo.kxhub.org',
    displayName: 'Amara Okafor (demo broker)',
    locale: 'en',
    timeZone: 'America/New_York',
    isBroker: true,
    memberships: [['wbi', 'org_admin']],
  },
  {
    email: 'wbi.editor@demo.kxhub.org',
    displayName: 'Lucía Herrera (demo)',
    locale: 'es',
    timeZone: 'America/New_York',
    memberships: [['wbi', 'editor']],
  },
  {
    email: 'mx.coordinator@demo.kxhub.org',
    displayName: 'Mariana Robles (demo)',
    locale: 'es',
    timeZone: 'America/Mexico_City',
    coordinatorOf: ['MX'],
    memberships: [['mx-dgctc', 'org_admin']],
  },
  {
    email: 'mx.editor@demo.kxhub.org',
    displayName: 'Jorge Castañeda Ruiz (demo)',
    locale: 'es',
    timeZone: 'America/Mexico_City',
    memberships: [['mx-dgctc', 'editor']],
  },
  {
    email: 'cn.coordinator@demo.kxhub.org',
    displayName: 'Wang Li (demo)',
    locale: 'zh',
    timeZone: 'Asia/Shanghai',
    coordinatorOf: ['CN'],
    memberships: [['cn-mof', 'org_admin']],
  },
  {
    email: 'in.coordinator@demo.kxhub.org',
    displayName: 'Priya Raman (demo)',
    locale: 'en',
    timeZone: 'Asia/Kolkata',
    coordinatorOf: ['IN'],
    memberships: [['in-dea', 'org_admin']],
  },
  {
    email: 'id.coordinator@demo.kxhub.org',
    displayName: 'Dewi Lestari (demo)',
    locale: 'id',
    timeZone: 'Asia/Jakarta',
    coordinatorOf: ['ID'],
    memberships: [['id-bappenas', 'org_admin']],
  },
  {
    email: 'sg.coordinator@demo.kxhub.org',
    displayName: 'Tan Wei Ming (demo)',
    locale: 'en',
    timeZone: 'Asia/Singapore',
    coordinatorOf: ['SG'],
    memberships: [['sg-sce', 'org_admin']],
  },
  {
    email: 'sg.member@demo.kxhub.org',
    displayName: 'Nur Aisyah (demo)',
    locale: 'en',
    timeZone: 'Asia/Singapore',
    memberships: [['sg-sce', 'member']],
  },
  {
    email: 'co.coordinator@demo.kxhub.org',
    displayName: 'Andrés Gómez (demo)',
    locale: 'es',
    timeZone: 'America/Bogota',
    coordinatorOf: ['CO'],
    memberships: [['co-apc', 'org_admin']],
  },
  {
    email: 'br.admin@demo.kxhub.org',
    displayName: 'Ana Beatriz Souza (demo)',
    locale: 'pt',
    timeZone: 'America/Sao_Paulo',
    memberships: [['br-abc', 'org_admin']],
  },
  {
    email: 'ma.admin@demo.kxhub.org',
    displayName: 'Youssef El Amrani (demo)',
    locale: 'fr',
    timeZone: 'Africa/Casablanca',
    memberships: [['ma-amci', 'org_admin']],
  },
  {
    email: 'jica.member@demo.kxhub.org',
    displayName: 'Sato Haruka (demo)',
    locale: 'en',
    timeZone: 'Asia/Tokyo',
    memberships: [['jica', 'member']],
  },
  {
    email: 'ke.admin@demo.kxhub.org',
    displayName: 'Wanjiru Kamau (demo)',
    locale: 'en',
    timeZone: 'Africa/Nairobi',
    memberships: [['ke-treasury', 'org_admin']],
  },
  {
    email: 'cl.admin@demo.kxhub.org',
    displayName: 'Camila Fuentes (demo)',
    locale: 'es',
    timeZone: 'America/Santiago',
    memberships: [['cl-agci', 'org_admin']],
  },
  {
    email: 'za.editor@demo.kxhub.org',
    displayName: 'Thandiwe Nkosi (demo)',
    locale: 'en',
    timeZone: 'Africa/Johannesburg',
    memberships: [['za-dirco', 'editor']],
  },
  {
    email: 'rw.admin@demo.kxhub.org',
    displayName: 'Jean-Paul Habimana (demo)',
    locale: 'fr',
    timeZone: 'Africa/Kigali',
    memberships: [['rw-rci', 'org_admin']],
  },
  {
    email: 'mx.sre.member@demo.kxhub.org',
    displayName: 'Luis Hernández (demo)',
    locale: 'es',
    timeZone: 'America/Mexico_City',
    memberships: [['mx-sre', 'member']],
  },
];
