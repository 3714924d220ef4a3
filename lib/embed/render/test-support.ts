import { DEFAULT_OPTIONS, type EmbedOptions } from '../options';
import type { EmbedSettings } from './pages';

/** The embed render tests' shared settings and reading of the output (tests only). */

export const testSettings = (options: Partial<EmbedOptions> = {}, frame: EmbedSettings['frame'] = { target: null, id: null }): EmbedSettings => ({
  options: { ...DEFAULT_OPTIONS, ...options },
  frame,
  allowedOrigins: ['https://www.example.com'],
  shopName: 'Demo & Co',
  shopAccent: '#4f46e5',
});

/** The visible text of the document, tags dropped and entities left as they are. */
export const visibleText = (markup: string) =>
  markup.replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
