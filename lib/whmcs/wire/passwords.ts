import { z } from 'zod';

/**
 * ResetPassword (`id` or `email` of a user): WHMCS emails the user a link to choose a new
 * password. The answer is `{"result":"success"}` and nothing else; an unknown user is an error
 * answer (`User Not Found` on the sandbox), which the client turns into a WhmcsApiError.
 */
export const resetPasswordResponse = z.object({ result: z.literal('success') }).transform((): void => undefined);
