import { HomePage, homeMetadata } from '@/components/catalogue/pages/HomePage';

export const generateMetadata = homeMetadata;

export default function Page() {
  return <HomePage currencyCode={null} />;
}
