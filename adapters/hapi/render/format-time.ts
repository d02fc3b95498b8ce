const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `yyyy-MM-dd HH:mm:ss` in the server's time zone, as SeaTunnel renders createTime and finishTime (it uses
 * the JVM's default zone; here TZ decides).
 */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
