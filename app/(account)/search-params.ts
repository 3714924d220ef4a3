/** One value of a page's search params (`?next=`); arrays and absence are null. */
export function single(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
