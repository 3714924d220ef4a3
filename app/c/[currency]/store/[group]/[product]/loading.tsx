export { ProductLoading as default } from '@/components/catalogue/pages/Loading';
