/** An arrow onto a bar: "download". Decorative; the control carries the name. */
export function DownloadIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="export-icon">
      <path
        d="M8 1.5v8.5M4 6.5 8 10.5l4-4M2.5 14h11"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
