import { z } from 'zod';
import { wireCode } from './primitives';

/**
 * GetConfigurationValue (`setting`): `{"result":"success","setting":"TaxType","value":"Exclusive"}`.
 * A setting WHMCS has never saved is not "": it answers `Invalid name for parameter setting`.
 */
export const getConfigurationValueResponse = z.object({ value: wireCode }).transform((wire) => wire.value);

/** GetConfigurationValue's words for a setting that is not in tblconfiguration. */
export const SETTING_NOT_FOUND = 'Invalid name for parameter setting';
