import type { Generated } from 'kysely';

/**
 * The storefront's tables, as the data layer (./db) sees them on SQLite and PostgreSQL alike.
 * Times are milliseconds since the epoch (BIGINT on PostgreSQL) except the carts', which are ISO
 * texts; structured values are JSON texts. ./migrations creates them.
 */
export interface StoreTables {
  /** `nameservers`: JSON array, null for the shop's defaults. */
  cart_carts: { id: string; promo_code: string | null; created_at: string; updated_at: string; nameservers: string | null };
  cart_items: {
    id: string;
    cart_id: string;
    position: number;
    pid: number;
    configuration: string;
    domain: string | null;
    custom_fields: string;
    added_prices: string;
    added_at: string;
  };
  /** Domain lines; `extras`, `fields` and `added_prices` are JSON; the EPP code only sealed (lib/cart/domain-secrets). */
  cart_domains: {
    id: string;
    cart_id: string;
    position: number;
    type: string;
    domain: string;
    display: string;
    tld: string;
    years: number;
    extras: string;
    sealed_epp_code: string | null;
    fields: string;
    idn_language: string | null;
    hosting_item_id: string | null;
    added_prices: string;
    added_at: string;
  };
  /** A server item's details; the root password only as sealed (lib/cart/root-password). */
  cart_item_servers: { item_id: string; hostname: string; ns1_prefix: string; ns2_prefix: string; sealed_root_password: string };
  checkout_attempts: {
    key: string;
    client_id: number;
    fingerprint: string;
    content_fingerprint: string;
    cart_id: string;
    item_ids: string | null;
    state: string;
    order_id: number | null;
    invoice_id: number | null;
    failure: string | null;
    baseline_order_id: number | null;
    expected_products: string;
    started_at: number;
    updated_at: number;
    tries: Generated<number>;
  };
  auth_attempts: { id: Generated<number>; key: string; at: number };
  auth_known_sign_ins: { key: string; last_at: number };
  auth_sessions: { id: string; user_id: number; created_at: number; expires_at: number };
  /** `snapshot`: the JSON of lib/catalogue/snapshot.ts; `fetched_at` says which copy it is without parsing it. */
  catalogue_snapshots: { source: string; snapshot: string; fetched_at: string };
}
