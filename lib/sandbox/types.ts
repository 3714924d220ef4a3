/** The HTTP exchange with api.php, as bytes: what a real WHMCS would receive and send. */
export interface ApiHttpRequest {
  method: string;
  contentType: string | null;
  body: Uint8Array | string;
  remoteIp: string;
}

export interface ApiHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
