/**
 * The width of a picture's `<img src>`, the copy a browser without srcset loads: the largest
 * width of the srcset, or the picture's own when it is narrower. Without it astro:assets
 * publishes the picture at its full size (a 12,000-pixel camera photo, megabytes) as that copy.
 */
export function fallbackWidth(imageWidth: number, widths: readonly number[]): number {
  return Math.min(imageWidth, Math.max(...widths));
}
