/** `About Me` on site `Qipeng Wang` → `About Me | Qipeng Wang`; the site title alone is not repeated. */
export function pageTitle(title: string, siteTitle: string): string {
  return title === siteTitle ? siteTitle : `${title} | ${siteTitle}`;
}
