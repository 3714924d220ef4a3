import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WhmcsUnavailableError } from '@/lib/whmcs/errors';
import { availableTaxPolicy } from './available-policy';

const loadTaxPolicy = vi.hoisted(() => vi.fn());
vi.mock('./policy', () => ({ loadTaxPolicy }));

describe('availableTaxPolicy', () => {
  beforeEach(() => loadTaxPolicy.mockReset());

  it('is the policy while it can be read, null while WHMCS cannot be reached; other errors are bugs', async () => {
    loadTaxPolicy.mockResolvedValueOnce({ enabled: true });
    expect(await availableTaxPolicy()).toEqual({ enabled: true });
    loadTaxPolicy.mockRejectedValueOnce(new WhmcsUnavailableError('GetConfigurationValue', 'network', 'down'));
    expect(await availableTaxPolicy()).toBeNull();
    loadTaxPolicy.mockRejectedValueOnce(new TypeError('bug'));
    await expect(availableTaxPolicy()).rejects.toThrow('bug');
  });
});
