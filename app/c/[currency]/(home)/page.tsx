import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { HomePage, homeMetadata } from '@/components/catalogue/pages/HomePage';

export const generateMetadata = homeMetadata;

export default async function Page({ params }: { params: Promise<{ currency: string }> }) {
  return <HomePage currencyCode={codeFromSegment((await params).currency)} />;
}

export function generateStaticParams() {
  return [];
}
