export { GroupLoading as default } from '@/components/catalogue/pages/Loading';
