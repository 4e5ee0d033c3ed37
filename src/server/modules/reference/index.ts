import type { ModuleManifest } from '../../platform/module.js';
import { referenceRoutes } from './reference.routes.js';

/** Reference data: countries, languages, IATI code lists and the editable vocabularies. */
export const referenceModule: ModuleManifest = {
  name: 'reference',
  routes: referenceRoutes,
};

export { isActiveCode, isKnownCountry } from './reference.service.js';
export { syncReferenceData } from './reference.sync.js';
