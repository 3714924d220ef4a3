'use client';

export { CatalogueError as default } from '@/components/catalogue/pages/CatalogueError';
