/** A product's feature lines, with a check mark each. */
export function FeatureList({ features, className = '' }: { features: string[]; className?: string }) {
  if (features.length === 0) return null;
  return (
    <ul className={`grid gap-2 text-sm ${className}`}>
      {features.map((feature, index) => (
        <li key={`${index}-${feature}`} className="flex gap-2.5">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 text-accent-text">
            <path d="M4 10.5 8 14.5 16 6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{feature}</span>
        </li>
      ))}
    </ul>
  );
}
