/** React's encoder of server action arguments, as Next.js bundles it (used by tests to make real payloads). */
declare module 'next/dist/compiled/react-server-dom-webpack/client.node.js' {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
