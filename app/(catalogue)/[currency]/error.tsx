'use client';

import { button, container } from '@/components/ui/styles';

/**
 * A catalogue page failed to render. In practice that means WHMCS could not be reached and no
 * earlier copy of the catalogue exists (a fresh install while WHMCS is down). Production hides the
 * error's details from the browser, so this says what is likely. Nothing failed is cached: the
 * next request tries again.
 */
export default function CatalogueError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className={`${container} py-24 text-center`}>
      <h1 className="text-3xl font-semibold tracking-tight">We can’t show our plans right now</h1>
      <p className="mx-auto mt-3 max-w-xl text-muted">
        Our billing system is not answering, so we cannot show prices we are sure of. Nothing is lost: please try again in a minute.
      </p>
      <button type="button" onClick={reset} className={`${button.primary} mt-8`}>
        Try again
      </button>
    </div>
  );
}
