import { BRAZIL_EXPERIENCES } from './demo-experiences-data-brazil.js';
import { CHINA_EXPERIENCES } from './demo-experiences-data-china.js';
import { COLOMBIA_EXPERIENCES } from './demo-experiences-data-colombia.js';
import { INDIA_EXPERIENCES } from './demo-experiences-data-india.js';
import { INDONESIA_EXPERIENCES } from './demo-experiences-data-indonesia.js';
import { JICA_EXPERIENCES } from './demo-experiences-data-jica.js';
import { KENYA_EXPERIENCES } from './demo-experiences-data-kenya.js';
import { MEXICO_EXPERIENCES } from './demo-experiences-data-mexico.js';
import { MOROCCO_EXPERIENCES } from './demo-experiences-data-morocco.js';
import { SINGAPORE_EXPERIENCES } from './demo-experiences-data-singapore.js';
import { WBI_EXPERIENCES } from './demo-experiences-data-wbi.js';
import type { DemoExperience } from './demo-experiences-types.js';

/**
 * The demo experience library: case stories of South-South and triangular knowledge exchange,
 * one file per owning organisation's region. The stories follow well-known real exchanges, but
 * their figures are illustrative and every summary says "(Demo)". Organisations without a demo
 * user (AGCID, DIRCO, Rwanda Cooperation) appear as participants of stories owned by others.
 */
export const DEMO_EXPERIENCES: DemoExperience[] = [
  ...WBI_EXPERIENCES,
  ...MEXICO_EXPERIENCES,
  ...COLOMBIA_EXPERIENCES,
  ...BRAZIL_EXPERIENCES,
  ...CHINA_EXPERIENCES,
  ...INDIA_EXPERIENCES,
  ...INDONESIA_EXPERIENCES,
  ...SINGAPORE_EXPERIENCES,
  ...MOROCCO_EXPERIENCES,
  ...KENYA_EXPERIENCES,
  ...JICA_EXPERIENCES,
];
