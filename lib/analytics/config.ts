import 'server-only';
import { env } from '@/lib/config/env';

/** Whether pages render their analytics events at all: off (the default), not a byte of them is sent. */
export function analyticsOn(): boolean {
  return env().ANALYTICS !== 'off';
}
