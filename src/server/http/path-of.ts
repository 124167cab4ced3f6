/** The path of a request URL (`/v1/chat?token=x` → `/v1/chat`): what comes before its first `?`. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
