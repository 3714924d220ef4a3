/** The HTTP exchange with api.php, as bytes: what a real WHMCS would receive and send. */
export interface ApiHttpRequest {
  method: string;
  /** The URL's query string (`$_GET`), without or with its `?`; WHMCS reads it as well as the body. */
  query?: string;
  contentType: string | null;
  body: Uint8Array | string;
  remoteIp: string;
}

export interface ApiHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
