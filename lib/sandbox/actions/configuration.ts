import { ApiError } from '../errors';
import { settingValue } from '../tax';
import { scalar } from '../wire/params';
import type { Action } from './context';

/**
 * GetConfigurationValue (`setting`): a System Setting as tblconfiguration stores it. WHMCS's own
 * words for a missing parameter and for a setting it has never saved.
 */
export const getConfigurationValue: Action = ({ db, params }) => {
  const setting = scalar(params, 'setting') ?? '';
  if (!setting) throw new ApiError('Parameter setting is required');
  const value = settingValue(db, setting);
  if (value === null) throw new ApiError('Invalid name for parameter setting');
  return { result: 'success', setting, value };
};
