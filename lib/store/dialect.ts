/** Which database holds the storefront's state: the SQLite file in DATA_DIR, or DATABASE_URL's PostgreSQL. */
export type StoreDialect = 'sqlite' | 'postgres';
