export { HomeLoading as default } from '@/components/catalogue/pages/Loading';
