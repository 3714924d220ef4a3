'use client';

import { button } from '@/components/ui/styles';

/** Prints the receipt (the page's print styles leave out everything but the receipt). */
export function PrintButton() {
  return (
    <button type="button" className={`${button.secondary} print:hidden`} onClick={() => window.print()}>
      Print receipt
    </button>
  );
}
